import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { pathLengthKm } from '../../src/domain/geodesicLength.ts';
import { fractionAlong, hoverChainage, hoverChainageKm } from '../../src/domain/hoverChainage.ts';
import type { MeasuredSegment } from '../../src/domain/types.ts';

/** A straight east-west line near the sample county, about 10 km long. */
const LINE: Position[] = [
  [108.0, 27.5],
  [108.05, 27.5],
  [108.1013, 27.5],
];
const MEASURED_KM = pathLengthKm(LINE);

function segment(
  overrides: Partial<MeasuredSegment> = {},
  startChainage?: string,
): MeasuredSegment {
  return {
    index: 0,
    properties: {
      id: 'X001-1',
      route: 'X001',
      class: 'county',
      status: 'construction',
      towns: [],
      ...(startChainage === undefined ? {} : { start_chainage: startChainage }),
    },
    measuredKm: MEASURED_KM,
    lengthKm: 10,
    completedKm: 0,
    completionRatio: 0,
    completionBucket: 'none',
    guardRequiredKm: null,
    guardKm: 0,
    guardRatio: null,
    guardBucket: 'not-assessed',
    ...overrides,
  };
}

/** The point a share of the way along LINE (it is straight, so linear in longitude). */
function at(share: number): Position {
  return [108.0 + share * (108.1013 - 108.0), 27.5001];
}

describe('fractionAlong', () => {
  it('finds the share of the length to the nearest point of the line', () => {
    expect(
      fractionAlong(
        [
          [0, 0],
          [0.01, 0],
        ],
        [0.0025, 0.001],
      ),
    ).toBeCloseTo(0.25, 6);
    expect(fractionAlong(LINE, at(0.6))).toBeCloseTo(0.6, 3);
    expect(fractionAlong(LINE, [107, 27.5])).toBe(0);
    expect(fractionAlong(LINE, [109, 27.5])).toBe(1);
  });
});

describe('hoverChainage', () => {
  it('adds the distance along the segment to its start chainage', () => {
    const road = segment({}, 'K12+000');
    expect(hoverChainageKm(road, { piece: 'whole', coordinates: LINE }, at(0.25))).toBeCloseTo(
      14.5,
      2,
    );
    expect(hoverChainage(road, { piece: 'whole', coordinates: LINE }, at(0.5))).toBe('K17+000');
  });

  it('places the unbuilt piece of a partly built road after the built one', () => {
    const road = segment({ completionRatio: 0.4, completedKm: 4 }, 'K0+000');
    const split = 0.4 * (108.1013 - 108.0) + 108.0;
    const built: Position[] = [LINE[0]!, [split, 27.5]];
    const unbuilt: Position[] = [[split, 27.5], LINE[1]!, LINE[2]!];
    expect(hoverChainage(road, { piece: 'built', coordinates: built }, at(0.2))).toBe('K2+000');
    expect(hoverChainage(road, { piece: 'unbuilt', coordinates: unbuilt }, at(0.7))).toBe('K7+000');
  });

  it('is unknown without a start chainage or where the drawn line is cut (a tile edge)', () => {
    const whole = { piece: 'whole' as const, coordinates: LINE };
    expect(hoverChainage(segment(), whole, at(0.5))).toBeUndefined();
    const cut = { piece: 'whole' as const, coordinates: [LINE[0]!, LINE[1]!] };
    expect(hoverChainage(segment({}, 'K1+000'), cut, at(0.2))).toBeUndefined();
  });
});
