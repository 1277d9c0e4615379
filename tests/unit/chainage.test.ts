import { describe, expect, it } from 'vitest';
import { formatChainage, parseChainageKm } from '../../src/domain/chainage.ts';
import { isIsoDate } from '../../src/data/validate/isoDate.ts';

describe('parseChainageKm', () => {
  it.each([
    ['K12+300', 12.3],
    ['K0+000', 0],
    ['K3+200', 3.2],
    ['K8+750', 8.75],
    ['k1+005', 1.005],
    ['K0+045.5', 0.0455],
    [' K12 + 300 ', 12.3],
    ['K12＋300', 12.3],
  ])('%j → %s km', (text, km) => {
    expect(parseChainageKm(text)).toBeCloseTo(km, 9);
  });

  it.each(['', '12.3', 'K12', 'K12+30', 'K12+3000', 'K-1+200', 'K3-200', 'AK1+000', 'K1+000m'])(
    '%j is not a chainage',
    (text) => {
      expect(parseChainageKm(text)).toBeUndefined();
    },
  );
});

describe('formatChainage', () => {
  it.each([
    [12.3, 'K12+300'],
    [0, 'K0+000'],
    [8.75, 'K8+750'],
    [0.0455, 'K0+046'],
    [0.9996, 'K1+000'],
    [123.4564, 'K123+456'],
    [-0.1, '-K0+100'],
    [-0.0001, 'K0+000'],
  ])('%s km → %s', (km, text) => {
    expect(formatChainage(km)).toBe(text);
  });

  it('round-trips with parseChainageKm to the metre', () => {
    for (let metres = 0; metres < 30000; metres += 137) {
      const text = formatChainage(metres / 1000);
      expect(parseChainageKm(text)).toBeCloseTo(metres / 1000, 9);
    }
  });
});

describe('isIsoDate', () => {
  it.each([
    '2023-09-30',
    '2024-02-29',
    '2000-02-29',
    '2023-09-30T18:00',
    '2023-09-30T18:00:00Z',
    '2023-09-30T18:00:00.5+08:00',
    '2023-09-30 18:00:00+0800',
  ])('%s is an ISO date', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    '2023/09/30',
    '2023-9-30',
    '2023-02-29',
    '1900-02-29',
    '2023-13-01',
    '2023-00-10',
    '2023-04-31',
    '2023年9月30日',
    '30.09.2023',
    '2023-09-30T',
  ])('%s is not', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});
