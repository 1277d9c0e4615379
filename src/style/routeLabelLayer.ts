/**
 * Route codes (G247, S209, X085 …) written along the highways, from the label points the
 * data worker places (`src/domain/routeLabelAnchors.ts`).
 */
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { classRankExpression } from './expressions.ts';
import { LABEL_FONT, LABELS_SOURCE, ROUTE_LABEL_LAYER } from './ids.ts';
import type { Palette } from './palette.ts';
import { LABEL_MIN_ZOOM } from '../domain/routeLabelAnchors.ts';

/**
 * The route-code labels: turned along their road (`labelAngle`), higher classes winning
 * collisions. A label whose road the filter hides (`hidden`, a feature-state test) is not
 * drawn; it still takes its place in collisions, which spares a new layout of every label on
 * each filter change.
 */
/** Each label from its own zoom (`labelMinZoom`). */
export function routeLabelZoomFilter(): ExpressionSpecification {
  return ['>=', ['zoom'], ['get', 'labelMinZoom']];
}

export function routeLabelLayer(
  palette: Palette,
  hidden: ExpressionSpecification,
): SymbolLayerSpecification {
  return {
    id: ROUTE_LABEL_LAYER,
    type: 'symbol',
    source: LABELS_SOURCE,
    minzoom: LABEL_MIN_ZOOM,
    // Each label from its own zoom (`labelMinZoom`): zoomed out, fewer labels to lay out.
    filter: routeLabelZoomFilter(),
    layout: {
      'symbol-sort-key': ['-', 10, classRankExpression()],
      'text-field': ['get', 'route'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 14, 14],
      'text-letter-spacing': 0.05,
      'text-rotate': ['get', 'labelAngle'],
      'text-rotation-alignment': 'map',
      'text-pitch-alignment': 'viewport',
    },
    paint: {
      'text-color': palette.label,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 2,
      'text-opacity': ['case', hidden, 0, 1],
    },
  };
}
