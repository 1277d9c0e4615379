import { describe, expect, it } from 'vitest';
import { smallNetwork } from '../fixtures/domain/segments.ts';
import { bucketTotalsOf } from './segmentFigures.ts';

describe('legend counts (SegmentIndex.bucketTotals)', () => {
  const segments = smallNetwork();

  it('adds up to the whole network in every mode', () => {
    for (const mode of ['status', 'completion', 'guard'] as const) {
      const counts = bucketTotalsOf(segments, mode, () => true);
      const total = [...counts.values()].reduce((sum, group) => sum + group.segments, 0);
      expect(total, mode).toBe(segments.length);
    }
  });

  it('counts only what the filter keeps', () => {
    const counts = bucketTotalsOf(
      segments,
      'status',
      (item) => item.properties.status === 'completed',
    );
    expect([...counts.keys()]).toEqual(['completed']);
  });

  it('keys guard buckets so that not required and not assessed stay apart from 0 %', () => {
    const keys = new Set(bucketTotalsOf(segments, 'guard', () => true).keys());
    for (const key of keys) {
      expect(['none', 'low', 'partial', 'most', 'full', 'not-required', 'not-assessed']).toContain(
        key,
      );
    }
  });
});
