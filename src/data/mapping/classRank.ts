/**
 * Which of two road classes is the higher, for a road that carries several route codes (an
 * OpenStreetMap `ref` of `G109;G215`): expressway highest, then national … village, other last.
 */
import { ROAD_CLASSES, type RoadClass } from '../../contract/roadNetwork.ts';

/**
 * A number that is larger for a higher class; the contract lists the classes from the highest.
 *
 * @example
 * classHeight('national') > classHeight('county'); // true
 */
export function classHeight(roadClass: RoadClass): number {
  return ROAD_CLASSES.length - ROAD_CLASSES.indexOf(roadClass);
}
