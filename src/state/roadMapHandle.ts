/**
 * Hands the map, once made, to the code that needs it outside the map view (start-up and the
 * automation API), without either reaching into a component; and hands the map view the roads
 * of the first dataset as soon as the data worker posts them, so that the map is made (and
 * MapLibre's worker starts on them) while the data worker finishes and before the panels' first
 * render of the data.
 */
import type { DrawnRoads } from '../data/worker/workerProtocol.ts';
import type { RoadMap } from '../map/RoadMap.ts';

let resolveFirstRoads: (roads: DrawnRoads | null) => void = () => {};

/** The roads of the first dataset, or null when none opened; the map view makes the map with them. */
export const firstRoads: Promise<DrawnRoads | null> = new Promise((resolve) => {
  resolveFirstRoads = resolve;
});

/** Offers the roads of a dataset opening (or null: start-up ended without one); the first counts. */
export function offerFirstRoads(roads: DrawnRoads | null): void {
  resolveFirstRoads(roads);
}

let resolveRoadMap: (roadMap: RoadMap) => void = () => {};

/** Resolves with the map as soon as the map view has made it. */
export const roadMapReady: Promise<RoadMap> = new Promise((resolve) => {
  resolveRoadMap = resolve;
});

/** Called once by the map view. */
export function provideRoadMap(roadMap: RoadMap): void {
  resolveRoadMap(roadMap);
}
