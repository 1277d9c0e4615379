/**
 * Layers drawing the roads, and what each colour mode changes.
 *
 * Every mode has its own road line layer, built once with the data. A mode switch only sets
 * constant opacities (1 for the mode's layers, 0 for the others): MapLibre skips drawing a layer
 * whose opacity is 0 and never lays tiles out again for a constant paint change, whereas
 * swapping a data-driven colour expression re-lays out every layer of the source. The line
 * layers share layout and filter, so MapLibre tessellates the lines once for all of them.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { COLOR_MODES, type ColorMode } from '../domain/types.ts';
import {
  completionColor,
  guardColor,
  matchProperty,
  MODE_PROPERTY,
  roadSortKey,
  roadWidth,
  statusColor,
} from './expressions.ts';
import {
  PROGRESS_SOURCE,
  ROAD_COMPLETION_LINE_LAYER,
  ROAD_GUARD_LINE_LAYER,
  ROAD_LINE_LAYER,
  ROAD_NOT_ASSESSED_LAYER,
  ROAD_PROGRESS_LAYER,
  ROADS_SOURCE,
} from './ids.ts';
import { withAlpha, type Palette } from './palette.ts';
import { routeLabelLayer } from './routeLabelLayer.ts';

/** Opacity of the part of a road not yet built, in completion mode. */
export const FAINT_OPACITY = 0.3;

const NOT_ASSESSED: ExpressionSpecification = ['==', ['get', MODE_PROPERTY.guard], 'not-assessed'];
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** The road line layer of each colour mode. */
export const MODE_LINE_LAYERS: Record<ColorMode, string> = {
  status: ROAD_LINE_LAYER,
  completion: ROAD_COMPLETION_LINE_LAYER,
  guard: ROAD_GUARD_LINE_LAYER,
};

/** Layers drawn only in one mode besides its line layer. */
const MODE_EXTRA_LAYERS: Record<ColorMode, readonly string[]> = {
  status: [],
  completion: [ROAD_PROGRESS_LAYER],
  guard: [ROAD_NOT_ASSESSED_LAYER],
};

/**
 * Completion colours with the unbuilt part faint: complete roads and the existing network
 * outside projects solid, every partly built or unstarted road at `FAINT_OPACITY` (the progress
 * layer draws its built part solid on top).
 */
export function completionLineColor(palette: Palette): ExpressionSpecification {
  const solid = ['done', 'not-in-project'];
  const faint = Object.fromEntries(
    Object.entries(palette.completion).map(([bucket, color]) => [
      bucket,
      solid.includes(bucket) ? color : withAlpha(color, FAINT_OPACITY),
    ]),
  );
  return matchProperty(MODE_PROPERTY.completion, faint, TRANSPARENT);
}

/** Guard colours with not-assessed segments left out (the dashed overlay draws them). */
export function guardLineColor(palette: Palette): ExpressionSpecification {
  return ['case', NOT_ASSESSED, TRANSPARENT, guardColor(palette)];
}

/** What a colour mode sets: a constant `line-opacity` per layer id. */
export interface ModePaint {
  paint: Record<string, { 'line-opacity': number }>;
}

/**
 * The opacities of the mode-dependent road layers in a colour mode; the map adapter applies
 * them with `setPaintProperty`.
 *
 * @example
 * modePaint('completion', palette).paint['road-line-completion']['line-opacity']; // 1
 * modePaint('completion', palette).paint['road-line']['line-opacity']; // 0
 */
export function modePaint(mode: ColorMode): ModePaint {
  const paint: ModePaint['paint'] = {};
  for (const layerMode of COLOR_MODES) {
    const shown = layerMode === mode ? 1 : 0;
    for (const layerId of [MODE_LINE_LAYERS[layerMode], ...MODE_EXTRA_LAYERS[layerMode]]) {
      paint[layerId] = { 'line-opacity': shown };
    }
  }
  return { paint };
}

function roadLine(
  id: string,
  source: string,
  paint: NonNullable<LineLayerSpecification['paint']>,
): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source,
    layout: {
      'line-cap': 'round',
      'line-join': 'round',
      'line-sort-key': roadSortKey(),
    },
    paint: { 'line-width': roadWidth(), ...paint },
  };
}

function featureState(key: 'hover' | 'selected'): ExpressionSpecification {
  return ['boolean', ['feature-state', key], false];
}

/**
 * A road colour that turns to the selection or hover colour by feature-state. Feature-state
 * repaints without laying anything out, and needs no extra layer drawing every road (a halo
 * layer under all roads cost a fifth of each frame at 10k segments).
 */
function highlighted(color: ExpressionSpecification, palette: Palette): ExpressionSpecification {
  return [
    'case',
    featureState('selected'),
    palette.selected,
    featureState('hover'),
    palette.hover,
    color,
  ];
}

/**
 * The road layers, bottom to top: one line per colour mode (only the current mode's is drawn),
 * the completed part (completion mode), the dashed not-assessed overlay (guard mode) and the
 * route codes. Hover and selection recolour the line by feature-state. Their paint starts in
 * status mode. No casing: at county scale it doubled the drawing work for little legibility.
 */
export function roadLayers(palette: Palette): LayerSpecification[] {
  const statusModePaint = modePaint('status').paint;
  const layers: LineLayerSpecification[] = [
    roadLine(ROAD_LINE_LAYER, ROADS_SOURCE, {
      'line-color': highlighted(statusColor(palette), palette),
    }),
    roadLine(ROAD_COMPLETION_LINE_LAYER, ROADS_SOURCE, {
      'line-color': highlighted(completionLineColor(palette), palette),
    }),
    roadLine(ROAD_GUARD_LINE_LAYER, ROADS_SOURCE, {
      'line-color': highlighted(guardLineColor(palette), palette),
    }),
    roadLine(ROAD_PROGRESS_LAYER, PROGRESS_SOURCE, {
      'line-color': highlighted(completionColor(palette), palette),
    }),
    roadLine(ROAD_NOT_ASSESSED_LAYER, ROADS_SOURCE, {
      'line-color': ['case', NOT_ASSESSED, palette.guard['not-assessed'], TRANSPARENT],
      'line-dasharray': [2, 1.5],
    }),
  ];
  for (const layer of layers) {
    const opacity = statusModePaint[layer.id];
    if (opacity) layer.paint = { ...layer.paint, ...opacity };
  }
  return [...layers, routeLabelLayer(palette)];
}
