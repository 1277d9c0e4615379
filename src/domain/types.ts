/**
 * Shapes shared by measurement, statistics, styling and drawing. Pure data, no behaviour.
 */
import type {
  BuildStatus,
  PointKind,
  RoadClass,
  RoadSegmentProperties,
  WorkType,
} from '../contract/roadNetwork.ts';

/**
 * Completion buckets used by the legend, the colours and the filters. `not-in-project` is the
 * existing network outside any project: built long ago, so neither 0 % nor 100 % of anything.
 */
export const COMPLETION_BUCKETS = [
  'none',
  'started',
  'half',
  'most',
  'done',
  'not-in-project',
] as const;
export type CompletionBucket = (typeof COMPLETION_BUCKETS)[number];

/**
 * Safety-guard coverage buckets. `not-required` (nothing hazardous) and `not-assessed`
 * (no survey figures) are different from a 0 % coverage (`none`).
 */
export const GUARD_BUCKETS = [
  'none',
  'low',
  'partial',
  'most',
  'full',
  'not-required',
  'not-assessed',
] as const;
export type GuardBucket = (typeof GUARD_BUCKETS)[number];

/** The three colour modes of the map. */
export const COLOR_MODES = ['status', 'completion', 'guard'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** A validated segment with every figure the app shows, computed once at load. */
export interface MeasuredSegment {
  /** Position in the dataset; also the MapLibre feature id (an integer, for feature-state). */
  index: number;
  properties: RoadSegmentProperties;
  /** Ellipsoidal (WGS 84) length of the geometry in km. */
  measuredKm: number;
  /** Declared `length_km` where given, else the measured length. */
  lengthKm: number;
  /** Completed length in km, 0…lengthKm. */
  completedKm: number;
  /** completedKm ÷ lengthKm, 0…1 (0 for a zero-length segment). */
  completionRatio: number;
  completionBucket: CompletionBucket;
  /** Hazardous length needing protection; null when not assessed. */
  guardRequiredKm: number | null;
  /** Length protected; 0 when absent. */
  guardKm: number;
  /** guardKm ÷ guardRequiredKm clamped to 0…1; null when not required or not assessed. */
  guardRatio: number | null;
  guardBucket: GuardBucket;
  /** Where a progress sheet cut the segment, for a piece it cut; absent for a whole segment. */
  stretch?: StretchSource;
}

/**
 * A piece of a segment cut where progress rows start and end (and where their built part
 * ends): its chainage range, the stretch between two row ends it belongs to, and the row that
 * gives its figures as of the latest date (null where no row has reported yet).
 */
export interface StretchSource {
  /** The piece's chainage range in km; its declared length is `toKm − fromKm`. */
  fromKm: number;
  toKm: number;
  /** The stretch the piece belongs to: the part of its segment between two row ends. */
  stretchFromKm: number;
  stretchToKm: number;
  /** The segment the piece was cut from: its position in the network as opened. */
  segmentIndex: number;
  /** The sheet row giving the piece's latest figures: file name, sheet name, row number from 1. */
  source: { file: string; sheet: string; row: number } | null;
}

/**
 * Totals for one group of segments (a class, a status, a project …). `completedKm` is road
 * built (road work and the network outside projects), except in `NetworkSummary.byWork`,
 * where it is the completed length of that work.
 */
export interface GroupTotals {
  segments: number;
  lengthKm: number;
  completedKm: number;
}

/** The statistics of the segments a filter keeps. */
export interface NetworkSummary {
  segments: number;
  lengthKm: number;
  /** Length of road work in projects (`project` set, `work` road): guard work is not in it. */
  projectKm: number;
  /** Road built: completed length of road work and of segments outside projects. */
  completedKm: number;
  /** Road built ÷ projectKm of road work in projects, 0…1; null when there is none. */
  completionRatio: number | null;
  guardRequiredKm: number;
  guardKm: number;
  /** guardKm ÷ guardRequiredKm, 0…1; null when nothing needs protection. */
  guardCoverageRatio: number | null;
  byClass: Partial<Record<RoadClass, GroupTotals>>;
  byStatus: Partial<Record<BuildStatus, GroupTotals>>;
  byProject: Record<string, GroupTotals>;
  /** Segments by work type; `completedKm` is the length where that work is done. */
  byWork: Partial<Record<WorkType, GroupTotals>>;
  /** Towns served by the kept segments (distinct names). */
  towns: string[];
  /** km by class × status: `classStatusKm[class][status]`. */
  classStatusKm: Partial<Record<RoadClass, Partial<Record<BuildStatus, number>>>>;
}

/** The point features of one kind: how many, and how many in each build status. */
export interface PointKindTotals {
  count: number;
  byStatus: Partial<Record<BuildStatus, number>>;
}

/** The statistics of the point features a filter keeps (bridges, stations, mooring areas). */
export interface PointSummary {
  points: number;
  byKind: Partial<Record<PointKind, PointKindTotals>>;
  /** Points by work type (points outside projects have none and are not here). */
  byWork: Partial<Record<WorkType, PointKindTotals>>;
  /** Bridge work finished (`completed` or `open`): bridges rebuilt. */
  bridgesRebuilt: number;
  /** Facility work finished: stations and mooring areas built or rebuilt. */
  facilitiesBuilt: number;
}

/** What the user filters on. Empty or absent arrays keep everything. */
export interface FilterState {
  classes?: RoadClass[];
  statuses?: BuildStatus[];
  towns?: string[];
  projects?: string[];
  years?: number[];
}
