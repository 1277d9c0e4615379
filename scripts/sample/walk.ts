/**
 * Growing a road step by step, the way hill roads follow the land: a heading that drifts, turns
 * away from what is in the way, and (optionally) leans towards a goal.
 */
import { directionRadians, stepFrom, type PointKm } from './plane.ts';
import type { Random } from './random.ts';

/** Where a walk may go. `strict` false relaxes every rule but the hard ones. */
export type OpenGround = (point: PointKm, travelledKm: number, strict: boolean) => boolean;

export interface WalkRequest {
  start: PointKm;
  /** Initial heading, radians counter-clockwise from east. */
  directionRad: number;
  lengthKm: number;
  stepKm: number;
  /** True: the walk must reach `lengthKm` exactly (or fail); false: it may stop early. */
  exact: boolean;
  /** Typical change of heading per step, in radians. */
  turnRad: number;
  random: Random;
  isOpen: OpenGround;
  goal?: PointKm;
  /** Share (0–1) of the way the heading turns towards the goal at each step. */
  goalPull?: number;
  /** Share (0–1) of the way the heading turns back to the initial heading at each step. */
  homing?: number;
  /** Largest detour tried when the way is blocked, in 20° steps (at most 8). */
  largestDetour?: number;
}

const DETOUR_RAD = Math.PI / 9;
const DETOURS = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8];
const WIDEST_DETOUR = 8;

function wrapAngle(angle: number): number {
  return Math.atan2(Math.sin(angle), Math.cos(angle));
}

/**
 * Grows a path from `start`. Each step tries the drifting heading, then headings ever further to
 * either side (20° apart) until one lands on open ground; exact walks then try again with the
 * relaxed rules. Returns the path (its length is exactly `lengthKm` for an exact walk, at most
 * that otherwise), or null when an exact walk gets stuck.
 */
export function growWalk(request: WalkRequest): PointKm[] | null {
  const { random, stepKm } = request;
  const path: PointKm[] = [request.start];
  let heading = request.directionRad;
  let turnRate = 0;
  let travelledKm = 0;
  while (request.lengthKm - travelledKm > 1e-9) {
    const stepLengthKm = Math.min(stepKm, request.lengthKm - travelledKm);
    turnRate = 0.7 * turnRate + request.turnRad * random.normal() * 0.5;
    heading += turnRate + (request.homing ?? 0) * wrapAngle(request.directionRad - heading);
    if (request.goal) {
      const towardsGoal = directionRadians(path[path.length - 1] as PointKm, request.goal);
      heading += (request.goalPull ?? 0) * wrapAngle(towardsGoal - heading);
    }
    const here = path[path.length - 1] as PointKm;
    let next: PointKm | null = null;
    for (const strict of request.exact ? [true, false] : [true]) {
      for (const detour of DETOURS) {
        if (Math.abs(detour) > (request.largestDetour ?? WIDEST_DETOUR)) break;
        const candidate = stepFrom(here, heading + detour * DETOUR_RAD, stepLengthKm);
        if (request.isOpen(candidate, travelledKm + stepLengthKm, strict)) {
          if (detour !== 0) {
            heading += detour * DETOUR_RAD;
            turnRate = 0;
          }
          next = candidate;
          break;
        }
      }
      if (next) break;
    }
    if (!next) {
      if (request.exact) return null;
      break;
    }
    path.push(next);
    travelledKm += stepLengthKm;
  }
  return path;
}
