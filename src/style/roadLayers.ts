/**
 * Layers drawing the roads, and the paint each colour mode gives them.
 * A mode switch changes only paint and visibility (see `modePaint`), never the data.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { ColorMode } from '../domain/types.ts';
import {
  completionColor,
  MODE_PROPERTY,
  modeColor,
  roadSortKey,
  roadWidth,
} from './expressions.ts';
import {
  PROGRESS_SOURCE,
  ROAD_CASING_LAYER,
  ROAD_HIGHLIGHT_LAYER,
  ROAD_LINE_LAYER,
  ROAD_NOT_ASSESSED_LAYER,
  ROAD_PROGRESS_LAYER,
  ROADS_SOURCE,
} from './ids.ts';
import type { Palette } from './palette.ts';
import { routeLabelLayer } from './routeLabelLayer.ts';

/** Opacity of the part of a road not yet built, in completion mode. */
const FAINT_OPACITY = 0.3;

const NOT_ASSESSED: ExpressionSpecification = ['==', ['get', MODE_PROPERTY.guard], 'not-assessed'];

/** Layers shown only in one colour mode. */
function modeVisibility(mode: ColorMode): Record<string, boolean> {
  return {
    [ROAD_PROGRESS_LAYER]: mode === 'completion',
    [ROAD_NOT_ASSESSED_LAYER]: mode === 'guard',
  };
}

/** Paint a mode sets on a road layer. */
export type ModeLinePaint = Pick<
  NonNullable<LineLayerSpecification['paint']>,
  'line-color' | 'line-opacity'
>;

/** What a colour mode changes: paint per layer id, and visibility of mode-specific layers. */
export interface ModePaint {
  paint: Record<string, ModeLinePaint>;
  visibility: Record<string, boolean>;
}

/**
 * The paint and visibility of the road layers in a colour mode. The map adapter applies it with
 * `setPaintProperty` and `setLayoutProperty(…, 'visibility', …)` on a mode switch.
 *
 * @example
 * const { paint, visibility } = modePaint('completion', palette);
 * paint[ROAD_LINE_LAYER]['line-opacity']; // faint unless the segment is complete
 * visibility[ROAD_PROGRESS_LAYER]; // true
 */
export function modePaint(mode: ColorMode, palette: Palette): ModePaint {
  const lineOpacity: ModeLinePaint['line-opacity'] =
    mode === 'completion'
      ? [
          'case',
          [
            'any',
            ['>=', ['get', 'completion'], 1],
            ['==', ['get', MODE_PROPERTY.completion], 'not-in-project'],
          ],
          1,
          FAINT_OPACITY,
        ]
      : mode === 'guard'
        ? ['case', NOT_ASSESSED, 0, 1]
        : 1;
  return {
    paint: {
      [ROAD_LINE_LAYER]: { 'line-color': modeColor(mode, palette), 'line-opacity': lineOpacity },
    },
    visibility: modeVisibility(mode),
  };
}

function roadLine(
  id: string,
  source: string,
  paint: NonNullable<LineLayerSpecification['paint']>,
): LineLayerSpecification {
  const visible = modeVisibility('status')[id] ?? true;
  return {
    id,
    type: 'line',
    source,
    layout: {
      'line-cap': 'round',
      'line-join': 'round',
      'line-sort-key': roadSortKey(),
      visibility: visible ? 'visible' : 'none',
    },
    paint: { 'line-width': roadWidth(), ...paint },
  };
}

function featureState(key: 'hover' | 'selected'): ExpressionSpecification {
  return ['boolean', ['feature-state', key], false];
}

/**
 * The road layers, bottom to top: hover/selection halo, casing, the line coloured by mode,
 * the completed part (completion mode), the dashed not-assessed overlay (guard mode) and the
 * route codes. Their paint starts in status mode.
 */
export function roadLayers(palette: Palette): LayerSpecification[] {
  return [
    roadLine(ROAD_HIGHLIGHT_LAYER, ROADS_SOURCE, {
      'line-width': roadWidth(7),
      'line-color': ['case', featureState('selected'), palette.selected, palette.hover],
      'line-opacity': ['case', featureState('selected'), 1, featureState('hover'), 0.6, 0],
    }),
    roadLine(ROAD_CASING_LAYER, ROADS_SOURCE, {
      'line-width': roadWidth(2),
      'line-color': palette.roadCasing,
    }),
    roadLine(ROAD_LINE_LAYER, ROADS_SOURCE, {
      ...modePaint('status', palette).paint[ROAD_LINE_LAYER],
    }),
    roadLine(ROAD_PROGRESS_LAYER, PROGRESS_SOURCE, { 'line-color': completionColor(palette) }),
    roadLine(ROAD_NOT_ASSESSED_LAYER, ROADS_SOURCE, {
      'line-color': palette.guard['not-assessed'],
      'line-opacity': ['case', NOT_ASSESSED, 1, 0],
      'line-dasharray': [2, 1.5],
    }),
    routeLabelLayer(palette),
  ];
}
