/**
 * The app's side of a tile set, apart from the map: the filter choices, a segment's details and
 * the search catalogue from the columns agree with the GeoJSON path on the sample county; the
 * tiled style validates and reads roads and route codes from the archive; the county overview's
 * colours and labels follow the mode.
 */
import {
  createPropertyExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { formatHex, parse } from 'culori';
import type { LineString } from 'geojson';
import { describe, expect, test } from 'vitest';
import type { PreparedDataset } from '../../src/data/worker/prepareDataset.ts';
import { columnOptions } from '../../src/domain/columnOptions.ts';
import { countyFigures } from '../../src/domain/countyHover.ts';
import { countyLabelPoints } from '../../src/domain/countyLabelPoints.ts';
import { filterOptions } from '../../src/domain/filterOptions.ts';
import {
  columnsCatalogue,
  resultFigures,
  searchCatalogue,
  searchNetwork,
} from '../../src/domain/searchNetwork.ts';
import { segmentColumns } from '../../src/domain/segmentIndex.ts';
import { hoverChainageKm } from '../../src/domain/hoverChainage.ts';
import type { TileFeatureText } from '../../src/domain/tileFeatureText.ts';
import { tileSegment } from '../../src/domain/tileSegment.ts';
import { chainageRange } from '../../src/ui/segmentDetails.ts';
import { addRoadTexts } from '../../scripts/tiles/roadTexts.ts';
import { baseStyle } from '../../src/style/baseStyle.ts';
import {
  countyOverviewLayers,
  overviewFillColor,
  overviewLabel,
} from '../../src/style/countyOverviewLayers.ts';
import {
  COUNTY_LABELS_SOURCE,
  COUNTY_LINE_LAYER,
  COUNTY_OVERVIEW_FILL_LAYER,
  COUNTY_OVERVIEW_LABEL_LAYER,
  COUNTY_OVERVIEW_SOURCE,
  LABELS_SOURCE,
  POINT_CIRCLE_LAYER,
  ROAD_LINE_LAYER,
  ROADS_SOURCE,
  ROUTE_LABEL_LAYER,
} from '../../src/style/ids.ts';
import { palette } from '../../src/style/palette.ts';
import { tiledStyle, TILED_POINTS_MIN_ZOOM } from '../../src/style/tiledStyle.ts';
import { preparedSample } from './preparedSample.ts';

const sample: PreparedDataset = preparedSample();
const columns = segmentColumns(sample.segments);

describe('a tile set’s figures from its columns', () => {
  test('the filter choices equal those of the segments', () => {
    expect(columnOptions(columns)).toEqual(filterOptions(sample.segments));
  });

  test('a segment from the columns has the figures and codes of the measured one', () => {
    const roads = structuredClone(sample.roads);
    addRoadTexts(roads, sample.segments);
    const texts = new Map(
      roads.features.map((feature) => [feature.id, feature.properties as TileFeatureText]),
    );
    for (const segment of sample.segments.filter((_, index) => index % 37 === 0)) {
      const fromTiles = tileSegment(columns, segment.index, texts.get(segment.index)!)!;
      expect(fromTiles.lengthKm).toBeCloseTo(segment.lengthKm, 6);
      expect(fromTiles.completedKm).toBeCloseTo(segment.completedKm, 6);
      expect(fromTiles.completionBucket).toBe(segment.completionBucket);
      expect(fromTiles.guardBucket).toBe(segment.guardBucket);
      expect(fromTiles.guardRatio).toBe(segment.guardRatio === null ? null : fromTiles.guardRatio);
      const { properties } = fromTiles;
      expect(properties.id).toBe(segment.properties.id);
      expect(properties.name).toBe(segment.properties.name);
      expect(properties.class).toBe(segment.properties.class);
      expect(properties.status).toBe(segment.properties.status);
      expect(properties.route).toBe(segment.properties.route || undefined);
      expect(properties.project).toBe(segment.properties.project || undefined);
      expect(properties.year).toBe(segment.properties.year);
      expect(properties.work).toBe(segment.properties.work);
      expect(properties.towns).toEqual([...new Set(segment.properties.towns)]);
      // The chainage and the geometry's own length come from the tile feature.
      expect(properties.start_chainage).toBe(segment.properties.start_chainage);
      expect(chainageRange(fromTiles)).toBe(chainageRange(segment));
      expect(fromTiles.measuredKm).toBeCloseTo(segment.measuredKm, 3);
      if (segment.properties.length_km === undefined) expect(properties.length_km).toBeUndefined();
      else expect(properties.length_km).toBeCloseTo(segment.properties.length_km, 6);
    }
    // Before its feature is seen, the details keep the chainage range from the columns'
    // length and the hover tells no chainage.
    const chained = sample.segments.find(
      (segment) =>
        segment.properties.start_chainage &&
        segment.properties.length_km !== undefined &&
        sample.lines[segment.index]?.type === 'LineString',
    )!;
    const unseen = tileSegment(columns, chained.index, null)!;
    expect(Number.isNaN(unseen.measuredKm)).toBe(true);
    const coordinates = (sample.lines[chained.index] as LineString).coordinates;
    const line = { piece: 'whole' as const, coordinates };
    const middle = coordinates[Math.floor(coordinates.length / 2)]!;
    expect(hoverChainageKm(unseen, line, middle)).toBeUndefined();
    const current = tileSegment(columns, chained.index, texts.get(chained.index)!)!;
    expect(hoverChainageKm(current, line, middle)).toBeCloseTo(
      hoverChainageKm(chained, line, middle)!,
      3,
    );
    // Without its tile feature a segment is named by its position; outside the columns, none.
    expect(tileSegment(columns, 3, null)?.properties.id).toBe('#4');
    expect(tileSegment(columns, columns.size, null)).toBeNull();
    expect(tileSegment(columns, -1, null)).toBeNull();
  });

  test('search finds the same routes, projects and towns as on the segments', () => {
    const points = sample.points.features.map((point) => point.properties);
    const fromColumns = columnsCatalogue(columns, points);
    const fromSegments = searchCatalogue(sample.segments, points);
    for (const query of ['G350', 'S2', '建平', '农村公路']) {
      const groups = (catalogue: typeof fromColumns) =>
        searchNetwork(catalogue, query, 100)
          .filter((group) => ['route', 'project', 'town'].includes(group.kind))
          .map((group) => ({
            kind: group.kind,
            results: group.results.map(({ label, segmentIndices }) => ({
              label,
              segments: [...segmentIndices].sort((a, b) => a - b),
            })),
          }));
      expect(groups(fromColumns), query).toEqual(groups(fromSegments));
    }
    const [route] = searchNetwork(fromColumns, 'G350')[0]!.results;
    const byIndex = (index: number) => tileSegment(columns, index, null);
    expect(resultFigures(byIndex, route!.segmentIndices).lengthKm).toBeCloseTo(
      resultFigures(sample.segments, route!.segmentIndices).lengthKm,
      6,
    );
  });

  test('a county’s figures are read as numbers, a ratio of -1 as none', () => {
    expect(
      countyFigures({ name: '合成01县', segments: 12, lengthKm: 3.5, completionRatio: -1 }),
    ).toEqual({
      name: '合成01县',
      segments: 12,
      lengthKm: 3.5,
      completedKm: 0,
      completionRatio: null,
      guardCoverageRatio: null,
    });
    expect(
      countyFigures({ name: 7, segments: '<b>x</b>', guardCoverageRatio: 0.25 }),
    ).toMatchObject({ name: '7', segments: 0, guardCoverageRatio: 0.25 });
  });
});

test('each county is named at one point inside it, with its figures', () => {
  const square = [
    [100, 30],
    [102, 30],
    [102, 32],
    [100, 32],
    [100, 30],
  ];
  const small = [
    [110, 30],
    [110.1, 30],
    [110.1, 30.1],
    [110, 30],
  ];
  const points = countyLabelPoints({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'MultiPolygon', coordinates: [[small], [square]] },
        properties: { name: '合成01县', completionRatio: 0.5 },
      },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} },
      { type: 'Feature', geometry: null, properties: {} },
    ],
  });
  expect(points.features).toHaveLength(1);
  expect(points.features[0]!.geometry.coordinates).toEqual([101, 31]);
  expect(points.features[0]!.properties).toEqual({ name: '合成01县', completionRatio: 0.5 });
  expect(countyLabelPoints(null).features).toEqual([]);
});

