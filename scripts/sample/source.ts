/**
 * The shape of `data/sample-county.source.json`: the readable description of the sample county
 * from which `scripts/build-sample.ts` draws the sample dataset. Positions are in km east and
 * north of the county seat; names and figures follow the seed document (see the file's notes).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BuildStatus, RoadClass, WorkType } from '../../src/contract/roadNetwork.ts';

/** A place a road passes: a town's (or the seat's) name, or [east_km, north_km]. */
export type Waypoint = string | [number, number];

/** A share of a length, or a range a share is drawn from. */
export type ShareRange = number | [number, number];

export interface TownSource {
  name: string;
  east_km: number;
  north_km: number;
  /** How many village roads (村道) to grow around the town, programme roads included. */
  village_roads: number;
  /** Villages the seed names in this town; more are invented. */
  villages?: string[];
}

export interface ProjectSource {
  name: string;
  /** What the project does; its features carry it as `work` unless they declare their own. */
  work: WorkType;
  year: number;
  /** 续建: started before 2023 (written at the start of each feature's note). */
  continuing: boolean;
  started?: string;
  /** The project's 2023 investment in 万元, shared among its segments by length. */
  investment_wan?: number;
  updated: string;
  note: string;
}

export interface CurveStyleSource {
  wiggle_km: number;
  control_spacing_km: number;
  vertex_spacing_km: number;
  /** Typical length of one surveyed section (one segment), in km. */
  section_km: number;
}

export interface StretchSource {
  to: Waypoint;
  via?: Waypoint[];
  name: string;
  status: BuildStatus;
  project?: string;
  /** Share of each section already built (status `construction`). */
  completed_share?: ShareRange;
  towns?: string[];
  updated?: string;
  note?: string;
}

export interface RouteSource {
  /** Prefix of the segment ids, e.g. `G247` → `G247-01`. */
  id: string;
  route?: string;
  class: RoadClass;
  start_chainage_km?: number;
  from: Waypoint;
  stretches: StretchSource[];
}

export interface VillageRoadSource {
  step_km: number;
  plain_length_km: [number, number];
  /** Shares of the other village roads: hazards partly guarded, hazards unguarded, no hazard. */
  hazards: { partial: number; unguarded: number; not_required: number };
  merged_villages: {
    project: string;
    total_km: number;
    villages: number;
    length_km: [number, number];
  };
  natural_villages: {
    project: string;
    total_km: number;
    groups: number;
    towns: string[];
    length_km: [number, number];
  };
  safety_guard: {
    project: string;
    total_km: number;
    segments: number;
    guard_share: [number, number];
  };
  happy_road: {
    project: string;
    name: string;
    from_town: string;
    to_town: string;
    length_km: number;
  };
}

export interface PointsSource {
  bridges: { project: string; towns: string[]; names: string[] };
  stations: { project: string; towns: string[] };
  bus_stations: { towns: string[]; note: string };
  mooring: { project: string; town: string; name: string };
  route_bridges: {
    route_id: string;
    name: string;
    share: number;
    status: BuildStatus;
    project: string;
    /** The bridge's own work, where it differs from its project's. */
    work?: WorkType;
  }[];
}

export interface SampleCountySource {
  name: string;
  note: string;
  seed: number;
  /** Date of the survey behind the existing network. */
  survey_date: string;
  seat: { name: string; longitude: number; latitude: number; urban_radius_km: number };
  boundary: {
    name: string;
    area_km2: number;
    levels: number;
    roughness: number;
    outline_km: [number, number][];
  };
  rivers: { name: string; wiggle_km: number; points_km: [number, number][] }[];
  towns: TownSource[];
  projects: ProjectSource[];
  curve_styles: Record<RoadClass, CurveStyleSource>;
  routes: RouteSource[];
  village_roads: VillageRoadSource;
  points: PointsSource;
}

/** Where the description lives in this repository. */
export const SAMPLE_SOURCE_PATH = fileURLToPath(
  new URL('../../data/sample-county.source.json', import.meta.url),
);

/** Reads and parses the description (trusted: it lives in this repository). */
export function readSampleSource(path: string = SAMPLE_SOURCE_PATH): SampleCountySource {
  return JSON.parse(readFileSync(path, 'utf8')) as SampleCountySource;
}
