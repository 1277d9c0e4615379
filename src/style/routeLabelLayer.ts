/**
 * Route codes (G247, S209, X085 …) drawn along the highways.
 */
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { RoadClass } from '../data/contract.ts';
import { classRank } from './expressions.ts';
import { LABEL_FONT, ROADS_SOURCE, ROUTE_LABEL_LAYER } from './ids.ts';
import type { Palette } from './palette.ts';

/** Classes whose route codes are labelled along the line. */
const ROUTE_CLASSES: RoadClass[] = ['expressway', 'national', 'provincial', 'county'];

/**
 * The route-code labels of expressways, national, provincial and county roads, placed along
 * the line (higher classes win collisions). Other classes get an empty label, so that the
 * layer can share the road filter (`filterExpression`) with the road lines.
 */
export function routeLabelLayer(palette: Palette): SymbolLayerSpecification {
  return {
    id: ROUTE_LABEL_LAYER,
    type: 'symbol',
    source: ROADS_SOURCE,
    minzoom: 8,
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 320,
      'symbol-sort-key': ['-', 10, classRank()],
      'text-field': [
        'case',
        ['in', ['get', 'class'], ['literal', ROUTE_CLASSES]],
        ['get', 'route'],
        '',
      ],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 14, 14],
      'text-letter-spacing': 0.05,
      'text-max-angle': 30,
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 2,
    },
  };
}
