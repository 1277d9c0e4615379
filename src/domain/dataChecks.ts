/**
 * Data checks (数据质量): the problems an analyst fixes before reporting, found over the
 * measured segments of a dataset and the problems its opening reported.
 *
 * - `length-mismatch`: the declared `length_km` and the measured (ellipsoidal) length differ by
 *   more than a share of the measured length (default 10 %).
 * - `chainage-overlap` / `chainage-gap`: on a route whose segments carry `start_chainage`,
 *   a segment starts before (overlap) or after (gap) the chainage the route reached, by more
 *   than a tolerance.
 * - `chainage-missing`: a segment without a readable `start_chainage` on a route whose other
 *   segments have one.
 * - `duplicate-id`: an id used by more than one feature. The validator keeps the first and skips
 *   the others, so these come from the opening's problems (and from the segments, where two
 *   share an id).
 * - `completed-over-length` / `guard-over-required`: `completed_km` above the length, `guard_km`
 *   above `guard_required_km`. Above the validator's rounding margin the feature is skipped when
 *   opened (its row comes from the opening's problems); within it, the row comes from the segment.
 */
import type { Problem } from '../contract/roadNetwork.ts';
import { parseChainageKm } from './chainage.ts';
import type { MeasuredSegment } from './types.ts';

export const DATA_CHECK_KINDS = [
  'length-mismatch',
  'chainage-overlap',
  'chainage-gap',
  'chainage-missing',
  'duplicate-id',
  'completed-over-length',
  'guard-over-required',
] as const;
export type DataCheckKind = (typeof DATA_CHECK_KINDS)[number];

/** One problem found. */
export interface DataCheck {
  kind: DataCheckKind;
  /** The segment concerned; null when its feature was skipped on opening (not on the map). */
  segmentIndex: number | null;
  /** The feature's id. */
  id: string;
  /** The route code, or '' where the feature has none. */
  route: string;
  /**
   * The figures the row speaks of, in km where named so: `declaredKm`, `measuredKm`,
   * `differenceShare` (0…1); `fromKm`, `reachedKm`, `otherId`; `completedKm`, `lengthKm`;
   * `guardKm`, `guardRequiredKm`; `featureIndex` (in the opened file).
   */
  params: Record<string, number | string>;
}

export interface DataCheckOptions {
  /** How far declared and measured lengths may differ, as a share of the measured (0.1: 10 %). */
  lengthShare?: number;
  /** How far a segment's start may be from the chainage its route reached before it counts, km. */
  chainageToleranceKm?: number;
}

/** The default share for `length-mismatch`: 10 %. */
export const DEFAULT_LENGTH_SHARE = 0.1;
/** Chainage breaks of up to 10 m are taken for rounding in the declared figures. */
export const DEFAULT_CHAINAGE_TOLERANCE_KM = 0.01;
/** A figure above its bound by up to a metre is rounding. */
const ROUNDING_KM = 0.001;

/**
 * The `length-mismatch` rows alone, by segment: `dataChecks` with no other kind, for following
 * a change of the share without finding the rest again.
 *
 * @example
 * lengthMismatches(segments, 0.2); // [{ kind: 'length-mismatch', segmentIndex: 12, … }]
 */
export function lengthMismatches(segments: readonly MeasuredSegment[], share: number): DataCheck[] {
  const found: DataCheck[] = [];
  addLengthMismatches(segments, share, found);
  return found;
}

function addLengthMismatches(
  segments: readonly MeasuredSegment[],
  share: number,
  found: DataCheck[],
): void {
  for (const segment of segments) {
    const declaredKm = segment.properties.length_km;
    const measuredKm = segment.measuredKm;
    if (declaredKm === undefined || !(measuredKm > 0)) continue;
    const differenceShare = Math.abs(declaredKm - measuredKm) / measuredKm;
    if (differenceShare <= share) continue;
    found.push({
      kind: 'length-mismatch',
      segmentIndex: segment.index,
      id: segment.properties.id,
      route: segment.properties.route ?? '',
      params: { declaredKm, measuredKm, differenceShare },
    });
  }
}

/** The length a segment covers on its route's chainage: declared, else measured. */
function chainageLengthKm(segment: MeasuredSegment): number {
  const declaredKm = segment.properties.length_km;
  return declaredKm !== undefined && declaredKm >= 0 ? declaredKm : segment.measuredKm;
}

