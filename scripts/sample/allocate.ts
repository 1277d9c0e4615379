/**
 * Exact sharing of whole amounts: kilometres in hundredths, money in whole 万元, villages among
 * towns. Shares follow the weights and always add up to the total exactly.
 */
import type { Random } from './random.ts';

/**
 * Splits a whole-number total into whole-number shares proportional to the weights, by the
 * largest-remainder rule (ties go to the earlier share). The shares sum to `total` exactly.
 *
 * @example
 * allocateWhole(10, [1, 1, 1]); // [4, 3, 3]
 */
export function allocateWhole(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0) return [];
  if (weightSum <= 0)
    return allocateWhole(
      total,
      weights.map(() => 1),
    );
  const exact = weights.map((weight) => (total * weight) / weightSum);
  const shares = exact.map((value) => Math.floor(value));
  let left = total - shares.reduce((sum, share) => sum + share, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] = (shares[index] as number) + 1;
    left--;
  }
  return shares;
}

/**
 * Splits a length given in km into `count` random lengths of 2 decimals within about `rangeKm`
 * (drawn, then scaled to fit) that add up to the total exactly, in hundredths of a km.
 *
 * @example
 * splitLengthKm(314, 130, random, [1.4, 3.6]).reduce((a, b) => a + Math.round(b * 100), 0); // 31400
 */
export function splitLengthKm(
  totalKm: number,
  count: number,
  random: Random,
  rangeKm: readonly [number, number],
): number[] {
  const weights = Array.from({ length: count }, () => random.between(rangeKm[0], rangeKm[1]));
  return allocateWhole(Math.round(totalKm * 100), weights).map((hundredths) => hundredths / 100);
}

/**
 * Spreads `count` items over `bins` bins as evenly as possible; which bins get one more is
 * random. Returns how many items each bin gets.
 *
 * @example
 * spreadEvenly(130, 24, random); // ten 6s and fourteen 5s, in a random order
 */
export function spreadEvenly(count: number, bins: number, random: Random): number[] {
  const base = Math.floor(count / bins);
  const extra = count - base * bins;
  const lucky = new Set(
    random.shuffled(Array.from({ length: bins }, (_, index) => index)).slice(0, extra),
  );
  return Array.from({ length: bins }, (_, index) => base + (lucky.has(index) ? 1 : 0));
}

/** A number rounded to 2 decimals (km in tables). */
export function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}
