/**
 * The legend's entries for each colour mode, in display order, and their colours: the same
 * colours the road expressions draw (both read the palette).
 */
import { BUILD_STATUSES } from '../contract/roadNetwork.ts';
import { COMPLETION_BUCKETS, GUARD_BUCKETS, type ColorMode } from '../domain/types.ts';
import type { Palette } from './palette.ts';

/**
 * The bucket keys of a mode in display order: the statuses from existing to open, completion
 * from 0 % to 100 %, guard coverage from 0 % to full, then "not required" and "not assessed".
 *
 * @example
 * legendBuckets('completion'); // ['none', 'started', 'half', 'most', 'done']
 */
export function legendBuckets(mode: ColorMode): readonly string[] {
  if (mode === 'status') return BUILD_STATUSES;
  if (mode === 'completion') return COMPLETION_BUCKETS;
  return GUARD_BUCKETS;
}

/**
 * The colour of a bucket in a mode, as a CSS colour. An unknown key gets the colour the road
 * expressions give unknown values (the mode's fallback).
 *
 * @example
 * bucketColor('status', 'construction', palette); // palette.status.construction
 */
export function bucketColor(mode: ColorMode, key: string, palette: Palette): string {
  if (mode === 'status') return lookup(palette.status, key) ?? palette.status.existing;
  if (mode === 'completion') return lookup(palette.completion, key) ?? palette.completion.none;
  return lookup(palette.guard, key) ?? palette.guard['not-assessed'];
}

function lookup(colors: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(colors, key) ? colors[key] : undefined;
}