function chainageProblems(
  segments: readonly MeasuredSegment[],
  toleranceKm: number,
  found: DataCheck[],
): void {
  const byRoute = new Map<string, MeasuredSegment[]>();
  for (const segment of segments) {
    const route = segment.properties.route?.trim();
    if (!route) continue;
    const members = byRoute.get(route);
    if (members) members.push(segment);
    else byRoute.set(route, [segment]);
  }
  for (const [route, members] of byRoute) {
    const placed: { segment: MeasuredSegment; fromKm: number }[] = [];
    const unplaced: MeasuredSegment[] = [];
    for (const segment of members) {
      const text = segment.properties.start_chainage;
      const fromKm = text === undefined ? undefined : parseChainageKm(text);
      if (fromKm === undefined) unplaced.push(segment);
      else placed.push({ segment, fromKm });
    }
    // A route chained by geometry has no declared chainage to miss or to overlap.
    if (placed.length === 0) continue;
    for (const segment of unplaced) {
      found.push({
        kind: 'chainage-missing',
        segmentIndex: segment.index,
        id: segment.properties.id,
        route,
        params: {},
      });
    }
    placed.sort((a, b) => a.fromKm - b.fromKm || a.segment.index - b.segment.index);
    let reachedKm = -Infinity;
    let reachedBy: MeasuredSegment | null = null;
    for (const { segment, fromKm } of placed) {
      if (reachedBy !== null) {
        const kind =
          fromKm < reachedKm - toleranceKm
            ? 'chainage-overlap'
            : fromKm > reachedKm + toleranceKm
              ? 'chainage-gap'
              : null;
        if (kind) {
          found.push({
            kind,
            segmentIndex: segment.index,
            id: segment.properties.id,
            route,
            params: { fromKm, reachedKm, otherId: reachedBy.properties.id },
          });
        }
      }
      const toKm = fromKm + chainageLengthKm(segment);
      if (toKm > reachedKm) {
        reachedKm = toKm;
        reachedBy = segment;
      }
    }
  }
}

function figureProblems(segments: readonly MeasuredSegment[], found: DataCheck[]): void {
  for (const segment of segments) {
    const { properties } = segment;
    const completedKm = properties.completed_km;
    if (completedKm !== undefined && completedKm > segment.lengthKm + ROUNDING_KM) {
      found.push({
        kind: 'completed-over-length',
        segmentIndex: segment.index,
        id: properties.id,
        route: properties.route ?? '',
        params: { completedKm, lengthKm: segment.lengthKm },
      });
    }
    const guardKm = properties.guard_km;
    const guardRequiredKm = properties.guard_required_km;
    if (
      guardKm !== undefined &&
      guardRequiredKm !== undefined &&
      guardKm > guardRequiredKm + ROUNDING_KM
    ) {
      found.push({
        kind: 'guard-over-required',
        segmentIndex: segment.index,
        id: properties.id,
        route: properties.route ?? '',
        params: { guardKm, guardRequiredKm },
      });
    }
  }
}

function duplicateIds(segments: readonly MeasuredSegment[], found: DataCheck[]): void {
  const firstById = new Map<string, MeasuredSegment>();
  for (const segment of segments) {
    const id = segment.properties.id;
    const first = firstById.get(id);
    if (first === undefined) {
      firstById.set(id, segment);
      continue;
    }
    found.push({
      kind: 'duplicate-id',
      segmentIndex: segment.index,
      id,
      route: segment.properties.route ?? '',
      params: { otherIndex: first.index },
    });
  }
}

/** The validator's codes that skip a feature and that a data check reports. */
const SKIPPED_KINDS: Partial<Record<string, DataCheckKind>> = {
  'duplicate-id': 'duplicate-id',
  'completed-exceeds-length': 'completed-over-length',
  'guard-exceeds-required': 'guard-over-required',
};

/**
 * Rows for features the opening skipped: a duplicate id points at the segment that kept the id
 * (the one on the map); the others have no segment.
 */
function skippedProblems(
  problems: readonly Problem[],
  segments: readonly MeasuredSegment[],
  found: DataCheck[],
): void {
  let indexById: Map<string, number> | null = null;
  for (const problem of problems) {
    const kind = SKIPPED_KINDS[problem.code];
    if (kind === undefined) continue;
    const id = problem.featureId ?? String(problem.params['value'] ?? '');
    let segmentIndex: number | null = null;
    if (kind === 'duplicate-id') {
      indexById ??= new Map(segments.map((segment) => [segment.properties.id, segment.index]));
      segmentIndex = indexById.get(id) ?? null;
    }
    const params: Record<string, number | string> = { ...problem.params };
    if (problem.featureIndex !== null) params['featureIndex'] = problem.featureIndex;
    found.push({ kind, segmentIndex, id, route: '', params });
  }
}

/**
 * Every data check over a dataset's measured segments and its opening's problems, in the order
 * of `DATA_CHECK_KINDS`, then by segment.
 *
 * @example
 * dataChecks(dataset.segments, dataset.errors, { lengthShare: 0.05 });
 * // [{ kind: 'length-mismatch', segmentIndex: 12, id: 'X085-02', route: 'X085',
 * //    params: { declaredKm: 3.2, measuredKm: 2.71, differenceShare: 0.18 } }, …]
 */
export function dataChecks(
  segments: readonly MeasuredSegment[],
  problems: readonly Problem[] = [],
  options: DataCheckOptions = {},
): DataCheck[] {
  const share = options.lengthShare ?? DEFAULT_LENGTH_SHARE;
  const toleranceKm = options.chainageToleranceKm ?? DEFAULT_CHAINAGE_TOLERANCE_KM;
  const found: DataCheck[] = [];
  addLengthMismatches(segments, share, found);
  chainageProblems(segments, toleranceKm, found);
  duplicateIds(segments, found);
  skippedProblems(problems, segments, found);
  figureProblems(segments, found);
  const rank = (check: DataCheck) => DATA_CHECK_KINDS.indexOf(check.kind);
  return found.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.segmentIndex ?? Infinity) - (b.segmentIndex ?? Infinity) ||
      a.id.localeCompare(b.id),
  );
}
