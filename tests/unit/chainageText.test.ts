/** Chainage text that reads back as the same km (exactChainageText). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChainageKm } from '../../src/domain/chainage.ts';
import { exactChainageText } from '../../src/domain/chainageText.ts';

describe('exactChainageText', () => {
  it('writes whole metres as K…+…', () => {
    expect(exactChainageText(12.3)).toBe('K12+300');
    expect(exactChainageText(0)).toBe('K0+000');
    expect(exactChainageText(1759.836)).toBe('K1759+836');
    expect(exactChainageText(394.03099999999995)).toBe('K394+031');
  });

  it('writes decimals of a metre where the km need them', () => {
    expect(exactChainageText(0.9999999)).toBe('K0+999.9999');
    expect(exactChainageText(1.693506357723866)).toBe('K1+693.506357723866');
  });

  it('reads back within a few units in the last place, for any km of a route', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5000, noNaN: true }), (km) => {
        const readKm = parseChainageKm(exactChainageText(km));
        expect(readKm).toBeDefined();
        expect(Math.abs((readKm as number) - km)).toBeLessThanOrEqual(
          4 * Number.EPSILON * Math.max(1, km),
        );
      }),
    );
  });
});
