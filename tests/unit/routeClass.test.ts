import { describe, expect, it } from 'vitest';
import { classFromRoute } from '../../src/data/validate/routeClass.ts';

describe('classFromRoute', () => {
  it.each([
    ['G5', 'expressway'],
    ['G42', 'expressway'],
    ['S1', 'expressway'],
    ['G4215', 'expressway'],
    ['S0101', 'expressway'],
    ['G247', 'national'],
    ['S209', 'provincial'],
    ['S401', 'provincial'],
    ['X085', 'county'],
    ['X085510824', 'county'],
    ['Y012', 'township'],
    ['C0431', 'village'],
    ['C1', 'village'],
    ['Z001', 'other'],
    ['g 247', 'national'],
    [' x085 ', 'county'],
  ])('%s → %s', (route, roadClass) => {
    expect(classFromRoute(route)).toBe(roadClass);
  });

  it.each(['', 'G', 'G12345', 'S12345', 'X08', 'Y1', 'K12', '一环路', 'G247 永明至花园', 'X085a'])(
    '%j follows no rule',
    (route) => {
      expect(classFromRoute(route)).toBeUndefined();
    },
  );
});
