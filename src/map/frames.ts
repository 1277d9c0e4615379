/**
 * Waiting on MapLibre's drawing: for the next frame, or for the map to be idle.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** `afterNextFrame` calls back after this long if the map draws no frame (a hidden tab). */
const FRAME_FALLBACK_MS = 500;

/**
 * Calls back once `map` has drawn its next frame, when what was asked of it before has gone to
 * MapLibre's workers; or after `FRAME_FALLBACK_MS` if it draws none (a hidden tab).
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
  // 'render' comes inside the frame's animation callback, once MapLibre has handed the frame's
  // work to its workers and its drawing to the GPU: the callback runs right after it, in the
  // same task, so that what it changes in the page is composited with that frame instead of
  // waiting behind the frame's drawing (which, in software WebGL, holds the main thread).
  const afterFrame = (): void => queueMicrotask(finish);
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