describe('the tiled style', () => {
  const archiveUrl = 'pmtiles://https://example.org/set/roads.pmtiles';
  const counties = { type: 'FeatureCollection' as const, features: [] };
  const style = tiledStyle(baseStyle(palette, { mode: 'completion' }), palette, {
    archiveUrl,
    counties,
    mode: 'completion',
    labelFilter: ['>=', ['zoom'], ['get', 'labelMinZoom']],
  });

  test('validates, with the roads and route codes read from the archive, each by a source of its own', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources[ROADS_SOURCE]).toEqual({ type: 'vector', url: archiveUrl });
    expect(style.sources[LABELS_SOURCE]).toEqual({ type: 'vector', url: archiveUrl });
    const layer = (id: string) => style.layers.find((candidate) => candidate.id === id)!;
    expect(layer(ROAD_LINE_LAYER)).toMatchObject({ source: ROADS_SOURCE, 'source-layer': 'roads' });
    expect(layer(ROUTE_LABEL_LAYER)).toMatchObject({
      source: LABELS_SOURCE,
      'source-layer': 'labels',
    });
    expect(layer(POINT_CIRCLE_LAYER).minzoom).toBe(TILED_POINTS_MIN_ZOOM);
  });

  test('puts the county overview under the roads and its names over them', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(style.sources[COUNTY_OVERVIEW_SOURCE]).toEqual({ type: 'geojson', data: counties });
    expect(ids.indexOf(COUNTY_OVERVIEW_FILL_LAYER)).toBe(ids.indexOf(COUNTY_LINE_LAYER) + 1);
    expect(ids.indexOf(COUNTY_OVERVIEW_FILL_LAYER)).toBeLessThan(ids.indexOf(ROAD_LINE_LAYER));
    expect(ids.indexOf(COUNTY_OVERVIEW_LABEL_LAYER)).toBeGreaterThan(
      ids.indexOf(POINT_CIRCLE_LAYER),
    );
    // Named once each, from a point per county.
    const label = style.layers.find((layer) => layer.id === COUNTY_OVERVIEW_LABEL_LAYER)!;
    expect(label).toMatchObject({ source: COUNTY_LABELS_SOURCE });
    expect(style.sources[COUNTY_LABELS_SOURCE]).toMatchObject({ type: 'geojson' });
    const without = tiledStyle(baseStyle(palette), palette, {
      archiveUrl,
      counties: null,
      mode: 'status',
      labelFilter: ['>=', ['zoom'], 0],
    });
    expect(without.layers.some((layer) => layer.id === COUNTY_OVERVIEW_FILL_LAYER)).toBe(false);
  });

  test('colours and names each county by the mode’s figure', () => {
    const evaluate = (
      expression: unknown,
      spec: StylePropertySpecification,
      properties: Record<string, unknown>,
    ) => {
      const compiled = createPropertyExpression(expression, 'test', spec);
      if (compiled.result !== 'success')
        throw new Error(compiled.value.map((error) => error.message).join('; '));
      return compiled.value.evaluate({ zoom: 6 }, {
        type: 'Polygon',
        properties,
      } as never) as unknown;
    };
    const fillSpec = latest.paint_fill['fill-color'] as unknown as StylePropertySpecification;
    const labelSpec = latest.layout_symbol['text-field'] as unknown as StylePropertySpecification;
    const county = { name: '合成01县', completionRatio: 1, guardCoverageRatio: 0.425 };
    const hex = (color: unknown) => formatHex(parse(String(color)));
    expect(hex(evaluate(overviewFillColor('completion', palette), fillSpec, county))).toBe(
      palette.completion.done,
    );
    expect(
      hex(evaluate(overviewFillColor('status', palette), fillSpec, { completionRatio: -1 })),
    ).toBe(palette.status.existing);
    expect(String(evaluate(overviewLabel('guard'), labelSpec, county))).toBe('合成01县\n43%');
    expect(String(evaluate(overviewLabel('completion'), labelSpec, county))).toBe('合成01县\n100%');
    expect(countyOverviewLayers(palette, 'guard').under).toHaveLength(2);
  });
});
