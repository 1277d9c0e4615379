import { describe, expect, it } from 'vitest';
import {
  COMPLETION_BANDS,
  GUARD_BANDS,
  completionBucket,
  guardBucket,
  guardRatio,
} from '../../src/domain/buckets.ts';
import { COMPLETION_BUCKETS, GUARD_BUCKETS } from '../../src/domain/types.ts';

describe('completionBucket', () => {
  it.each([
    [0, 'none'],
    [-0.1, 'none'],
    [Number.NaN, 'none'],
    [1e-12, 'none'],
    [0.001, 'started'],
    [0.4, 'started'],
    [0.4999, 'started'],
    [0.5, 'half'],
    [0.49999999999, 'half'],
    [0.79, 'half'],
    [0.8, 'most'],
    [0.999, 'most'],
    [0.9999999999, 'done'],
    [1, 'done'],
    [1.2, 'done'],
  ] as const)('%s → %s', (ratio, bucket) => {
    expect(completionBucket(ratio)).toBe(bucket);
  });
});

describe('guardBucket', () => {
  it.each([
    [null, 0, 'not-assessed'],
    [null, 3, 'not-assessed'],
    [0, 0, 'not-required'],
    [0, 1, 'not-required'],
    [10, 0, 'none'],
    [10, 0.1, 'low'],
    [10, 4.99, 'low'],
    [10, 5, 'partial'],
    [10, 8.99, 'partial'],
    [10, 9, 'most'],
    [10, 9.99, 'most'],
    [10, 10, 'full'],
    [10, 12, 'full'],
    [62.92, 62.92, 'full'],
    [62.92, 0.1 + 62.82, 'full'],
  ] as const)('required %s, guarded %s → %s', (requiredKm, guardKm, bucket) => {
    expect(guardBucket(requiredKm, guardKm)).toBe(bucket);
  });

  it('gives a coverage of exactly 1 for floating-point sums equal to the requirement', () => {
    const summedKm = [10.1, 20.2, 32.62].reduce((sum, km) => sum + km, 0);
    expect(summedKm).not.toBe(62.92);
    expect(guardRatio(62.92, summedKm)).toBe(1);
    expect(guardRatio(10, 4)).toBe(0.4);
    expect(guardRatio(10, 15)).toBe(1);
    expect(guardRatio(0, 0)).toBeNull();
    expect(guardRatio(null, 1)).toBeNull();
  });
});

describe('bands', () => {
  it('list every bucket once, in the order of the shared bucket lists', () => {
    expect(COMPLETION_BANDS.map((band) => band.bucket)).toEqual(COMPLETION_BUCKETS.slice(0, 5));
    expect(GUARD_BANDS.map((band) => band.bucket)).toEqual(GUARD_BUCKETS.slice(0, 5));
  });

  it('tile 0…1 without gaps', () => {
    for (const bands of [COMPLETION_BANDS, GUARD_BANDS]) {
      for (let i = 2; i < bands.length; i++) {
        expect(bands[i]!.fromRatio).toBe(bands[i - 1]!.toRatio);
      }
      expect(bands[0]!.fromRatio).toBe(0);
      expect(bands.at(-1)!.toRatio).toBe(1);
    }
  });

  it('print their ranges', () => {
    expect(COMPLETION_BANDS.map((band) => band.rangeLabel)).toEqual([
      '0%',
      '1–49%',
      '50–79%',
      '80–99%',
      '100%',
    ]);
    expect(GUARD_BANDS.map((band) => band.rangeLabel)).toEqual([
      '0%',
      '1–49%',
      '50–89%',
      '90–99%',
      '100%',
    ]);
  });

  it('put each band’s lower bound in that band', () => {
    for (const band of COMPLETION_BANDS.slice(2)) {
      expect(completionBucket(band.fromRatio)).toBe(band.bucket);
    }
    for (const band of GUARD_BANDS.slice(2)) {
      expect(guardBucket(100, band.fromRatio * 100)).toBe(band.bucket);
    }
  });
});
