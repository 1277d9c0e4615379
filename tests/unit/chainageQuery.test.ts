/** Searching by route and chainage: what the search box reads as `{ route, km }`. */
import { describe, expect, it } from 'vitest';
import { parseChainageQuery } from '../../src/domain/chainageQuery.ts';

describe('parseChainageQuery', () => {
  it.each([
    ['G247 K391+400', 'G247', 391.4],
    ['g247 391.4', 'G247', 391.4],
    ['G247K391+400', 'G247', 391.4],
    ['g247k391+400', 'G247', 391.4],
    ['Ｇ２４７　Ｋ３９１＋４００', 'G247', 391.4],
    ['Ｇ２４７ ３９１．４', 'G247', 391.4],
    ['  S209   k 3 + 200 ', 'S209', 3.2],
    ['X085 K0+045.5', 'X085', 0.0455],
    ['S209 K12', 'S209', 12],
    ['C0002 1', 'C0002', 1],
    ['G5 K1706+400', 'G5', 1706.4],
    ['S209 3+200', 'S209', 3.2],
  ])('reads %s', (text, route, km) => {
    const query = parseChainageQuery(text);
    expect(query?.route).toBe(route);
    expect(query?.km).toBeCloseTo(km, 9);
  });

  it.each([
    ['G247'],
    ['G247 '],
    ['G2473914'],
    ['G247 K391+4'],
    ['G247 K391+400m'],
    ['G247 abc'],
    ['247 K391+400'],
    ['永明镇 K1+000'],
    ['G247 -3'],
    ['G247 K'],
    [''],
  ])('refuses %s', (text) => {
    expect(parseChainageQuery(text)).toBeNull();
  });
});
