import {
  featureFilter,
  validateStyleMin,
  type Feature,
  type FilterSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { baseStyle } from '../../src/style/baseStyle.ts';
import { DRAW_SOURCE, drawLayers } from '../../src/style/drawLayers.ts';
import { palette } from '../../src/style/palette.ts';

describe('the layers of the measuring and selecting tools', () => {
  it('validate with the style spec, drawn above the roads', () => {
    const base = baseStyle(palette, {});
    const style = {
      ...base,
      sources: {
        ...base.sources,
        [DRAW_SOURCE]: {
          type: 'geojson' as const,
          data: { type: 'FeatureCollection' as const, features: [] },
        },
      },
      layers: [...base.layers, ...drawLayers(palette)],
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(drawLayers(palette).map((layer) => layer.id)).toEqual([
      'draw-fill',
      'draw-line',
      'draw-points',
    ]);
  });

  it('draw each shape in its layer: the area filled and outlined, paths as lines, points as circles', () => {
    const shapes: [string, Feature['type']][] = [
      ['area', 3],
      ['path', 2],
      ['preview', 2],
      ['point', 1],
    ];
    const drawnBy = (shape: string, type: Feature['type']) =>
      drawLayers(palette)
        .filter((layer) => {
          const filter = 'filter' in layer ? (layer.filter as FilterSpecification) : undefined;
          const feature: Feature = { type, properties: { shape }, geometry: [] } as never;
          return !filter || featureFilter(filter, 'test').filter({ zoom: 10 }, feature);
        })
        .map((layer) => layer.id);
    expect(shapes.map(([shape, type]) => [shape, drawnBy(shape, type)])).toEqual([
      ['area', ['draw-fill', 'draw-line']],
      ['path', ['draw-line']],
      ['preview', ['draw-line']],
      ['point', ['draw-points']],
    ]);
  });
});
