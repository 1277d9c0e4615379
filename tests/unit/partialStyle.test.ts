import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification as SpecStyle } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { baseStyle, GEOJSON_SOURCES } from '../../src/style/baseStyle.ts';
import { filterExpression } from '../../src/style/expressions.ts';
import {
  HIGHLIGHT_SOURCE,
  LABELS_SOURCE,
  ONLINE_BASEMAP_SOURCE,
  POINTS_SOURCE,
  ROAD_LINE_LAYER,
  ROADS_SOURCE,
  ROUTE_LABEL_LAYER,
} from '../../src/style/ids.ts';
import { palette } from '../../src/style/palette.ts';
import { layersOfSource, styleWithSources } from '../../src/style/partialStyle.ts';

const whole = baseStyle(palette, { onlineBasemap: true });
const ids = (style: { layers: { id: string }[] }) => style.layers.map((layer) => layer.id);

describe('a style with only some sources', () => {
  const roadsOnly = styleWithSources(whole, new Set([ROADS_SOURCE]));

  it('keeps the GeoJSON sources asked for, and the sources of other kinds', () => {
    expect(Object.keys(roadsOnly.sources).sort()).toEqual([ONLINE_BASEMAP_SOURCE, ROADS_SOURCE]);
  });

  it('keeps exactly the layers whose source is kept, and those without a source, in order', () => {
    const kept = whole.layers.filter(
      (layer) => !('source' in layer) || layer.source in roadsOnly.sources,
    );
    expect(ids(roadsOnly)).toEqual(ids({ layers: kept }));
    expect(ids(roadsOnly)).toContain(ROAD_LINE_LAYER);
    expect(ids(roadsOnly)).not.toContain(ROUTE_LABEL_LAYER);
  });

  it('is a valid style', () => {
    expect(validateStyleMin(roadsOnly as unknown as SpecStyle)).toEqual([]);
  });

  it('keeps the mode and filter the whole style was made with', () => {
    const filter = filterExpression({ classes: ['county'] }, { mode: 'guard', buckets: [] });
    const style = styleWithSources(
      baseStyle(palette, { mode: 'guard', filter }),
      new Set([ROADS_SOURCE]),
    );
    const line = style.layers.find((layer) => layer.id === ROAD_LINE_LAYER)!;
    expect('filter' in line && line.filter).toEqual(filter);
    expect(JSON.stringify(line)).toContain('guardBucket');
  });
});

describe('adding the sources left out, one at a time', () => {
  it('rebuilds the whole stack, whatever order the sources come in', () => {
    const orders = [
      [...GEOJSON_SOURCES],
      [...GEOJSON_SOURCES].reverse(),
      [LABELS_SOURCE, HIGHLIGHT_SOURCE, POINTS_SOURCE, ROADS_SOURCE, 'context'],
    ];
    for (const order of orders) {
      const stack = ids(styleWithSources(whole, new Set()));
      for (const source of order) {
        for (const { layer, beforeId } of layersOfSource(whole, source, (id) =>
          stack.includes(id),
        )) {
          const at = beforeId === undefined ? stack.length : stack.indexOf(beforeId);
          stack.splice(at, 0, layer.id);
        }
      }
      expect(stack).toEqual(ids(whole));
    }
  });

  it('gives nothing for a source without layers', () => {
    expect(layersOfSource(whole, 'nowhere', () => true)).toEqual([]);
  });
});
