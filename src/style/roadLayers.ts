/**
 * Layers drawing the roads, and what each colour mode and filter changes.
 *
 * One line layer draws every road, as plain MapLibre would: a mode switch swaps its colour
 * expression (`setPaintProperty`), a filter change its filter (`setFilter`). The roads come in
 * draw order from the data worker, so no `line-sort-key` is needed, and the line has butt caps
 * (round caps cost a third of each frame).
 *
 * The overlays cost a filter change nothing: the completed parts (own source, drawn in
 * completion mode only, by the layer's visibility) and the route codes (own source) hide the
 * segments the filter hides by feature-state (`filtered`), so their sources are never laid
 * out again. Guard mode draws not-assessed roads in their own pale grey on the road line: a
 * dashed overlay cost a shader compilation and a second layout on every switch to guard mode.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { ColorMode } from '../domain/types.ts';
import {
  completionColor,
  guardColor,
  matchProperty,
  MODE_PROPERTY,
  roadWidth,
  statusColor,
} from './expressions.ts';
import { PROGRESS_SOURCE, ROAD_LINE_LAYER, ROAD_PROGRESS_LAYER, ROADS_SOURCE } from './ids.ts';
import { withAlpha, type Palette } from './palette.ts';
import { routeLabelLayer } from './routeLabelLayer.ts';

/** Opacity of the part of a road not yet built, in completion mode. */
export const FAINT_OPACITY = 0.3;

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Feature-state key of an overlay feature whose road the filter hides. */
export const FILTERED_STATE = 'filtered';
const FILTERED: ExpressionSpecification = ['boolean', ['feature-state', FILTERED_STATE], false];

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

/**
 * The road line's colour in a colour mode (without hover and selection).
 *
 * @example
 * roadLineColor('status', palette); // ['match', ['get', 'status'], 'existing', '#…', …]
 */
export function roadLineColor(mode: ColorMode, palette: Palette): ExpressionSpecification {
  if (mode === 'status') return statusColor(palette);
  if (mode === 'completion') return completionLineColor(palette);
  return guardColor(palette);
}

/** What a colour mode sets: line colours (`setPaintProperty`) and layer visibility. */
export interface ModeStyle {
  lineColor: Record<string, ExpressionSpecification>;
  visibility: Record<string, 'visible' | 'none'>;
}

/**
 * The style of a colour mode; the map adapter applies it with `setPaintProperty` and
 * `setLayoutProperty`. Only the road line's colour is data-driven (MapLibre lays the roads out
 * again, as for any colour expression). The completed part is drawn in completion mode only,
 * and hidden in the others (the map adapter takes a layer hidden after it was shown out of the
 * map, which MapLibre does not lay out again for): a layer left visible at opacity 0 still
 * had MapLibre draw its tiles' clipping masks, two full-screen stencil passes in every frame
 * (measured: 8 ms of the GPU process's time per frame at 1k segments, a tenth of the frame).
 * The price is that each switch to completion mode lays the completed parts out again; they
 * are only the partly built roads.
 *
 * @example
 * modeStyle('completion', palette).visibility['road-progress']; // 'visible'
 * modeStyle('status', palette).visibility['road-progress']; // 'none'
 */
export function modeStyle(mode: ColorMode, palette: Palette): ModeStyle {
  return {
    lineColor: { [ROAD_LINE_LAYER]: highlighted(roadLineColor(mode, palette), palette) },
    visibility: { [ROAD_PROGRESS_LAYER]: mode === 'completion' ? 'visible' : 'none' },
  };
}

function roadLine(
  id: string,
  source: string,
  paint: NonNullable<LineLayerSpecification['paint']>,
  visibility: 'visible' | 'none' = 'visible',
): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source,
    layout: { visibility },
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

/** What the road layers show from the map's first frame. */
export interface RoadLayersOptions {
  /** Colour mode; default status. */
  mode?: ColorMode;
  /** The road line's filter (`filterExpression`); default none. */
  filter?: FilterSpecification;
}

/**
 * The road layers, bottom to top: the road line, the completed part (completion mode) and the
 * route codes, in the given mode with the given filter. Hover and selection recolour the line
 * by feature-state. No casing: at county scale it doubled the drawing work for little
 * legibility.
 */
export function roadLayers(
  palette: Palette,
  options: RoadLayersOptions = {},
): LayerSpecification[] {
  const style = modeStyle(options.mode ?? 'status', palette);
  const line = roadLine(ROAD_LINE_LAYER, ROADS_SOURCE, {
    'line-color': style.lineColor[ROAD_LINE_LAYER]!,
  });
  return [
    options.filter ? { ...line, filter: options.filter } : line,
    roadLine(
      ROAD_PROGRESS_LAYER,
      PROGRESS_SOURCE,
      {
        'line-color': [
          'case',
          FILTERED,
          TRANSPARENT,
          highlighted(completionColor(palette), palette),
        ],
      },
      style.visibility[ROAD_PROGRESS_LAYER],
    ),
    routeLabelLayer(palette, FILTERED),
  ];
}
