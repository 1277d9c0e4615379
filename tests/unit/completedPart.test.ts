import type { LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { completedPart } from '../../src/domain/completedPart.ts';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';
import { ROAD_LINES } from '../fixtures/domain/roadLines.ts';

const ROAD: LineString = {
  type: 'LineString',
  coordinates: [
    [105, 30],
    [105.01, 30.005],
    [105.015, 30.02],
    [105.04, 30.021],
  ],
};

const TWO_PARTS: MultiLineString = {
  type: 'MultiLineString',
  coordinates: [
    [
      [105, 30],
      [105.01, 30],
    ],
    [
      [105.02, 30],
      [105.02, 30.01],
      [105.03, 30.01],
    ],
  ],
};

function partRatio(geometry: LineString | MultiLineString, ratio: number): number {
  const part = completedPart(geometry, ratio);
  return part === null ? 0 : lineLengthKm(part) / lineLengthKm(geometry);
}

describe('completedPart', () => {
  it('cuts 40 % of a line to 40 % of its length', () => {
    expect(Math.abs(partRatio(ROAD, 0.4) - 0.4)).toBeLessThan(1e-6);
  });

  it('keeps the start and the vertices before the cut', () => {
    const part = completedPart(ROAD, 0.4) as LineString;
    expect(part.type).toBe('LineString');
    expect(part.coordinates.slice(0, -1)).toEqual(
      ROAD.coordinates.slice(0, part.coordinates.length - 1),
    );
  });

  it.each([0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999])('cuts every fixture line at %s', (ratio) => {
    for (const { geometry } of ROAD_LINES) {
      expect(Math.abs(partRatio(geometry, ratio) - ratio)).toBeLessThan(1e-6);
    }
  });

  it('walks the parts of a MultiLineString in order', () => {
    const firstKm = lineLengthKm({ type: 'LineString', coordinates: TWO_PARTS.coordinates[0]! });
    const ratioInFirst = (firstKm / lineLengthKm(TWO_PARTS)) * 0.5;
    const inFirst = completedPart(TWO_PARTS, ratioInFirst) as MultiLineString;
    expect(inFirst.coordinates).toHaveLength(1);
    expect(inFirst.coordinates[0]![1]![0]).toBeCloseTo(105.005, 9);

    const inSecond = completedPart(TWO_PARTS, 0.8) as MultiLineString;
    expect(inSecond.type).toBe('MultiLineString');
    expect(inSecond.coordinates).toHaveLength(2);
    expect(inSecond.coordinates[0]).toEqual(TWO_PARTS.coordinates[0]);
    expect(Math.abs(partRatio(TWO_PARTS, 0.8) - 0.8)).toBeLessThan(1e-6);
  });

  it('is null for a ratio of 0 or less, or NaN', () => {
    expect(completedPart(ROAD, 0)).toBeNull();
    expect(completedPart(ROAD, -0.5)).toBeNull();
    expect(completedPart(ROAD, Number.NaN)).toBeNull();
  });

  it('is the geometry itself for a ratio of 1 or more', () => {
    expect(completedPart(ROAD, 1)).toBe(ROAD);
    expect(completedPart(TWO_PARTS, 1.5)).toBe(TWO_PARTS);
  });

  it('is null for a line of zero length', () => {
    const point: LineString = {
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105, 30],
      ],
    };
    expect(completedPart(point, 0.5)).toBeNull();
    expect(completedPart({ type: 'LineString', coordinates: [] }, 0.5)).toBeNull();
  });

  it('skips repeated positions and one-position parts', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105, 30],
        [105.01, 30],
        [105.01, 30],
        [105.02, 30],
      ],
    };
    expect(partRatio(line, 0.75)).toBeCloseTo(0.75, 9);
    const multi: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [
        [[104, 30]],
        [
          [105, 30],
          [105.01, 30],
        ],
      ],
    };
    expect((completedPart(multi, 0.5) as MultiLineString).coordinates).toHaveLength(1);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(TWO_PARTS);
    completedPart(TWO_PARTS, 0.6);
    expect(JSON.stringify(TWO_PARTS)).toBe(before);
  });
});
