/**
 * What the data worker prepares for drawing: roads in draw order, route-code label points,
 * overlay ids; and what the page derives for the overlays and the unfiltered panels.
 */
import { describe, expect, it } from 'vitest';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';
import { preparedSample } from './preparedSample.ts';
import {
  LABEL_MIN_ZOOM,
  LABEL_SPACING_KM,
  labelMinZoom,
  lineMiddle,
  routeLabelAnchors,
  type LabelCandidate,
} from '../../src/domain/routeLabelAnchors.ts';
import { filterOptions } from '../../src/domain/filterOptions.ts';
import { segmentMatchesFilter } from './segmentFigures.ts';
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import { COLOR_MODES } from '../../src/domain/types.ts';
import { unfilteredFigures } from '../../src/domain/unfilteredFigures.ts';
import { roadDrawRank } from '../../src/domain/classRank.ts';
import { eastWestLine, smallNetwork } from '../fixtures/domain/segments.ts';

const prepared = preparedSample();

describe('roads in draw order', () => {
  it('writes lower classes first and project segments over existing ones of their class', () => {
    const ranks = prepared.roads.features.map((feature) =>
      roadDrawRank(feature.properties.class, feature.properties.status),
    );
    for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]!);
    expect(ranks[0]).toBeLessThan(ranks.at(-1)!);
    expect(roadDrawRank('expressway', 'existing')).toBeGreaterThan(roadDrawRank('county', 'open'));
  });

  it('keeps each road’s id equal to its segment index, every segment once', () => {
    const ids = prepared.roads.features
      .filter((feature) => feature.properties.piece !== 'unbuilt')
      .map((feature) => feature.id as number);
    expect([...ids].sort((a, b) => a - b)).toEqual(prepared.segments.map((_, index) => index));
    for (const feature of prepared.roads.features) {
      expect(feature.properties.id).toBe(prepared.segments[feature.id as number]!.properties.id);
    }
  });

  it('draws a partly built segment as its built piece then its unbuilt piece', () => {
    const features = prepared.roads.features;
    let split = 0;
    features.forEach((feature, at) => {
      const segment = prepared.segments[feature.id as number]!;
      const partly = segment.completionRatio > 0 && segment.completionRatio < 1;
      const { piece } = feature.properties;
      expect(piece, segment.properties.id).toBe(
        partly ? (features[at - 1]?.id === feature.id ? 'unbuilt' : 'built') : 'whole',
      );
      if (piece !== 'built') return;
      split++;
      const rest = features[at + 1]!;
      expect(rest.id).toBe(feature.id);
      expect(rest.properties).toEqual({ ...feature.properties, piece: 'unbuilt' });
      const builtKm = lineLengthKm(feature.geometry);
      expect(builtKm / (builtKm + lineLengthKm(rest.geometry))).toBeCloseTo(
        segment.completionRatio,
        6,
      );
    });
    expect(split).toBeGreaterThan(3);
  });
});

