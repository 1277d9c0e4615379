/**
 * Renders the map for a printed page: a map of its own, off screen, at the page's pixel size
 * and pixel ratio, with the screen map's style (sources, mode, filters) and the route codes'
 * feature-states. Where the page is larger than the drawing buffer this device's WebGL allows,
 * it is drawn in parts, each a camera of its own, and put together: never at a lower
 * resolution than asked.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import { whenIdle } from './frames.ts';

/** The WGS 84 semi-major axis: the radius of the sphere Web Mercator projects, in metres. */
const EARTH_RADIUS_M = 6_378_137;
/** MapLibre's world width at zoom 0, in CSS pixels. */
const WORLD_SIZE_PX = 512;
/** MapLibre's own default drawing limit, raised only as far as the device's WebGL allows. */
const DEFAULT_MAX_CANVAS_PX = 4096;
/** The pixel ratio the export map loads its tiles at, before it draws at the page's. */
const LOADING_PIXEL_RATIO = 0.25;
/** The largest drawing buffer asked for even where WebGL allows more (memory). */
const CEILING_CANVAS_PX = 8192;

export interface MapImageRequest {
  style: StyleSpecification;
  /** The area to show, [west, south, east, north]: fitted whole into the image. */
  bounds: [number, number, number, number];
  widthPx: number;
  heightPx: number;
  /** Image pixels per CSS pixel: lines and labels are drawn this much larger. */
  pixelRatio: number;
  /** Feature-states to set on the export map (the route codes a filter hides). */
  featureStates: { source: string; id: number; state: Record<string, boolean> }[];
  /** The largest part drawn at once, in pixels (default: what WebGL allows, up to 8192). */
  maxPartPx?: number;
}

export interface MapImage {
  canvas: HTMLCanvasElement;
  /** Ground metres per image pixel at the image's centre. */
  metresPerPixel: number;
  /** How many parts it was drawn in. */
  parts: number;
}

function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}
function mercatorY(latitude: number): number {
  const radians = (latitude * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / (2 * Math.PI);
}
function longitudeOf(x: number): number {
  return x * 360 - 180;
}
function latitudeOf(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
}

/** The largest drawing buffer side this device's WebGL allows (up to `CEILING_CANVAS_PX`). */
export function maxDrawingPx(): number {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return DEFAULT_MAX_CANVAS_PX;
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const limit = Math.min(
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    viewport[0] ?? DEFAULT_MAX_CANVAS_PX,
    viewport[1] ?? DEFAULT_MAX_CANVAS_PX,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return Math.min(CEILING_CANVAS_PX, Math.max(DEFAULT_MAX_CANVAS_PX, limit));
}

/** Draws the map image: one part where it fits the drawing limit, else a grid of parts. */
export async function renderMapImage(request: MapImageRequest): Promise<MapImage> {
  const { widthPx, heightPx, pixelRatio, bounds } = request;
  const maxPart = Math.floor(request.maxPartPx ?? maxDrawingPx());
  const columns = Math.ceil(widthPx / maxPart);
  const rows = Math.ceil(heightPx / maxPart);
  const [west, south, east, north] = bounds;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const widthCss = widthPx / pixelRatio;
  const heightCss = heightPx / pixelRatio;
  const worldPx = Math.min(
    widthCss / Math.max(x1 - x0, 1e-12),
    heightCss / Math.max(y1 - y0, 1e-12),
  );
  const zoom = Math.log2(worldPx / WORLD_SIZE_PX);
  const centreX = (x0 + x1) / 2;
  const centreY = (y0 + y1) / 2;

  const output = document.createElement('canvas');
  output.width = widthPx;
  output.height = heightPx;
  const context = output.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the map image');
  const partWidth = Math.ceil(widthPx / columns);
  const partHeight = Math.ceil(heightPx / rows);
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;';
  document.body.append(host);
  const container = document.createElement('div');
  const containerWidthCss = Math.ceil(partWidth / pixelRatio);
  const containerHeightCss = Math.ceil(partHeight / pixelRatio);
  container.style.width = `${containerWidthCss}px`;
  container.style.height = `${containerHeightCss}px`;
  host.append(container);
  const map = new MapLibreMap({
    container,
    style: request.style,
    center: [longitudeOf(centreX), latitudeOf(centreY)],
    zoom,
    pixelRatio: LOADING_PIXEL_RATIO,
    maxCanvasSize: [
      Math.ceil(containerWidthCss * pixelRatio),
      Math.ceil(containerHeightCss * pixelRatio),
    ],
    interactive: false,
    fadeDuration: 0,
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('load', () => resolve());
      map.once('error', (event) => reject(event.error));
    });
    for (const { source, id, state } of request.featureStates) {
      if (map.getSource(source)) map.setFeatureState({ source, id }, state);
    }
    for (let row = 0; row < rows; row += 1) {
      for (let column = 0; column < columns; column += 1) {
        const left = column * partWidth;
        const top = row * partHeight;
        // The part's centre, in the whole image's CSS pixels, as a place on the map.
        const partCentreX =
          centreX + (left / pixelRatio + containerWidthCss / 2 - widthCss / 2) / worldPx;
        const partCentreY =
          centreY + (top / pixelRatio + containerHeightCss / 2 - heightCss / 2) / worldPx;
        // Tiles load while the map draws small: every tile's arrival redraws the map, and at the
        // page's pixels each of those frames would cost as much as the one that is kept.
        map.setPixelRatio(LOADING_PIXEL_RATIO);
        map.jumpTo({ center: [longitudeOf(partCentreX), latitudeOf(partCentreY)], zoom });
        await whenIdle(map);
        map.setPixelRatio(pixelRatio);
        await whenIdle(map);
        const drawWidth = Math.min(partWidth, widthPx - left);
        const drawHeight = Math.min(partHeight, heightPx - top);
        context.drawImage(
          map.getCanvas(),
          0,
          0,
          drawWidth,
          drawHeight,
          left,
          top,
          drawWidth,
          drawHeight,
        );
      }
    }
  } finally {
    map.remove();
    host.remove();
  }
  const latitude = latitudeOf(centreY);
  const metresPerCssPx =
    (2 * Math.PI * EARTH_RADIUS_M * Math.cos((latitude * Math.PI) / 180)) / worldPx;
  return { canvas: output, metresPerPixel: metresPerCssPx / pixelRatio, parts: rows * columns };
}
