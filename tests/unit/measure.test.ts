import { describe, expect, it } from 'vitest';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';
import { guardRequiredKmOf, measureSegment, measureSegments } from '../../src/domain/measure.ts';
import { eastWestLine, segment } from '../fixtures/domain/segments.ts';

const measuredLineKm = lineLengthKm(eastWestLine());

describe('measureSegment lengths', () => {
  it('uses the declared length where given and keeps the measured one beside it', () => {
    const measured = measureSegment(segment({ id: 'a', length_km: 3.8 }), 7);
    expect(measured.index).toBe(7);
    expect(measured.lengthKm).toBe(3.8);
    expect(measured.measuredKm).toBeCloseTo(measuredLineKm, 12);
    expect(measured.measuredKm).toBeCloseTo(0.9597, 3);
  });

  it('falls back to the measured length', () => {
    const measured = measureSegment(segment({ id: 'a' }), 0);
    expect(measured.lengthKm).toBe(measured.measuredKm);
  });

  it('accepts a declared length of 0', () => {
    const measured = measureSegment(segment({ id: 'a', length_km: 0, status: 'open' }), 0);
    expect(measured).toMatchObject({ lengthKm: 0, completedKm: 0, completionRatio: 0 });
  });
});

describe('measureSegment completion', () => {
  it.each([
    ['existing', 0, 'not-in-project'],
    ['planned', 0, 'none'],
    ['preliminary', 0, 'none'],
    ['construction', 0, 'none'],
    ['completed', 1, 'done'],
    ['open', 1, 'done'],
  ] as const)('status %s without completed_km → ratio %s', (status, ratio, bucket) => {
    const measured = measureSegment(segment({ id: 'a', status, length_km: 5 }), 0);
    expect(measured.completedKm).toBe(ratio * 5);
    expect(measured.completionRatio).toBe(ratio);
    expect(measured.completionBucket).toBe(bucket);
  });

  it('uses completed_km and clamps it to 0…length', () => {
    const partial = measureSegment(
      segment({ id: 'a', status: 'construction', length_km: 5, completed_km: 2 }),
      0,
    );
    expect(partial).toMatchObject({ completedKm: 2, completionRatio: 0.4 });
    expect(partial.completionBucket).toBe('started');
    const over = measureSegment(segment({ id: 'b', length_km: 5, completed_km: 6 }), 0);
    expect(over).toMatchObject({ completedKm: 5, completionRatio: 1, completionBucket: 'done' });
    const negative = measureSegment(segment({ id: 'c', length_km: 5, completed_km: -1 }), 0);
    expect(negative).toMatchObject({ completedKm: 0, completionBucket: 'none' });
  });

  it('lets completed_km override the status (a completed road with a gap)', () => {
    const measured = measureSegment(
      segment({ id: 'a', status: 'completed', length_km: 10, completed_km: 9 }),
      0,
    );
    expect(measured.completionBucket).toBe('most');
  });
});

describe('measureSegment guard coverage', () => {
  it('is not assessed when neither figure is given', () => {
    const measured = measureSegment(segment({ id: 'a' }), 0);
    expect(measured).toMatchObject({
      guardRequiredKm: null,
      guardKm: 0,
      guardRatio: null,
      guardBucket: 'not-assessed',
    });
  });

  it('is not required when guard_required_km is 0', () => {
    const measured = measureSegment(segment({ id: 'a', guard_required_km: 0 }), 0);
    expect(measured).toMatchObject({
      guardRequiredKm: 0,
      guardRatio: null,
      guardBucket: 'not-required',
    });
  });

  it('is 0 % when required but nothing is guarded', () => {
    const measured = measureSegment(segment({ id: 'a', guard_required_km: 2 }), 0);
    expect(measured).toMatchObject({ guardKm: 0, guardRatio: 0, guardBucket: 'none' });
  });

  it('covers 62.92 of 62.92 km fully', () => {
    const measured = measureSegment(
      segment({ id: 'a', guard_required_km: 62.92, guard_km: 62.92 }),
      0,
    );
    expect(measured).toMatchObject({ guardRatio: 1, guardBucket: 'full' });
  });

  it('takes guard_km as the requirement when only guard_km is given', () => {
    expect(guardRequiredKmOf({ guard_km: 1.2 })).toBe(1.2);
    expect(guardRequiredKmOf({})).toBeNull();
    expect(guardRequiredKmOf({ guard_required_km: 3, guard_km: 1 })).toBe(3);
    const measured = measureSegment(segment({ id: 'a', guard_km: 1.2 }), 0);
    expect(measured).toMatchObject({ guardRequiredKm: 1.2, guardRatio: 1, guardBucket: 'full' });
  });

  it('caps the ratio at 1 when more is guarded than required', () => {
    const measured = measureSegment(segment({ id: 'a', guard_required_km: 1, guard_km: 1.5 }), 0);
    expect(measured).toMatchObject({ guardKm: 1.5, guardRatio: 1, guardBucket: 'full' });
  });
});

describe('measureSegments', () => {
  it('numbers the segments by their position', () => {
    const measured = measureSegments([segment({ id: 'a' }), segment({ id: 'b' })]);
    expect(measured.map((item) => [item.index, item.properties.id])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
  });
});