describe('route-code labels', () => {
  it('labels every route of the labelled classes, and no village or township road', () => {
    const labelled = new Set(prepared.labels.features.map((feature) => feature.properties.route));
    const routes = new Set(
      prepared.segments
        .filter((segment) =>
          ['expressway', 'national', 'provincial', 'county'].includes(segment.properties.class),
        )
        .map((segment) => segment.properties.route)
        .filter(Boolean),
    );
    expect(routes.size).toBeGreaterThan(3);
    expect(labelled).toEqual(routes);
    for (const feature of prepared.labels.features) {
      expect(['village', 'township', 'other']).not.toContain(feature.properties.class);
    }
  });

  it('carries the id and filter properties of the road it sits on', () => {
    for (const feature of prepared.labels.features) {
      const road = prepared.roads.features.find((candidate) => candidate.id === feature.id)!;
      const { labelAngle, labelMinZoom: minZoom, ...properties } = feature.properties;
      expect({ ...properties, piece: road.properties.piece }).toEqual(road.properties);
      expect(Math.abs(labelAngle)).toBeLessThanOrEqual(90);
      expect(minZoom).toBeGreaterThanOrEqual(LABEL_MIN_ZOOM);
    }
    expect([...prepared.labelIds]).toEqual(prepared.labels.features.map((feature) => feature.id));
  });

  it('spaces the labels of a route at least LABEL_SPACING_KM apart along it', () => {
    const candidates: LabelCandidate[] = Array.from({ length: 10 }, (_, index) => ({
      index,
      geometry: eastWestLine(105 + index * 0.01),
      roadClass: 'provincial',
      route: 'S209',
      lengthKm: 1,
    }));
    const anchors = routeLabelAnchors(candidates);
    expect(anchors.map((anchor) => anchor.index)).toEqual([0, 3, 6, 9]);
    expect(LABEL_SPACING_KM).toBe(3);
    // Another route, or the same code on another class, is labelled on its own.
    const other = routeLabelAnchors([
      ...candidates.slice(0, 2),
      { ...candidates[1]!, index: 20, roadClass: 'county' },
    ]);
    expect(other.map((anchor) => anchor.index)).toEqual([0, 20]);
  });

  it('writes every fourth label from the lowest zoom and county codes a level later', () => {
    expect([0, 1, 2, 3, 4].map((ordinal) => labelMinZoom('national', ordinal))).toEqual([
      LABEL_MIN_ZOOM,
      LABEL_MIN_ZOOM + 2,
      LABEL_MIN_ZOOM + 1,
      LABEL_MIN_ZOOM + 2,
      LABEL_MIN_ZOOM,
    ]);
    expect(labelMinZoom('county', 0)).toBe(LABEL_MIN_ZOOM + 1);
  });

  it('puts a label on the middle of its line, turned upright along it', () => {
    const north = lineMiddle({
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105, 30.2],
      ],
    });
    expect(north?.position[0]).toBeCloseTo(105, 9);
    expect(north?.position[1]).toBeCloseTo(30.1, 9);
    expect(Math.abs(north!.angleDeg)).toBeCloseTo(90, 9);
    const west = lineMiddle({
      type: 'LineString',
      coordinates: [
        [105.2, 30],
        [105, 30],
      ],
    });
    expect(west?.angleDeg).toBeCloseTo(0, 9);
    // Going north-east on screen: text rises to the right (negative angle, clockwise from east).
    const northEast = lineMiddle({
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105.1, 30.1],
      ],
    });
    expect(northEast!.angleDeg).toBeLessThan(0);
    expect(northEast!.angleDeg).toBeGreaterThan(-90);
    expect(
      lineMiddle({
        type: 'LineString',
        coordinates: [
          [105, 30],
          [105, 30],
        ],
      }),
    ).toBeNull();
  });
});

describe('what the overlays show (SegmentIndex.shown)', () => {
  const segments = smallNetwork();
  const index = new SegmentIndex(segmentColumns(segments));

  it('shows the segments the filter keeps whose legend entry is not hidden', () => {
    const shown = index.shown({ classes: ['village'] }, 'status', ['completed']);
    segments.forEach((segment, index) => {
      const expected =
        segmentMatchesFilter(segment, { classes: ['village'] }) &&
        segment.properties.status !== 'completed';
      expect(shown[index], segment.properties.id).toBe(expected ? 1 : 0);
    });
    expect(shown.includes(1)).toBe(true);
    expect(shown.includes(0)).toBe(true);
    expect([...index.shown({}, 'guard', [])].every((value) => value === 1)).toBe(true);
  });

  it('hides legend entries of the mode asked for, not of another mode', () => {
    const hidden = segments[0]!.completionBucket;
    const shown = index.shown({}, 'completion', [hidden]);
    segments.forEach((segment, index) => {
      expect(shown[index], segment.properties.id).toBe(segment.completionBucket === hidden ? 0 : 1);
    });
    expect([...index.shown({}, 'status', [hidden])].every((value) => value === 1)).toBe(true);
  });
});

describe('figures computed in the worker', () => {
  it('count every segment, in the statistics and in each mode’s legend', () => {
    for (const segments of [smallNetwork(), prepared.segments]) {
      const figures = unfilteredFigures(segments);
      const plainKm = segments.reduce((sum, segment) => sum + segment.lengthKm, 0);
      expect(figures.summary.segments).toBe(segments.length);
      // Each length is rounded to the millimetre once.
      expect(Math.abs(figures.summary.lengthKm - plainKm)).toBeLessThan(segments.length * 1e-6);
      expect(figures.options).toEqual(filterOptions(segments));
      for (const mode of COLOR_MODES) {
        const counted = [...figures.legendCounts[mode].values()];
        expect(
          counted.reduce((sum, group) => sum + group.segments, 0),
          mode,
        ).toBe(segments.length);
      }
    }
  });

  it('survive the copy to the page (structured clone)', () => {
    const figures = unfilteredFigures(prepared.segments);
    expect(structuredClone(figures)).toEqual(figures);
  });
});
