import fc from 'fast-check';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cutLine, sliceLine, type LinePiece } from '../../src/domain/chainageCut.ts';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';

/**
 * Road-like paths near 105° E 30° N: edges of up to about 900 m. The mid-latitude metric of
 * `edgeLengthM` is additive along a cut edge to a part in a billion for edges up to about
 * 2 km (the shortfall grows with the square of the edge); a road's edges are shorter.
 */
const step = fc.tuple(
  fc.double({ min: -0.006, max: 0.006, noNaN: true }),
  fc.double({ min: -0.006, max: 0.006, noNaN: true }),
);
const path = fc
  .tuple(
    fc.double({ min: 104.9, max: 105.1, noNaN: true }),
    fc.double({ min: 29.9, max: 30.1, noNaN: true }),
    fc.array(step, { minLength: 1, maxLength: 8 }),
  )
  .map(([lon, lat, steps]) => {
    const positions: Position[] = [[lon, lat]];
    for (const [dLon, dLat] of steps) {
      const last = positions.at(-1) as Position;
      positions.push([(last[0] ?? 0) + dLon, (last[1] ?? 0) + dLat]);
    }
    return positions;
  });
const geometry: fc.Arbitrary<LineString | MultiLineString> = fc.oneof(
  path.map((coordinates): LineString => ({ type: 'LineString', coordinates })),
  fc
    .array(path, { minLength: 1, maxLength: 3 })
    .map((coordinates): MultiLineString => ({ type: 'MultiLineString', coordinates })),
);
const fractions = fc
  .uniqueArray(fc.double({ min: 0.001, max: 0.999, noNaN: true }), { maxLength: 6 })
  .map((values) => values.sort((a, b) => a - b));

function firstOf(piece: LinePiece): Position | undefined {
  if (piece === null) return undefined;
  return piece.type === 'LineString' ? piece.coordinates[0] : piece.coordinates[0]?.[0];
}

function lastOf(piece: LinePiece): Position | undefined {
  if (piece === null) return undefined;
  return piece.type === 'LineString' ? piece.coordinates.at(-1) : piece.coordinates.at(-1)?.at(-1);
}

/** True where a line has edges of some length (the property needs a line to cut). */
function hasLength(line: LineString | MultiLineString): boolean {
  return lineLengthKm(line) > 0.01;
}

describe('cutLine', () => {
  it('cuts into pieces whose measured lengths add up to the whole and meet at their ends', () => {
    fc.assert(
      fc.property(geometry.filter(hasLength), fractions, (line, cuts) => {
        const pieces = cutLine(line, cuts);
        const wholeKm = lineLengthKm(line);
        const sumKm = pieces.reduce(
          (total, piece) => total + (piece === null ? 0 : lineLengthKm(piece)),
          0,
        );
        expect(Math.abs(sumKm - wholeKm) / wholeKm).toBeLessThan(1e-9);
        const kept = pieces.filter((piece) => piece !== null);
        for (let i = 1; i < kept.length; i++) {
          expect(firstOf(kept[i] ?? null)).toEqual(lastOf(kept[i - 1] ?? null));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('puts each cut at its fraction of the measured length', () => {
    fc.assert(
      fc.property(geometry.filter(hasLength), fractions, (line, cuts) => {
        const pieces = cutLine(line, cuts);
        const wholeKm = lineLengthKm(line);
        let alongKm = 0;
        cuts.forEach((cut, i) => {
          const piece = pieces[i] ?? null;
          alongKm += piece === null ? 0 : lineLengthKm(piece);
          expect(Math.abs(alongKm - cut * wholeKm) / wholeKm).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives one piece more than the cuts kept, skipping cuts outside 0…1', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105.1, 30],
      ],
    };
    expect(cutLine(line, [0, 0.5, 1])).toHaveLength(2);
    expect(cutLine(line, [])).toEqual([line]);
  });
});

describe('sliceLine', () => {
  it('slices the part between two fractions', () => {
    fc.assert(
      fc.property(
        geometry.filter(hasLength),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (line, a, b) => {
          const [from, to] = a < b ? [a, b] : [b, a];
          fc.pre(to - from > 1e-6);
          const piece = sliceLine(line, from, to);
          const wholeKm = lineLengthKm(line);
          const pieceKm = piece === null ? 0 : lineLengthKm(piece);
          expect(Math.abs(pieceKm - (to - from) * wholeKm) / wholeKm).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is null for an empty slice', () => {
    const line: LineString = {
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105.1, 30],
      ],
    };
    expect(sliceLine(line, 0.5, 0.5)).toBeNull();
    expect(sliceLine(line, 0, 1)).toBe(line);
  });
});
