/**
 * The Roadboard data contract, version 1: the vocabulary a dataset may use and the shape of a
 * validated network. `data/README.md` and `data/roadboard.schema.json` describe the same contract
 * for people and for other tools; this module is what the code checks against.
 */
import type { LineString, MultiLineString, Point } from 'geojson';

/** Administrative road classes (行政等级), from the widest road to the thinnest. */
export const ROAD_CLASSES = [
  'expressway',
  'national',
  'provincial',
  'county',
  'township',
  'village',
  'other',
] as const;
export type RoadClass = (typeof ROAD_CLASSES)[number];

/** Build statuses (建设状态), in the order a project goes through them. */
export const BUILD_STATUSES = [
  'existing',
  'planned',
  'preliminary',
  'construction',
  'completed',
  'open',
] as const;
export type BuildStatus = (typeof BUILD_STATUSES)[number];

/** Kinds of point features (bridges, transport service stations, mooring areas). */
export const POINT_KINDS = ['bridge', 'station', 'mooring', 'other'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/**
 * Kinds of work a project does (工程类别): `road` builds, rebuilds, upgrades, hardens or
 * connects the road itself (新建, 改建, 提档升级, 硬化, 畅通); `guard` installs safety guards
 * on a road that is there (安防, 生命安全防护); `bridge` rebuilds a bridge (危桥改造);
 * `facility` builds a station or a mooring area. Only `road` work counts as road built.
 */
export const WORK_TYPES = ['road', 'guard', 'bridge', 'facility'] as const;
export type WorkType = (typeof WORK_TYPES)[number];

/** Statuses whose segments count as fully built when `completed_km` is absent. */
export const BUILT_STATUSES: readonly BuildStatus[] = ['completed', 'open'];

/** Properties of a road segment after validation: the contract's names, normalised types. */
export interface RoadSegmentProperties {
  id: string;
  route?: string;
  name?: string;
  class: RoadClass;
  status: BuildStatus;
  project?: string;
  /**
   * What the project does on the segment; absent for the network outside projects, whose
   * built length counts as road.
   */
  work?: WorkType;
  /** 乡镇 served; always an array after validation (a single string is accepted on input). */
  towns: string[];
  year?: number;
  /** Declared length (from the chainage survey); absent means "use the measured length". */
  length_km?: number;
  completed_km?: number;
  guard_required_km?: number;
  guard_km?: number;
  investment_wan?: number;
  start_chainage?: string;
  updated?: string;
  note?: string;
}

/** The segment properties in the contract's order (tables, normalised files, details). */
export const SEGMENT_PROPERTY_ORDER: readonly (keyof RoadSegmentProperties)[] = [
  'id',
  'route',
  'name',
  'class',
  'status',
  'project',
  'work',
  'towns',
  'year',
  'length_km',
  'completed_km',
  'guard_required_km',
  'guard_km',
  'investment_wan',
  'start_chainage',
  'updated',
  'note',
];

/** The contract's numeric segment properties: all finite and ≥ 0. */
export const NUMERIC_PROPERTIES = [
  'length_km',
  'completed_km',
  'guard_required_km',
  'guard_km',
  'investment_wan',
] as const;

export interface RoadSegment {
  geometry: LineString | MultiLineString;
  properties: RoadSegmentProperties;
  /** Ellipsoidal length of the geometry in km, where the validator has measured it already. */
  measuredKm?: number;
}

export interface PointFeatureProperties {
  id: string;
  kind: PointKind;
  name?: string;
  status: BuildStatus;
  project?: string;
  /** What the project does at the point; absent for a point outside projects. */
  work?: WorkType;
  year?: number;
  route?: string;
  chainage?: string;
}

/** The point properties in the contract's order. */
export const POINT_PROPERTY_ORDER: readonly (keyof PointFeatureProperties)[] = [
  'id',
  'kind',
  'name',
  'status',
  'project',
  'work',
  'year',
  'route',
  'chainage',
];

export interface PointFeature {
  geometry: Point;
  properties: PointFeatureProperties;
}

/** How bad a problem is: an error drops the feature (or the file), a warning keeps it. */
export type ProblemSeverity = 'error' | 'warning';

/**
 * One thing wrong with the input, precise enough for a person to find and fix it.
 * The sentence shown to the user is made from `code` and `params` in the UI language
 * (see `src/i18n/problems.ts`); the validator itself never produces display text.
 */
export interface Problem {
  severity: ProblemSeverity;
  /** A stable machine-readable code, e.g. `duplicate-id`, `unknown-class`. */
  code: string;
  /** Index of the feature in the input's `features` array; null for file-level problems. */
  featureIndex: number | null;
  /** The feature's `id` property where it has one. */
  featureId?: string;
  /** The property concerned, e.g. `completed_km`. */
  property?: string;
  /** Values the message refers to (the bad value, the expected range, …). */
  params: Record<string, string | number>;
}

/** What the validator returns: never throws for bad data. */
export interface ValidationResult {
  /** False when the input holds no usable road segment at all. */
  ok: boolean;
  segments: RoadSegment[];
  points: PointFeature[];
  errors: Problem[];
  warnings: Problem[];
}
