/**
 * What the measuring and selecting tools draw on the map: the measured path and its points,
 * the box or polygon of a selection, and the line from the last click to the pointer. One
 * GeoJSON source; each feature says which shape it is (`DRAW_SHAPE_PROPERTY`).
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { Palette } from './palette.ts';

/** GeoJSON source of the drawn shapes. */
export const DRAW_SOURCE = 'draw';
export const DRAW_FILL_LAYER = 'draw-fill';
export const DRAW_LINE_LAYER = 'draw-line';
export const DRAW_POINT_LAYER = 'draw-points';

/** The property of a drawn feature that names its shape. */
export const DRAW_SHAPE_PROPERTY = 'shape';
/**
 * `area`: a selection's box or polygon; `path`: the measured path; `point`: a click (snapped to
 * its road where measuring along one); `preview`: from the last click to the pointer.
 */
export type DrawShape = 'area' | 'path' | 'point' | 'preview';

const LINE_WIDTH_PX = 2.5;
const POINT_RADIUS_PX = 5;
const AREA_OPACITY = 0.08;

/** The opacity of the line from the last click to the pointer. */
const PREVIEW_OPACITY = 0.55;

function isShape(shape: DrawShape): ExpressionSpecification {
  return ['==', ['get', DRAW_SHAPE_PROPERTY], shape];
}

/**
 * The layers of the drawn shapes, drawn above everything else.
 *
 * @example
 * drawLayers(palette).map((layer) => layer.id); // ['draw-fill', 'draw-line', 'draw-points']
 */
export function drawLayers(palette: Palette): LayerSpecification[] {
  const fill: FillLayerSpecification = {
    id: DRAW_FILL_LAYER,
    type: 'fill',
    source: DRAW_SOURCE,
    filter: isShape('area'),
    paint: { 'fill-color': palette.selected, 'fill-opacity': AREA_OPACITY },
  };
  const line: LineLayerSpecification = {
    id: DRAW_LINE_LAYER,
    type: 'line',
    source: DRAW_SOURCE,
    filter: ['in', ['geometry-type'], ['literal', ['LineString', 'Polygon']]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': palette.selected,
      'line-width': LINE_WIDTH_PX,
      'line-opacity': ['case', isShape('preview'), PREVIEW_OPACITY, 1],
    },
  };
  const points: CircleLayerSpecification = {
    id: DRAW_POINT_LAYER,
    type: 'circle',
    source: DRAW_SOURCE,
    filter: isShape('point'),
    paint: {
      'circle-radius': POINT_RADIUS_PX,
      'circle-color': palette.labelHalo,
      'circle-stroke-color': palette.selected,
      'circle-stroke-width': 2,
    },
  };
  return [fill, line, points];
}
