import { describe, expect, it } from 'vitest';
import { joinProgress, progressAsOf, type ProgressRow } from '../../src/domain/progressAsOf.ts';
import { buildRouteChainageIndex } from '../../src/domain/routeChainage.ts';
import { east, own, segment } from './chainageJoinHelpers.ts';

/** S209 K0+000–K2+000 in two segments of 1 km, G247 K10+000–K12+000 in one of 2 km. */
const index = buildRouteChainageIndex([
  segment('S209', east(105, 105.01), 'K0+000', 1),
  segment('S209', east(105.01, 105.02), 'K1+000', 1),
  segment('G247', east(105.1, 105.12), 'K10+000', 2),
]);
const segments = [own(1), own(1, 'construction', 0.4), own(2, 'completed', 2)];

function totalKm(pieces: Map<number, { lengthKm: number }[]>, untouched: number[]): number {
  let sumKm = 0;
  for (const list of pieces.values()) for (const piece of list) sumKm += piece.lengthKm;
  for (const segmentIndex of untouched) sumKm += segments[segmentIndex]?.lengthKm ?? 0;
  return sumKm;
}

describe('joinProgress', () => {
  const rows: ProgressRow[] = [
    {
      route: 'S209',
      fromKm: 0.5,
      toKm: 1.5,
      status: 'construction',
      completedKm: 0.7,
      updated: '2023-03-31',
    },
    { route: 'S209', fromKm: 0.5, toKm: 1.5, status: 'completed', updated: '2023-09-30' },
    { route: 'S209', fromKm: 1.5, toKm: 3, status: 'open', updated: '2023-01-31' },
    { route: 'X999', fromKm: 0, toKm: 1, status: 'open', updated: '2023-01-31' },
  ];
  const join = joinProgress(index, rows);

  it('lists unmatched rows with their reason, and the dates of the matched ones', () => {
    expect(join.matched).toEqual([0, 1]);
    expect(join.unmatched).toEqual([
      {
        rowIndex: 2,
        reason: { code: 'outside-route', fromKm: 1.5, toKm: 3, routeFromKm: 0, routeToKm: 2 },
      },
      { rowIndex: 3, reason: { code: 'unknown-route', route: 'X999' } },
    ]);
    expect(join.dates).toEqual(['2023-03-31', '2023-09-30']);
  });

  it('cuts each covered segment at the rows’ ends, once for all dates', () => {
    expect(
      [...join.stretches.entries()].map(([segmentIndex, stretches]) => [
        segmentIndex,
        stretches.map((stretch) => [stretch.fromKm, stretch.toKm, stretch.rowIndices]),
      ]),
    ).toEqual([
      [
        0,
        [
          [0, 0.5, []],
          [0.5, 1, [0, 1]],
        ],
      ],
      [
        1,
        [
          [1, 1.5, [0, 1]],
          [1.5, 2, []],
        ],
      ],
    ]);
  });

  it('counts a row’s completed km from its stretch’s start chainage onward', () => {
    const pieces = progressAsOf(join, segments, '2023-06-30');
    expect(pieces.get(0)?.map((piece) => [piece.fromKm, piece.toKm, piece.status])).toEqual([
      [0, 0.5, 'existing'],
      [0.5, 1, 'construction'],
    ]);
    expect(pieces.get(0)?.[1]?.completedKm).toBeCloseTo(0.5, 12);
    expect(pieces.get(1)?.[0]?.completedKm).toBeCloseTo(0.2, 12);
    expect(pieces.get(1)?.[0]?.row).toBe(rows[0]);
  });

  it('keeps the segment’s own figures where no row applies, its completion from its start', () => {
    const pieces = progressAsOf(join, segments, '2023-06-30');
    const rest = pieces.get(1)?.[1];
    expect(rest).toMatchObject({ fromKm: 1.5, toKm: 2, status: 'construction', row: null });
    expect(rest?.completedKm).toBe(0);
    const before = progressAsOf(join, segments, '2023-01-01').get(1);
    expect(before?.map((piece) => [piece.status, piece.completedKm, piece.rowIndex])).toEqual([
      ['construction', 0.4, null],
      ['construction', 0, null],
    ]);
  });

  it('takes the latest row on or before the date; null takes the latest of all', () => {
    const statusAt = (asOf: string | null): string | undefined =>
      progressAsOf(join, segments, asOf).get(0)?.[1]?.status;
    expect(statusAt('2023-03-30')).toBe('existing');
    expect(statusAt('2023-03-31')).toBe('construction');
    expect(statusAt('2023-09-29')).toBe('construction');
    expect(statusAt('2023-09-30')).toBe('completed');
    expect(statusAt(null)).toBe('completed');
  });

  it('makes a 完工 row without completed km build its whole stretch', () => {
    const pieces = progressAsOf(join, segments, null);
    expect(pieces.get(0)?.[1]?.completedKm).toBeCloseTo(0.5, 12);
    expect(pieces.get(1)?.[0]?.completedKm).toBeCloseTo(0.5, 12);
  });

  it('leaves the network’s total length unchanged on every date', () => {
    for (const asOf of [null, '2023-01-01', '2023-06-30', '2023-12-31']) {
      const pieces = progressAsOf(join, segments, asOf);
      expect(totalKm(pieces, [2])).toBeCloseTo(4, 12);
      for (const [segmentIndex, list] of pieces) {
        expect(list.reduce((sumKm, piece) => sumKm + piece.lengthKm, 0)).toBeCloseTo(
          segments[segmentIndex]?.lengthKm ?? 0,
          12,
        );
      }
    }
  });
});

