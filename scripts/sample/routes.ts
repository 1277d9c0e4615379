/**
 * Highways, county and township roads, the ring road and special roads, from the source's
 * route list: one bending line per route, cut at the county boundary, divided into stretches
 * (each with its own status and project) and then into surveyed sections of a few km.
 */
import type { RoadClass } from '../../src/contract/roadNetwork.ts';
import { roundTo2 } from './allocate.ts';
import { nearestTown, resolveWaypoint, type County } from './county.ts';
import { curvedPath, insideRange } from './curves.ts';
import { chainageText, projectNote, type SegmentDraft } from './drafts.ts';
import { distanceKm, nearestVertexIndex, pathLengthKm, type PointKm } from './plane.ts';
import type { Random } from './random.ts';
import type { RouteSource, SampleCountySource, StretchSource } from './source.ts';

/** A route as drawn: the whole line inside the county and where its chainage starts. */
export interface DrawnRoute {
  id: string;
  route?: string;
  roadClass: RoadClass;
  path: PointKm[];
  startChainageKm: number;
}

/** Vertex indices where the stretches end on the whole route line. */
function stretchEnds(route: RouteSource, county: County, path: readonly PointKm[]): number[] {
  const ends: number[] = [];
  let from = 0;
  route.stretches.forEach((stretch, index) => {
    const last = index === route.stretches.length - 1;
    from = last
      ? path.length - 1
      : nearestVertexIndex(path, resolveWaypoint(county, stretch.to), from);
    ends.push(from);
  });
  return ends;
}

/** Splits a path into about equal pieces of about `sectionKm`, at vertices. */
function sections(path: readonly PointKm[], sectionKm: number): PointKm[][] {
  const totalKm = pathLengthKm(path);
  const count = Math.max(1, Math.min(Math.round(totalKm / sectionKm), path.length - 1));
  const pieces: PointKm[][] = [];
  let start = 0;
  let travelledKm = 0;
  let index = 0;
  for (let piece = 1; piece < count; piece++) {
    const targetKm = (totalKm * piece) / count;
    while (index < path.length - 2 && travelledKm < targetKm) {
      travelledKm += distanceKm(path[index] as PointKm, path[index + 1] as PointKm);
      index++;
    }
    if (index > start) {
      pieces.push(path.slice(start, index + 1));
      start = index;
    }
  }
  pieces.push(path.slice(start));
  return pieces;
}

function townsAlong(county: County, path: readonly PointKm[]): string[] {
  const names: string[] = [];
  for (const point of path) {
    const name = nearestTown(county, point).name;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function sectionDraft(
  source: SampleCountySource,
  county: County,
  route: RouteSource,
  stretch: StretchSource,
  path: PointKm[],
  serial: number,
  chainageKm: number,
  random: Random,
): SegmentDraft {
  const project = source.projects.find((candidate) => candidate.name === stretch.project);
  if (stretch.project && !project) throw new Error(`unknown project: ${stretch.project}`);
  const lengthKm = roundTo2(pathLengthKm(path));
  const share = stretch.completed_share;
  const completedShare = typeof share === 'number' ? share : share && random.between(...share);
  return {
    path,
    properties: {
      id: `${route.id}-${String(serial).padStart(2, '0')}`,
      route: route.route,
      name: stretch.name,
      class: route.class,
      status: stretch.status,
      project: project?.name,
      towns: stretch.towns ?? townsAlong(county, path),
      year: project?.year,
      length_km: lengthKm,
      completed_km: completedShare === undefined ? undefined : roundTo2(completedShare * lengthKm),
      start_chainage: route.route === undefined ? undefined : chainageText(chainageKm),
      updated: stretch.updated ?? project?.updated ?? source.survey_date,
      note: projectNote(project, stretch.note),
    },
  };
}

/**
 * Draws every route of the source. Returns the segment drafts and the drawn routes (for
 * features placed along them, such as a bridge at a chainage).
 */
export function buildRoutes(
  source: SampleCountySource,
  county: County,
  random: Random,
): { drafts: SegmentDraft[]; routes: DrawnRoute[] } {
  const drafts: SegmentDraft[] = [];
  const routes: DrawnRoute[] = [];
  for (const route of source.routes) {
    const routeRandom = random.fork(`route:${route.id}`);
    const style = source.curve_styles[route.class];
    const waypoints = [route.from, ...route.stretches.flatMap((s) => [...(s.via ?? []), s.to])];
    const whole = curvedPath(
      waypoints.map((waypoint) => resolveWaypoint(county, waypoint)),
      routeRandom,
      {
        wiggleKm: style.wiggle_km,
        controlSpacingKm: style.control_spacing_km,
        vertexSpacingKm: style.vertex_spacing_km,
      },
    );
    const ends = stretchEnds(route, county, whole);
    const [first, last] = insideRange(whole, county.boundary);
    const startChainageKm = route.start_chainage_km ?? 0;
    routes.push({
      id: route.id,
      route: route.route,
      roadClass: route.class,
      path: whole.slice(first, last + 1),
      startChainageKm,
    });
    let stretchStart = 0;
    let serial = 1;
    route.stretches.forEach((stretch, index) => {
      const from = Math.max(stretchStart, first);
      const to = Math.min(ends[index] as number, last);
      stretchStart = ends[index] as number;
      if (to - from < 1) return;
      let chainageKm = startChainageKm + pathLengthKm(whole.slice(first, from + 1));
      for (const piece of sections(whole.slice(from, to + 1), style.section_km)) {
        drafts.push(
          sectionDraft(source, county, route, stretch, piece, serial++, chainageKm, routeRandom),
        );
        chainageKm += pathLengthKm(piece);
      }
    });
  }
  return { drafts, routes };
}
