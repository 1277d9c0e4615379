import type { LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { splitLine } from '../../src/domain/completedPart.ts';
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

/** The built part alone: what completion mode draws solid. */
const completedPart = (geometry: LineString | MultiLineString, ratio: number) =>
  splitLine(geometry, ratio).built;

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

describe('splitLine', () => {
  const lengthOf = (geometry: LineString | MultiLineString | null) =>
    geometry === null ? 0 : lineLengthKm(geometry);

  it('cuts a line in two pieces that meet at the cut and add up to the whole', () => {
    for (const ratio of [0.05, 0.4, 0.5, 0.93]) {
      const { built, unbuilt } = splitLine(ROAD, ratio) as {
        built: LineString;
        unbuilt: LineString;
      };
      expect(built.coordinates.at(-1)).toEqual(unbuilt.coordinates[0]);
      expect(built.coordinates[0]).toEqual(ROAD.coordinates[0]);
      expect(unbuilt.coordinates.at(-1)).toEqual(ROAD.coordinates.at(-1));
      expect(lengthOf(built) / lineLengthKm(ROAD)).toBeCloseTo(ratio, 8);
      expect((lengthOf(built) + lengthOf(unbuilt)) / lineLengthKm(ROAD)).toBeCloseTo(1, 8);
    }
  });

  it('does not repeat a vertex when the cut falls on one', () => {
    const [first, second] = ROAD.coordinates;
    const ratio =
      lineLengthKm({ type: 'LineString', coordinates: [first!, second!] }) / lineLengthKm(ROAD);
    const { unbuilt } = splitLine(ROAD, ratio) as { unbuilt: LineString };
    const starts = unbuilt.coordinates.slice(0, 2).map((position) => position.join());
    expect(new Set(starts).size).toBe(2);
  });

  it('walks a MultiLineString part after part', () => {
    const { built, unbuilt } = splitLine(TWO_PARTS, 0.8) as {
      built: MultiLineString;
      unbuilt: MultiLineString;
    };
    expect(built.type).toBe('MultiLineString');
    expect(built.coordinates).toHaveLength(2);
    expect(unbuilt.coordinates).toHaveLength(1);
    expect((lengthOf(built) + lengthOf(unbuilt)) / lineLengthKm(TWO_PARTS)).toBeCloseTo(1, 8);
    // A cut in the first part leaves the second whole to build.
    const early = splitLine(TWO_PARTS, 0.1) as { built: MultiLineString; unbuilt: MultiLineString };
    expect(early.built.coordinates).toHaveLength(1);
    expect(early.unbuilt.coordinates.at(-1)).toEqual(TWO_PARTS.coordinates[1]);
  });

  it('leaves nothing built at 0 and nothing to build at 1', () => {
    expect(splitLine(ROAD, 0)).toEqual({ built: null, unbuilt: ROAD });
    expect(splitLine(ROAD, Number.NaN)).toEqual({ built: null, unbuilt: ROAD });
    expect(splitLine(ROAD, 1)).toEqual({ built: ROAD, unbuilt: null });
  });
});
