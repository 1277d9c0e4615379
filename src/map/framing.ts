/**
 * Framing data with the camera: the padding that keeps it clear of the panels over the map, and
 * the camera a map starts with.
 */
import type { Insets } from '../contract/insets.ts';
import type { MapOptions } from 'maplibre-gl';
import type { Camera } from '../contract/camera.ts';

const FIT_PADDING_PX = 48;
/** Framing zooms in no further than this, however small the data. */
export const FIT_MAX_ZOOM = 15;
/** Panels that leave less room than this (CSS pixels) each way are not framed around. */
const MIN_FREE_PX = 120;
/** The sample county's area: the camera of a map with neither data nor a camera to restore. */
const DEFAULT_VIEW: Pick<MapOptions, 'center' | 'zoom'> = { center: [105, 30.9], zoom: 8 };

/**
 * Padding that keeps framed data clear of the panels, with a margin. Panels that leave too
 * little room are ignored rather than squeezing the data to nothing.
 *
 * @example
 * framingPadding({ width: 1280, height: 800 }, { top: 0, right: 0, bottom: 0, left: 360 });
 * // { top: 48, right: 48, bottom: 48, left: 408 }
 */
export function framingPadding(size: { width: number; height: number }, insets: Insets): Insets {
  const { width, height } = size;
  const freeWidth = width - insets.left - insets.right;
  const freeHeight = height - insets.top - insets.bottom;
  const usable = freeWidth > MIN_FREE_PX && freeHeight > MIN_FREE_PX;
  const margin = Math.min(FIT_PADDING_PX, width / 10, height / 10);
  return {
    top: margin + (usable ? insets.top : 0),
    right: margin + (usable ? insets.right : 0),
    bottom: margin + (usable ? insets.bottom : 0),
    left: margin + (usable ? insets.left : 0),
  };
}

/**
 * The camera a map is made with: a link's camera, else the data's bounds (west, south, east,
 * north) framed with `padding`, else the sample county's area.
 */
export function initialCamera(
  camera: Camera | null,
  bounds: [number, number, number, number] | null,
  padding: Insets,
): Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'> {
  if (camera) return { center: [camera.longitude, camera.latitude], zoom: camera.zoom };
  if (bounds && bounds.every(Number.isFinite)) {
    return { bounds, fitBoundsOptions: { padding, maxZoom: FIT_MAX_ZOOM } };
  }
  return DEFAULT_VIEW;
}
