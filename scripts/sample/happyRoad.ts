/**
 * The 2023 幸福美丽乡村路 from 三元镇友爱村 to 忠孝乡隆垭村: one village road of exactly the
 * seed's 3.80 km, drawn from a point between the two towns towards the other town.
 */
import { isRuralLand, resolveWaypoint, type County } from './county.ts';
import { projectNote, type SegmentDraft } from './drafts.ts';
import { directionRadians, interpolate } from './plane.ts';
import type { Random } from './random.ts';
import type { SampleCountySource } from './source.ts';
import { growWalk } from './walk.ts';

/** Grows the road; its route code and id are given by the caller. */
export function happyRoadDraft(
  source: SampleCountySource,
  county: County,
  random: Random,
  code: string,
): SegmentDraft {
  const settings = source.village_roads.happy_road;
  const project = source.projects.find((candidate) => candidate.name === settings.project);
  if (!project) throw new Error(`unknown project: ${settings.project}`);
  const fromTown = resolveWaypoint(county, settings.from_town);
  const toTown = resolveWaypoint(county, settings.to_town);
  const start = interpolate(fromTown, toTown, 0.25);
  const goal = interpolate(fromTown, toTown, 0.8);
  const path = growWalk({
    start,
    directionRad: directionRadians(start, goal),
    lengthKm: settings.length_km,
    stepKm: source.village_roads.step_km,
    exact: true,
    turnRad: 0.15,
    random,
    isOpen: (point) => isRuralLand(county, point),
    goal,
    goalPull: 0.12,
  });
  if (!path) throw new Error('could not grow the 幸福美丽乡村路');
  return {
    path,
    properties: {
      id: code,
      route: code,
      name: settings.name,
      class: 'village',
      status: 'completed',
      project: project.name,
      towns: [settings.from_town, settings.to_town],
      year: project.year,
      length_km: settings.length_km,
      updated: project.updated,
      note: projectNote(project),
    },
  };
}
