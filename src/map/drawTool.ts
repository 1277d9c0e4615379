/**
 * Drawing on the map for the measuring and selecting tools: clicks for a measured path (each
 * reported with the roads drawn under it, for snapping), a dragged box, a clicked polygon.
 * While a tool draws, a click does not select a road, a drag draws the box instead of moving
 * the map, and a double click ends the path or polygon instead of zooming. Escape ends it.
 * What the tools computed comes back as shapes to draw (`show`). Loaded with the first tool.
 */
import type {
  GeoJSONSource,
  Map as MapLibreMap,
  MapMouseEvent,
  MapTouchEvent,
  PointLike,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Position } from 'geojson';
import {
  DRAW_SHAPE_PROPERTY,
  DRAW_SOURCE,
  drawLayers,
  type DrawShape,
} from '../style/drawLayers.ts';
import { INTERACTIVE_LAYERS } from '../style/ids.ts';
import { palette } from '../style/palette.ts';

/** What a tool draws: clicked points, a dragged box, or a clicked polygon. */
export type DrawKind = 'points' | 'box' | 'polygon';

/** A click while drawing points. */
export interface DrawClick {
  lngLat: [number, number];
  /** The roads drawn within `SNAP_RADIUS_PX` of the click (segment indices). */
  roads: number[];
  /** How many metres `SNAP_RADIUS_PX` pixels span there. */
  snapRadiusM: number;
}

export interface DrawCallbacks {
  onPoint?: (click: DrawClick) => void;
  /** The box dragged: west, south, east, north. */
  onBox?: (bounds: [number, number, number, number]) => void;
  /** The polygon clicked, closed by a double click or a click on its first corner. */
  onPolygon?: (ring: [number, number][]) => void;
  /** The drawing ended (Escape, or a double click ending a path). */
  onEnd?: () => void;
}

/** How far from a road a click still snaps to it, in pixels. */
export const SNAP_RADIUS_PX = 12;
/** A second click this soon and this close to the first makes a double click. */
const DOUBLE_CLICK_MS = 500;
const DOUBLE_CLICK_RADIUS_PX = 4;
/** A click this close to a polygon's first corner closes it, in pixels. */
const CLOSE_RADIUS_PX = 8;

function shape(kind: DrawShape, geometry: Feature['geometry']): Feature {
  return { type: 'Feature', geometry, properties: { [DRAW_SHAPE_PROPERTY]: kind } };
}

/** The ring of a box between two corners. */
function boxRing(a: Position, b: Position): Position[] {
  return [
    [a[0]!, a[1]!],
    [b[0]!, a[1]!],
    [b[0]!, b[1]!],
    [a[0]!, b[1]!],
    [a[0]!, a[1]!],
  ];
}

export class DrawTool {
  readonly #map: MapLibreMap;
  #kind: DrawKind | null = null;
  #callbacks: DrawCallbacks = {};
  /** The points clicked so far (points and polygon). */
  #clicks: [number, number][] = [];
  /** The shapes the tool's owner asked for (`show`). */
  #shown: Feature[] = [];
  /** Where a box drag started; null: no drag. */
  #boxStart: [number, number] | null = null;
  #preview: Feature[] = [];
  /** The last click on the map, for telling a double click's second click. */
  #lastClick: { x: number; y: number; time: number } | null = null;

