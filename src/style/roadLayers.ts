/**
 * Layers drawing the roads, and what each colour mode and filter changes.
 *
 * One line layer draws every road, as plain MapLibre would: a mode switch swaps its colour
 * expression (`setPaintProperty`), a filter change its filter (`setFilter`). The roads come in
 * draw order from the data worker, so no `line-sort-key` is needed, and the line has butt caps
 * (round caps make every frame much dearer; see docs/performance.md).
 *
 * A partly built road comes as two lines, cut where its completed length ends (`piece`):
 * completion mode draws the built one solid and the other faint, the other modes both alike.
 * So completion mode costs what any other mode costs: a second layer drawing the built parts
 * over the faint whole roads, from a source of its own, would lay them out again on every
 * switch to completion mode and draw the tiles' clipping masks again in every frame.
 *
 * The route codes (own source) hide the labels of the segments the filter hides by
 * feature-state (`filtered`), so their source is never laid out again for a filter. Guard mode
 * draws not-assessed roads in their own pale grey on the road line: a dashed overlay would
 * compile a shader and lay the roads out again on every switch to guard mode.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { ColorMode } from '../domain/types.ts';
import type { RoadPiece } from '../contract/roadPiece.ts';
import {
  completionColor,
  guardColor,
  matchProperty,
  MODE_PROPERTY,
  roadWidth,
  statusColor,
} from './expressions.ts';
import { HIGHLIGHT_SOURCE, ROAD_HALO_LAYER, ROAD_LINE_LAYER, ROADS_SOURCE } from './ids.ts';
import { withAlpha, type Palette } from './palette.ts';
import { routeLabelLayer } from './routeLabelLayer.ts';
import { datedExpression } from './datedExpression.ts';

/** The road line property telling the built piece of a partly built road from the rest. */
const PIECE_PROPERTY = 'piece';
const BUILT: RoadPiece = 'built';

/** Opacity of the part of a road not yet built, in completion mode. */
export const FAINT_OPACITY = 0.3;

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Feature-state key of an overlay feature whose road the filter hides. */
export const FILTERED_STATE = 'filtered';
const FILTERED: ExpressionSpecification = ['boolean', ['feature-state', FILTERED_STATE], false];

/**
 * Completion colours with what is still to build faint: the built piece of a partly built
 * road, complete roads and the existing network outside projects solid; the unbuilt piece and
 * unstarted roads at `FAINT_OPACITY`.
 *
 * @example
 * completionLineColor(palette); // ['case', ['==', ['get', 'piece'], 'built'], solid, faint]
 */
export function completionLineColor(palette: Palette): ExpressionSpecification {
  const solid = ['done', 'not-in-project'];
  const faint = Object.fromEntries(
    Object.entries(palette.completion).map(([bucket, color]) => [
      bucket,
      solid.includes(bucket) ? color : withAlpha(color, FAINT_OPACITY),
    ]),
  );
  return [
    'case',
    ['==', ['get', PIECE_PROPERTY], BUILT],
    completionColor(palette),
    matchProperty(MODE_PROPERTY.completion, faint, TRANSPARENT),
  ];
}

/**
 * The road line's colour in a colour mode; the map adapter applies it with `setPaintProperty`
 * (MapLibre lays the roads out again, as for any colour expression). Hover and selection leave
 * it alone: they show as a halo around the line (`roadHaloLayer`), so the road keeps the colour
 * that says its state.
 *
 * @example
 * roadLineColor('status', palette); // ['match', ['get', 'status'], 'existing', '#…', …]
 */
export function roadLineColor(mode: ColorMode, palette: Palette): ExpressionSpecification {
  if (mode === 'status') return statusColor(palette);
  if (mode === 'completion') return completionLineColor(palette);
  return guardColor(palette);
}

/**
 * Which highlight a line of `HIGHLIGHT_SOURCE` draws: the selected road's, the hovered one's, or
 * one of a search result's roads.
 */
export type Highlight = 'selected' | 'hover' | 'found';
/** The property of a highlight line that says which highlight it is. */
export const HIGHLIGHT_PROPERTY = 'highlight';

/** Width in pixels of the halo on each side of a hovered or selected road. */
export const HALO_WIDTH_PX = 3;
/** Opacity of the hover halo (the selection's is solid). */
export const HOVER_HALO_OPACITY = 0.75;

/**
 * The halo of the selected road, the hovered one and a search result's roads: a stroke on each
 * side of the road line, in a neutral colour, drawn outside it (`line-gap-width` = the road's
 * width), so the road's own colour stays as it is, faint pieces included. It draws the lines of `HIGHLIGHT_SOURCE` only,
 * above the road line (it never covers it) so that neighbouring roads do not hide it, and takes
 * the road filter, so a road the filter hides has no halo.
 *
 * @example
 * roadHaloLayer(palette).paint['line-opacity']; // ['match', ['get', 'highlight'], 'hover', 0.75, 1]
 */
export function roadHaloLayer(
  palette: Palette,
  filter?: FilterSpecification,
): LineLayerSpecification {
  const selected: ExpressionSpecification = ['==', ['get', HIGHLIGHT_PROPERTY], 'selected'];
  const layer: LineLayerSpecification = {
    id: ROAD_HALO_LAYER,
    type: 'line',
    source: HIGHLIGHT_SOURCE,
    paint: {
      'line-width': HALO_WIDTH_PX,
      'line-gap-width': roadWidth(),
      'line-color': ['case', selected, palette.selected, palette.hover],
      'line-opacity': ['match', ['get', HIGHLIGHT_PROPERTY], 'hover', HOVER_HALO_OPACITY, 1],
    },
  };
  return filter ? { ...layer, filter } : layer;
}

/** What the road layers show from the map's first frame. */
export interface RoadLayersOptions {
  /** Colour mode; default status. */
  mode?: ColorMode;
  /** The road line's filter (`filterExpression`); default none. */
  filter?: FilterSpecification;
  /** The date of the progress history shown, by index; null or absent: the latest. */
  dateIndex?: number | null;
}

/**
 * The road layers, bottom to top: the road line, the halo of the hovered and selected road,
 * and the route codes, in the given mode with the given filter. The road line has no casing
 * for every road: at county scale it doubled the drawing work for little legibility.
 */
export function roadLayers(
  palette: Palette,
  options: RoadLayersOptions = {},
): LayerSpecification[] {
  const dateIndex = options.dateIndex ?? null;
  const line: LineLayerSpecification = {
    id: ROAD_LINE_LAYER,
    type: 'line',
    source: ROADS_SOURCE,
    paint: {
      'line-width': roadWidth(),
      'line-color': datedExpression(roadLineColor(options.mode ?? 'status', palette), dateIndex),
    },
  };
  return [
    options.filter ? { ...line, filter: options.filter } : line,
    roadHaloLayer(palette, options.filter),
    routeLabelLayer(palette, FILTERED),
  ];
}
