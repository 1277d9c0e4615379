/**
 * Waiting on MapLibre's drawing: for the next frame, or for the map to be idle.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** `afterNextFrame` calls back after this long if the map draws no frame (a hidden tab). */
const FRAME_FALLBACK_MS = 500;

/**
 * Calls back right after `map`'s next frame, once what was asked of it before has gone to
 * MapLibre's workers and the frame's drawing to the GPU; or after `FRAME_FALLBACK_MS` if it
 * draws none (a hidden tab).
 */
export function afterNextFrame(map: MapLibreMap, callback: () => void): void {
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    map.off('render', afterFrame);
    callback();
  };
  const timer = setTimeout(finish, FRAME_FALLBACK_MS);
  // 'render' comes inside the frame's animation callback. The frame's drawing is flushed to the
  // GPU, which draws it while the callback runs, in the same task: what the callback changes in
  // the page is composited with that frame, instead of waiting behind the frame's drawing
  // (which, in software WebGL, holds the main thread until it is done).
  const afterFrame = (): void => {
    (map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl'))?.flush();
    queueMicrotask(finish);
  };
  map.on('render', afterFrame);
  map.triggerRepaint();
}

/** Resolves when `map` has drawn everything it has been asked to. */
export function whenIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    // An idle map draws no frame by itself: one is asked for, which ends in 'idle'.
    if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) map.triggerRepaint();
  });
}
