/**
 * The rank of the road classes, expressway highest, and the draw order that follows from it:
 * higher classes on top, and within a class the project segments over the existing network.
 * The data worker writes the roads in this order, so MapLibre draws them in it without a
 * `line-sort-key`, which sorts every feature again on each layout (see docs/performance.md).
 */
import type { RoadClass } from '../contract/roadNetwork.ts';

/** Road classes from the one drawn lowest to the one drawn highest. */
export const RANKED_CLASSES: readonly RoadClass[] = [
  'village',
  'other',
  'township',
  'county',
  'provincial',
  'national',
  'expressway',
];

/** 1 for village roads up to 7 for expressways; 0 for anything else. */
export function classRank(roadClass: string): number {
  return RANKED_CLASSES.indexOf(roadClass as RoadClass) + 1;
}

/**
 * The draw rank of a road: its class rank, plus a half for a project segment (any status but
 * `existing`). Roads are drawn in ascending rank.
 *
 * @example
 * roadDrawRank('county', 'existing'); // 4
 * roadDrawRank('county', 'building'); // 4.5
 */
export function roadDrawRank(roadClass: string, status: string): number {
  return classRank(roadClass) + (status === 'existing' ? 0 : 0.5);
}
