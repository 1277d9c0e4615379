import { describe, expect, it } from 'vitest';
import { locateRange } from '../../src/domain/chainageRange.ts';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';
import { buildRouteChainageIndex } from '../../src/domain/routeChainage.ts';
import { east, segment } from './chainageJoinHelpers.ts';

describe('route chainage index', () => {
  it('takes each segment’s start chainage and declared length, in chainage order', () => {
    const index = buildRouteChainageIndex([
      segment('S209', east(105.01, 105.04), 'K2+000', 3),
      segment('S209', east(105, 105.01), 'K0+000', 2),
    ]);
    const route = index.routes.get('S209');
    expect(route?.origin).toBe('declared');
    expect(route?.spans.map((span) => [span.segmentIndex, span.fromKm, span.toKm])).toEqual([
      [1, 0, 2],
      [0, 2, 5],
    ]);
    expect([route?.fromKm, route?.toKm]).toEqual([0, 5]);
  });

  it('uses the measured length where no length is declared', () => {
    const geometry = east(105, 105.01);
    const index = buildRouteChainageIndex([segment('X085', geometry, 'K3+500')]);
    const span = index.routes.get('X085')?.spans[0];
    expect(span?.fromKm).toBe(3.5);
    expect(span?.toKm).toBeCloseTo(3.5 + lineLengthKm(geometry), 12);
  });

  it('keeps each segment’s own chainage across a 长链 break, where the chainage repeats', () => {
    const index = buildRouteChainageIndex([
      segment('S209', east(105, 105.05), 'K0+000', 5.1),
      segment('S209', east(105.05, 105.07), 'K5+050', 2),
    ]);
    const location = locateRange(index, 'S209', 5, 5.2);
    expect(location.ok).toBe(true);
    if (!location.ok) return;
    expect(location.pieces.map((piece) => [piece.segmentIndex, piece.fromKm, piece.toKm])).toEqual([
      [0, 5, 5.1],
      [1, 5.05, 5.2],
    ]);
    expect(location.pieces[0]?.fromFraction).toBeCloseTo(5 / 5.1, 12);
    expect(location.pieces[0]?.toFraction).toBe(1);
    expect(location.pieces[1]?.fromFraction).toBe(0);
    expect(location.pieces[1]?.toFraction).toBeCloseTo(0.15 / 2, 12);
  });

  it('chains segments without chainage from the westernmost free end, turning reversed ones', () => {
    const index = buildRouteChainageIndex([
      segment('Y012', east(105.01, 105.02)),
      segment('Y012', east(105.03, 105.02)),
      segment('Y012', east(105, 105.01)),
    ]);
    const route = index.routes.get('Y012');
    expect(route?.origin).toBe('chained');
    const oneKm = lineLengthKm(east(105, 105.01));
    expect(route?.spans.map((span) => [span.segmentIndex, span.reversed])).toEqual([
      [2, false],
      [0, false],
      [1, true],
    ]);
    expect(route?.spans[1]?.fromKm).toBeCloseTo(oneKm, 12);
    expect(route?.toKm).toBeCloseTo(3 * oneKm, 9);
    const location = locateRange(index, 'Y012', 2 * oneKm + 0.1, 3 * oneKm);
    expect(location.ok && location.pieces[0]).toMatchObject({ segmentIndex: 1, fromFraction: 0 });
    if (location.ok) expect(location.pieces[0]?.toFraction).toBeCloseTo(1 - 0.1 / oneKm, 9);
  });

  it('chains ends within a few metres, and starts a north–south route at its southern end', () => {
    const north = {
      type: 'LineString' as const,
      coordinates: [
        [105, 30.01],
        [105, 30],
      ],
    };
    const further = {
      type: 'LineString' as const,
      coordinates: [
        [105.00002, 30.01],
        [105, 30.02],
      ],
    };
    const index = buildRouteChainageIndex([segment('C001', further), segment('C001', north)]);
    expect(
      index.routes.get('C001')?.spans.map((span) => [span.segmentIndex, span.reversed]),
    ).toEqual([
      [1, true],
      [0, false],
    ]);
  });

  it('leaves segments without chainage out of a route whose others have one', () => {
    const index = buildRouteChainageIndex([
      segment('S209', east(105, 105.01), 'K0+000', 1),
      segment('S209', east(105.01, 105.02)),
    ]);
    expect(index.routes.get('S209')?.unplaced).toEqual([1]);
    expect(index.routes.get('S209')?.spans).toHaveLength(1);
  });
});

describe('locateRange', () => {
  const index = buildRouteChainageIndex([
    segment('S209', east(105, 105.01), 'K0+000', 1),
    segment('S209', east(105.01, 105.02), 'K1+000', 1),
    segment('G247', east(105.1, 105.11), 'K10+000', 2),
    segment('G247', east(105.11, 105.12), 'K13+000', 1),
  ]);

  it('maps chainage onto the line in proportion to the declared length', () => {
    const location = locateRange(index, 'G247', 10.5, 11);
    expect(location).toEqual({
      ok: true,
      pieces: [
        {
          segmentIndex: 2,
          fromFraction: 0.25,
          toFraction: 0.5,
          fromKm: 10.5,
          toKm: 11,
          reversed: false,
        },
      ],
    });
  });

  it('covers a range across two segments with one piece on each', () => {
    const location = locateRange(index, 'S209', 0.5, 1.5);
    expect(location.ok && location.pieces).toEqual([
      { segmentIndex: 0, fromFraction: 0.5, toFraction: 1, fromKm: 0.5, toKm: 1, reversed: false },
      { segmentIndex: 1, fromFraction: 0, toFraction: 0.5, fromKm: 1, toKm: 1.5, reversed: false },
    ]);
  });

  it('gives the route’s chainage extent for a range outside it', () => {
    expect(locateRange(index, 'S209', 1.5, 2.5)).toEqual({
      ok: false,
      reason: { code: 'outside-route', fromKm: 1.5, toKm: 2.5, routeFromKm: 0, routeToKm: 2 },
    });
    expect(locateRange(index, 'G247', 9, 10.5)).toMatchObject({
      ok: false,
      reason: { code: 'outside-route', routeFromKm: 10, routeToKm: 14 },
    });
  });

  it('accepts a range reaching past the extent by less than half a metre', () => {
    expect(locateRange(index, 'S209', 1.5, 2.0004).ok).toBe(true);
  });

  it('says why for an unknown route, a range from after to, an empty one and a 短链 gap', () => {
    expect(locateRange(index, 'S999', 0, 1)).toEqual({
      ok: false,
      reason: { code: 'unknown-route', route: 'S999' },
    });
    expect(locateRange(index, 'S209', 1.5, 0.5)).toEqual({
      ok: false,
      reason: { code: 'from-after-to', fromKm: 1.5, toKm: 0.5 },
    });
    expect(locateRange(index, 'S209', 1, 1)).toMatchObject({ reason: { code: 'empty-range' } });
    expect(locateRange(index, 'G247', 12.2, 12.8)).toEqual({
      ok: false,
      reason: { code: 'no-segment', fromKm: 12.2, toKm: 12.8, routeFromKm: 10, routeToKm: 14 },
    });
  });

  it('covers only the segments across a 短链 gap', () => {
    const location = locateRange(index, 'G247', 11.5, 13.5);
    expect(location.ok && location.pieces.map((piece) => [piece.fromKm, piece.toKm])).toEqual([
      [11.5, 12],
      [13, 13.5],
    ]);
  });
});
