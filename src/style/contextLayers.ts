/**
 * The county context under and over the roads: land, river, boundary, towns. Context features
 * carry a `layer` property (`boundary`, `river`, `town`, `seat`) and, for towns, a `name`.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import {
  CONTEXT_SOURCE,
  type ContextKind,
  COUNTY_FILL_LAYER,
  COUNTY_LINE_LAYER,
  LABEL_FONT,
  RIVER_LAYER,
  TOWN_CIRCLE_LAYER,
  TOWN_LABEL_LAYER,
} from './ids.ts';
import type { Palette } from './palette.ts';

function isKind(...kinds: ContextKind[]): ExpressionSpecification {
  return ['in', ['get', 'layer'], ['literal', kinds]];
}

const IS_SEAT: ExpressionSpecification = ['==', ['get', 'layer'], 'seat' satisfies ContextKind];

/** County land, river and county boundary: drawn under the roads. */
export function countyLayers(palette: Palette): LayerSpecification[] {
  const source = CONTEXT_SOURCE;
  return [
    {
      id: COUNTY_FILL_LAYER,
      type: 'fill',
      source,
      filter: isKind('boundary'),
      paint: { 'fill-color': palette.land, 'fill-opacity': palette.landOpacity },
    },
    {
      id: RIVER_LAYER,
      type: 'line',
      source,
      filter: isKind('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.river,
        'line-width': ['interpolate', ['exponential', 1.5], ['zoom'], 8, 2, 12, 5, 16, 14],
      },
    },
    {
      id: COUNTY_LINE_LAYER,
      type: 'line',
      source,
      filter: isKind('boundary'),
      paint: { 'line-color': palette.countyBoundary, 'line-width': 1.5, 'line-dasharray': [4, 2] },
    },
  ];
}

/** Towns and the county seat with their Chinese names (seat larger): drawn over the roads. */
export function townLayers(palette: Palette): LayerSpecification[] {
  const source = CONTEXT_SOURCE;
  return [
    {
      id: TOWN_CIRCLE_LAYER,
      type: 'circle',
      source,
      filter: isKind('town', 'seat'),
      paint: {
        'circle-radius': ['case', IS_SEAT, 6, 3.5],
        'circle-color': ['case', IS_SEAT, palette.seatFill, palette.townFill],
        'circle-stroke-color': palette.townStroke,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: TOWN_LABEL_LAYER,
      type: 'symbol',
      source,
      filter: isKind('town', 'seat'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['case', IS_SEAT, 17, 13],
          13,
          ['case', IS_SEAT, 24, 17],
        ],
        'text-anchor': 'top',
        'text-offset': [0, 0.6],
        'symbol-sort-key': ['case', IS_SEAT, 0, 1],
      },
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 2,
      },
    },
  ];
}
