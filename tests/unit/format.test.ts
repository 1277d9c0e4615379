import { describe, expect, it } from 'vitest';
import { completionBucket, guardBucket } from '../../src/domain/buckets.ts';
import { formatKm, formatPercent, formatWan } from '../../src/domain/format.ts';

describe('formatKm', () => {
  it.each([
    [62.92, '62.92'],
    [314, '314.00'],
    [313.99999999999994, '314.00'],
    [0.1 + 0.2, '0.30'],
    [1.005, '1.01'],
    [2.675, '2.68'],
    [3.8, '3.80'],
    [0, '0.00'],
    [-0.001, '0.00'],
    [-1.5, '-1.50'],
    [12345.678, '12345.68'],
    [Number.NaN, '–'],
  ])('%s → %s', (km, text) => {
    expect(formatKm(km)).toBe(text);
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0%'],
    [-0.2, '0%'],
    [0.1, '10%'],
    [0.29, '29%'],
    [0.4, '40%'],
    [0.839, '84%'],
    [0.835, '84%'],
    [0.834, '83%'],
    [0.496, '49.6%'],
    [0.499, '49.9%'],
    [0.49996, '49.9%'],
    [0.494, '49%'],
    [0.5, '50%'],
    [0.57, '57%'],
    [0.797, '79.7%'],
    [0.897, '89.7%'],
    [0.999999999999, '100%'],
    [1, '100%'],
    [1.3, '100%'],
    [0.004, '0.4%'],
    [0.0095, '1.0%'],
    [0.0001, '<0.1%'],
    [0.99, '99.0%'],
    [0.9995, '99.9%'],
    [0.99999, '99.9%'],
    [Number.POSITIVE_INFINITY, '–'],
  ])('%s → %s', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  it('never reads as a band above the one the ratio is in', () => {
    for (let tenth = 1; tenth < 1000; tenth++) {
      const ratio = tenth / 1000 - 0.00004;
      const shown = Number.parseFloat(formatPercent(ratio).replace('<', '')) / 100;
      const bucket = completionBucket(ratio);
      const shownBucket = completionBucket(shown);
      if (shown > 0) expect(shownBucket, `${ratio} → ${formatPercent(ratio)}`).toBe(bucket);
      const guard = guardBucket(1, ratio);
      if (shown > 0) expect(guardBucket(1, shown), `${ratio} guard`).toBe(guard);
    }
  });
});

describe('formatWan', () => {
  it.each([
    [3560, '3560 万元'],
    [86.5, '86.5 万元'],
    [0.125, '0.13 万元'],
    [9999.994, '9999.99 万元'],
    [9999.996, '1.00 亿元'],
    [10_000, '1.00 亿元'],
    [250_000, '25.00 亿元'],
    [248_765, '24.88 亿元'],
    [0, '0 万元'],
  ])('%s 万元 → %s', (wan, text) => {
    expect(formatWan(wan)).toBe(text);
  });

  it('takes other unit words', () => {
    expect(formatWan(250_000, { wan: '× 10k CNY', yi: '× 100M CNY' })).toBe('25.00 × 100M CNY');
  });
});
