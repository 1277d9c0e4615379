/**
 * A copy of the map's picture for the browser's print, drawn synchronously (the `beforeprint`
 * event waits for no promise).
 */
import type { RoadMap } from '../map/RoadMap.ts';
import { roadMapReady } from './roadMapHandle.ts';

let roadMap: RoadMap | null = null;
void roadMapReady.then((made) => (roadMap = made));

/** Draws the map as it is now into `target`; false when there is no map yet. */
export function drawMapSnapshot(target: HTMLCanvasElement): boolean {
  if (!roadMap) return false;
  roadMap.drawSnapshot(target);
  return true;
}
