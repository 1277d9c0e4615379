/**
 * Layers drawing the point features: bridges, transport service stations, mooring areas.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { statusColor } from './expressions.ts';
import { LABEL_FONT, POINT_CIRCLE_LAYER, POINT_LABEL_LAYER, POINTS_SOURCE } from './ids.ts';
import type { Palette } from './palette.ts';

/** Point features (bridges, stations, mooring areas): circles coloured by status, with names. */
export function pointLayers(palette: Palette): LayerSpecification[] {
  return [
    {
      id: POINT_CIRCLE_LAYER,
      type: 'circle',
      source: POINTS_SOURCE,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 4, 14, 8],
        'circle-color': statusColor(palette),
        'circle-stroke-color': palette.pointStroke,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: POINT_LABEL_LAYER,
      type: 'symbol',
      source: POINTS_SOURCE,
      minzoom: 10,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-anchor': 'left',
        'text-offset': [0.8, 0],
        'text-optional': true,
      },
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}
