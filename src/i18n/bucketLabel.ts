/**
 * The display name of a legend entry in a colour mode.
 */
import type { ColorMode } from '../domain/types.ts';
import type { Strings } from './strings.ts';

/**
 * @example
 * bucketLabel(STRINGS.en, 'status', 'open'); // 'Open to traffic'
 */
export function bucketLabel(strings: Strings, mode: ColorMode, bucket: string): string {
  const table: Record<string, string> =
    mode === 'status'
      ? strings.statuses
      : mode === 'completion'
        ? strings.completionBuckets
        : strings.guardBuckets;
  return table[bucket] ?? bucket;
}
