/**
 * Hands the map, once made, to the code that needs it outside the map view (start-up and the
 * automation API), without either reaching into a component.
 */
import type { RoadMap } from '../map/RoadMap.ts';

let resolveRoadMap: (roadMap: RoadMap) => void = () => {};

/** Resolves with the map as soon as the map view has made it. */
export const roadMapReady: Promise<RoadMap> = new Promise((resolve) => {
  resolveRoadMap = resolve;
});

/** Called once by the map view. */
export function provideRoadMap(roadMap: RoadMap): void {
  resolveRoadMap(roadMap);
}
