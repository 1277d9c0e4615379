import { describe, expect, it } from 'vitest';
import { measureSegments } from '../../src/domain/measure.ts';
import { searchSegments } from '../../src/domain/searchSegments.ts';
import { segment } from '../fixtures/domain/segments.ts';

const segments = measureSegments([
  segment({ id: 'g1', class: 'national', route: 'G247', name: 'G247 永明至花园段' }),
  segment({ id: 'g2', class: 'national', route: 'G247', name: 'G247 花园段' }),
  segment({ id: 'x1', class: 'county', route: 'X085', name: '永百路' }),
  segment({ id: 'y1', class: 'township', name: '西八路' }),
  segment({ id: 's1', class: 'provincial', route: 'S2091', name: '支线' }),
  segment({ id: 's2', class: 'provincial', route: 'S209', name: 'S209 塔山至永新' }),
]);

describe('searchSegments', () => {
  it('finds a whole route by its code, case-insensitively', () => {
    const [first] = searchSegments(segments, 'g247');
    expect(first?.label).toBe('G247');
    expect(first?.segmentIndices).toEqual([0, 1]);
  });

  it('puts the exact route before routes it prefixes', () => {
    expect(searchSegments(segments, 'S209').map((match) => match.label)).toEqual(['S209', 'S2091']);
  });

  it('finds roads by part of their name and shows the route with it', () => {
    expect(searchSegments(segments, '永百').map((match) => match.label)).toEqual(['X085 永百路']);
    expect(searchSegments(segments, '西八路')[0]?.segmentIndices).toEqual([3]);
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchSegments(segments, '  ')).toEqual([]);
    expect(searchSegments(segments, 'Z999')).toEqual([]);
  });
});