describe('progressAsOf details', () => {
  it('takes the later row of the sheet on the same date', () => {
    const join = joinProgress(index, [
      { route: 'G247', fromKm: 10, toKm: 12, status: 'construction', updated: '2023-05-31' },
      { route: 'G247', fromKm: 10, toKm: 12, status: 'open', updated: '2023-05-31' },
    ]);
    expect(progressAsOf(join, segments, '2023-05-31').get(2)?.[0]?.status).toBe('open');
  });

  it('shares a row’s guard figures over its range in proportion to length', () => {
    const join = joinProgress(index, [
      {
        route: 'S209',
        fromKm: 0.5,
        toKm: 1.5,
        guardRequiredKm: 0.8,
        guardKm: 0.4,
        updated: '2023-05-31',
      },
    ]);
    const pieces = progressAsOf(join, segments, null);
    const guarded = pieces.get(0)?.[1];
    expect(guarded?.guardRequiredKm).toBeCloseTo(0.4, 12);
    expect(guarded?.guardKm).toBeCloseTo(0.2, 12);
    expect(guarded?.status).toBe('existing');
    expect(pieces.get(0)?.[0]?.guardRequiredKm).toBeNull();
  });

  it('covers a stretch with a row that spans several cuts', () => {
    const join = joinProgress(index, [
      {
        route: 'G247',
        fromKm: 10,
        toKm: 12,
        status: 'construction',
        completedKm: 1.5,
        updated: '2023-02-28',
      },
      { route: 'G247', fromKm: 10.5, toKm: 11, status: 'completed', updated: '2023-04-30' },
    ]);
    const pieces = progressAsOf(join, segments, null).get(2);
    expect(
      pieces?.map((piece) => [piece.fromKm, piece.toKm, piece.status, piece.completedKm]),
    ).toEqual([
      [10, 10.5, 'construction', 0.5],
      [10.5, 11, 'completed', 0.5],
      [11, 12, 'construction', 0.5],
    ]);
    expect(pieces?.map((piece) => [piece.fromFraction, piece.toFraction])).toEqual([
      [0, 0.25],
      [0.25, 0.5],
      [0.5, 1],
    ]);
  });
});

describe('a route chained by geometry', () => {
  /** Drawn west to east, then a MultiLineString drawn east to west. */
  const chained = buildRouteChainageIndex([
    { geometry: east(105, 105.01), properties: { route: 'Y001', length_km: 1 } },
    {
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [105.03, 30],
            [105.02, 30],
          ],
          [
            [105.02, 30],
            [105.01, 30],
          ],
        ],
      },
      properties: { route: 'Y001', length_km: 2 },
    },
  ]);

  it('reads a MultiLineString drawn the other way backwards, from its last part’s end', () => {
    const spans = chained.routes.get('Y001')?.spans;
    expect(
      spans?.map((span) => [span.segmentIndex, span.fromKm, span.toKm, span.reversed]),
    ).toEqual([
      [0, 0, 1, false],
      [1, 1, 3, true],
    ]);
  });

  it('builds a reversed piece from its start chainage, which lies at its geometry’s end', () => {
    const join = joinProgress(chained, [
      {
        route: 'Y001',
        fromKm: 1.5,
        toKm: 3,
        status: 'construction',
        completedKm: 1,
        updated: '2023-05-31',
      },
    ]);
    const pieces = progressAsOf(join, [own(1), own(2)], null).get(1);
    expect(
      pieces?.map((piece) => [
        piece.fromFraction,
        piece.toFraction,
        piece.fromKm,
        piece.toKm,
        piece.completedKm,
        piece.reversed,
      ]),
    ).toEqual([
      [0, 0.75, 1.5, 3, 1, true],
      [0.75, 1, 1, 1.5, 0, true],
    ]);
  });
});
