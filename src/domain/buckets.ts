/**
 * Buckets of completion and safety-guard coverage: the bands the legend, the colours and the
 * statistics share. Each band is exported as data so a legend can print its range.
 */
import type { CompletionBucket, GuardBucket } from './types.ts';

/** Kilometres closer than this (1 µm) count as equal: 62.92 km of 62.92 km is full. */
export const KM_EPSILON = 1e-9;
/** Ratios closer than this count as equal (0 and 1 at the ends of the bands). */
export const RATIO_EPSILON = 1e-9;

/**
 * One band of a bucket scale. A ratio belongs to the band when
 * `fromRatio ≤ ratio < toRatio`; the `none` band holds exactly 0 and the top band exactly 1
 * (within {@link RATIO_EPSILON}). `rangeLabel` is the range in whole percent as the legend
 * prints it. {@link ./format.ts formatPercent} rounds to the nearest percent but never up to a
 * band's start, so a figure reads as inside its band (49.7 % is "49.7%", not "50%").
 */
export interface RatioBand<Bucket extends string> {
  bucket: Bucket;
  fromRatio: number;
  toRatio: number;
  rangeLabel: string;
}

/** Completion bands: 0 %, 1–49 %, 50–79 %, 80–99 %, 100 %. */
export const COMPLETION_BANDS: readonly RatioBand<CompletionBucket>[] = [
  { bucket: 'none', fromRatio: 0, toRatio: 0, rangeLabel: '0%' },
  { bucket: 'started', fromRatio: 0, toRatio: 0.5, rangeLabel: '1–49%' },
  { bucket: 'half', fromRatio: 0.5, toRatio: 0.8, rangeLabel: '50–79%' },
  { bucket: 'most', fromRatio: 0.8, toRatio: 1, rangeLabel: '80–99%' },
  { bucket: 'done', fromRatio: 1, toRatio: 1, rangeLabel: '100%' },
];

/** Guard-coverage bands: 0 %, under 50 %, 50–89 %, 90–99 %, 100 %. */
export const GUARD_BANDS: readonly RatioBand<GuardBucket>[] = [
  { bucket: 'none', fromRatio: 0, toRatio: 0, rangeLabel: '0%' },
  { bucket: 'low', fromRatio: 0, toRatio: 0.5, rangeLabel: '1–49%' },
  { bucket: 'partial', fromRatio: 0.5, toRatio: 0.9, rangeLabel: '50–89%' },
  { bucket: 'most', fromRatio: 0.9, toRatio: 1, rangeLabel: '90–99%' },
  { bucket: 'full', fromRatio: 1, toRatio: 1, rangeLabel: '100%' },
];

function bandOf<Bucket extends string>(bands: readonly RatioBand<Bucket>[], ratio: number): Bucket {
  const first = bands[0] as RatioBand<Bucket>;
  const last = bands[bands.length - 1] as RatioBand<Bucket>;
  if (!(ratio > RATIO_EPSILON)) return first.bucket;
  if (ratio >= 1 - RATIO_EPSILON) return last.bucket;
  for (let i = bands.length - 2; i > 0; i--) {
    const band = bands[i] as RatioBand<Bucket>;
    if (ratio >= band.fromRatio - RATIO_EPSILON) return band.bucket;
  }
  return (bands[1] as RatioBand<Bucket>).bucket;
}

/**
 * The completion bucket of a completed ÷ length ratio (NaN counts as 0).
 *
 * @example
 * completionBucket(0.4); // 'started'
 * completionBucket(0.999_999_999_9); // 'done'
 */
export function completionBucket(ratio: number): CompletionBucket {
  return bandOf(COMPLETION_BANDS, ratio);
}

/**
 * Guard coverage guarded ÷ required, clamped to 0…1; null when nothing needs protection
 * (`requiredKm` 0) or the need was never assessed (`requiredKm` null). A guard within
 * {@link KM_EPSILON} of the requirement gives exactly 1.
 *
 * @example
 * guardRatio(62.92, 62.92); // 1
 * guardRatio(10, 4); // 0.4
 * guardRatio(0, 0); // null
 */
export function guardRatio(requiredKm: number | null, guardKm: number): number | null {
  if (requiredKm === null || !(requiredKm > KM_EPSILON)) return null;
  if (guardKm >= requiredKm - KM_EPSILON) return 1;
  return guardKm > 0 ? guardKm / requiredKm : 0;
}

/**
 * The guard-coverage bucket of a segment. `requiredKm` null means not assessed, 0 means no
 * hazardous length (not required) — both different from a 0 % coverage (`none`).
 *
 * @example
 * guardBucket(62.92, 62.92); // 'full'
 * guardBucket(10, 0); // 'none'
 * guardBucket(0, 0); // 'not-required'
 * guardBucket(null, 0); // 'not-assessed'
 */
export function guardBucket(requiredKm: number | null, guardKm: number): GuardBucket {
  if (requiredKm === null) return 'not-assessed';
  const ratio = guardRatio(requiredKm, guardKm);
  if (ratio === null) return 'not-required';
  if (guardKm <= KM_EPSILON) return 'none';
  return bandOf(GUARD_BANDS, ratio);
}