  constructor(map: MapLibreMap) {
    this.#map = map;
    map.on('click', this.#onClick);
    map.on('dblclick', this.#onDoubleClick);
    map.on('mousemove', this.#onMove);
    map.on('mousedown', this.#onDown);
    map.on('mouseup', this.#onUp);
    map.on('touchstart', this.#onDown);
    map.on('touchmove', this.#onMove);
    map.on('touchend', this.#onUp);
    window.addEventListener('keydown', this.#onKey);
  }

  /** Whether a tool is drawing (a click then belongs to it, not to road selection). */
  get active(): boolean {
    return this.#kind !== null;
  }

  /** Starts drawing (ending any drawing under way, which does not call its `onEnd`). */
  start(kind: DrawKind, callbacks: DrawCallbacks): void {
    this.#release();
    this.#kind = kind;
    this.#callbacks = callbacks;
    this.#clicks = [];
    this.#preview = [];
    const map = this.#map;
    map.doubleClickZoom.disable();
    if (kind === 'box') {
      map.dragPan.disable();
      map.touchZoomRotate.disable();
    }
    map.getCanvas().style.cursor = 'crosshair';
    this.#draw();
  }

  /** Ends the drawing; the shapes shown stay until `show` replaces them. */
  stop(): void {
    if (this.#kind === null) return;
    this.#release();
    this.#draw();
  }

  #release(): void {
    const map = this.#map;
    if (this.#kind === 'box') {
      map.dragPan.enable();
      map.touchZoomRotate.enable();
      map.touchZoomRotate.disableRotation();
    }
    if (this.#kind !== null) {
      map.doubleClickZoom.enable();
      map.getCanvas().style.cursor = '';
    }
    this.#kind = null;
    this.#boxStart = null;
    this.#preview = [];
  }

  /**
   * Draws the results: the measured path (or the stretches of road measured along), its points,
   * a selection's area.
   */
  show(shapes: {
    path?: Position[];
    lines?: Position[][];
    points?: Position[];
    area?: Position[];
  }): void {
    const features: Feature[] = [];
    if (shapes.area && shapes.area.length >= 3) {
      const ring = [...shapes.area, shapes.area[0]!];
      features.push(shape('area', { type: 'Polygon', coordinates: [ring] }));
    }
    if (shapes.path && shapes.path.length >= 2) {
      features.push(shape('path', { type: 'LineString', coordinates: shapes.path }));
    }
    if (shapes.lines && shapes.lines.length > 0) {
      features.push(shape('path', { type: 'MultiLineString', coordinates: shapes.lines }));
    }
    for (const point of shapes.points ?? []) {
      features.push(shape('point', { type: 'Point', coordinates: point }));
    }
    this.#shown = features;
    this.#draw();
  }

  /** Ends the drawing and clears what it drew. */
  clear(): void {
    this.stop();
    this.show({});
  }

  #draw(): void {
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: [...this.#shown, ...this.#preview],
    };
    const map = this.#map;
    const source = map.getSource<GeoJSONSource>(DRAW_SOURCE);
    if (source) {
      source.setData(data);
      return;
    }
    if (data.features.length === 0) return;
    map.addSource(DRAW_SOURCE, { type: 'geojson', data });
    for (const layer of drawLayers(palette)) map.addLayer(layer);
  }

  #end(): void {
    const onEnd = this.#callbacks.onEnd;
    this.stop();
    onEnd?.();
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#kind !== null) this.#end();
  };

  readonly #onClick = (event: MapMouseEvent): void => {
    const kind = this.#kind;
    if (this.#repeatsLastClick(event)) return;
    if (kind === 'points') {
      const lngLat: [number, number] = [event.lngLat.lng, event.lngLat.lat];
      this.#clicks.push(lngLat);
      this.#callbacks.onPoint?.({
        lngLat,
        roads: this.#roadsNear(event.point),
        snapRadiusM: this.#metresAcross(event.point, SNAP_RADIUS_PX),
      });
    } else if (kind === 'polygon') {
      const first = this.#clicks[0];
      if (first && this.#clicks.length >= 3) {
        const at = this.#map.project(first);
        if (Math.hypot(at.x - event.point.x, at.y - event.point.y) <= CLOSE_RADIUS_PX) {
          this.#closePolygon();
          return;
        }
      }
      this.#clicks.push([event.lngLat.lng, event.lngLat.lat]);
      this.#previewPolygon(null);
    }
  };

  /**
   * Whether a click is the second of a double click (soon after the last, at its place): a
   * double click ends a path or polygon and adds no point.
   */
  #repeatsLastClick(event: MapMouseEvent): boolean {
    const now = event.originalEvent.timeStamp;
    const last = this.#lastClick;
    this.#lastClick = { x: event.point.x, y: event.point.y, time: now };
    return (
      last !== null &&
      now - last.time < DOUBLE_CLICK_MS &&
      Math.hypot(event.point.x - last.x, event.point.y - last.y) <= DOUBLE_CLICK_RADIUS_PX
    );
  }

  readonly #onDoubleClick = (event: MapMouseEvent): void => {
    if (this.#kind === 'polygon') {
      event.preventDefault();
      this.#closePolygon();
    } else if (this.#kind === 'points') {
      event.preventDefault();
      this.#end();
    }
  };

  #closePolygon(): void {
    const ring = [...this.#clicks];
    const onPolygon = this.#callbacks.onPolygon;
    this.#clicks = [];
    this.#preview = [];
    this.#draw();
    if (ring.length >= 3) onPolygon?.(ring);
  }

  #previewPolygon(pointer: Position | null): void {
    const corners: Position[] = pointer ? [...this.#clicks, pointer] : [...this.#clicks];
    this.#preview =
      corners.length >= 2 ? [shape('preview', { type: 'LineString', coordinates: corners })] : [];
    this.#draw();
  }

  readonly #onMove = (event: MapMouseEvent | MapTouchEvent): void => {
    const kind = this.#kind;
    const pointer: [number, number] = [event.lngLat.lng, event.lngLat.lat];
    if (kind === 'box' && this.#boxStart) {
      this.#preview = [
        shape('preview', { type: 'LineString', coordinates: boxRing(this.#boxStart, pointer) }),
      ];
      this.#draw();
    } else if (kind === 'polygon' && this.#clicks.length > 0) {
      this.#previewPolygon(pointer);
    } else if (kind === 'points' && this.#clicks.length > 0) {
      const last = this.#clicks.at(-1)!;
      this.#preview = [shape('preview', { type: 'LineString', coordinates: [last, pointer] })];
      this.#draw();
    }
  };

  readonly #onDown = (event: MapMouseEvent | MapTouchEvent): void => {
    if (this.#kind !== 'box') return;
    if ('originalEvent' in event && event.originalEvent instanceof MouseEvent) {
      if (event.originalEvent.button !== 0) return;
    }
    event.preventDefault();
    this.#boxStart = [event.lngLat.lng, event.lngLat.lat];
  };

  readonly #onUp = (event: MapMouseEvent | MapTouchEvent): void => {
    const start = this.#boxStart;
    if (this.#kind !== 'box' || !start) return;
    this.#boxStart = null;
    this.#preview = [];
    this.#draw();
    const end: [number, number] = [event.lngLat.lng, event.lngLat.lat];
    const bounds: [number, number, number, number] = [
      Math.min(start[0], end[0]),
      Math.min(start[1], end[1]),
      Math.max(start[0], end[0]),
      Math.max(start[1], end[1]),
    ];
    // A click without a drag draws no box.
    if (bounds[0] === bounds[2] || bounds[1] === bounds[3]) return;
    this.#callbacks.onBox?.(bounds);
  };

  /** The roads drawn within `SNAP_RADIUS_PX` of a pixel. */
  #roadsNear(point: { x: number; y: number }): number[] {
    const layers = INTERACTIVE_LAYERS.filter((id) => this.#map.getLayer(id));
    if (layers.length === 0) return [];
    const box: [PointLike, PointLike] = [
      [point.x - SNAP_RADIUS_PX, point.y - SNAP_RADIUS_PX],
      [point.x + SNAP_RADIUS_PX, point.y + SNAP_RADIUS_PX],
    ];
    const roads: number[] = [];
    for (const feature of this.#map.queryRenderedFeatures(box, { layers })) {
      if (typeof feature.id === 'number' && !roads.includes(feature.id)) roads.push(feature.id);
    }
    return roads;
  }

  /** The ground distance across `pixels` pixels eastward from `point`, in metres. */
  #metresAcross(point: { x: number; y: number }, pixels: number): number {
    const a = this.#map.unproject([point.x, point.y]);
    const b = this.#map.unproject([point.x + pixels, point.y]);
    return a.distanceTo(b);
  }

  destroy(): void {
    this.#release();
    const map = this.#map;
    map.off('click', this.#onClick);
    map.off('dblclick', this.#onDoubleClick);
    map.off('mousemove', this.#onMove);
    map.off('mousedown', this.#onDown);
    map.off('mouseup', this.#onUp);
    map.off('touchstart', this.#onDown);
    map.off('touchmove', this.#onMove);
    map.off('touchend', this.#onUp);
    window.removeEventListener('keydown', this.#onKey);
  }
}
