/**
 * Finds segments by route code or name, for the search box.
 */
import type { MeasuredSegment } from './types.ts';

/** One search hit: a route or a named road, and the segments that make it up. */
export interface SearchMatch {
  /** `route`: matched by route code (the whole route); `road`: matched by name. */
  kind: 'route' | 'road';
  /** What the user sees: the route code with its name, or the name alone. */
  label: string;
  segmentIndices: number[];
}

const MAX_MATCHES = 12;

/** Lower case, no white space: how queries and the text searched are compared. */
export function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '');
}

/**
 * Matches a query against route codes (exact or prefix, case-insensitive) and names
 * (substring). Segments of one route, or of one name without a route, are grouped into one
 * match, so `G247` finds the whole highway. Exact route matches come first.
 *
 * @example
 * searchSegments(segments, 'g247')[0].label; // 'G247 永明至花园段'
 */
export function searchSegments(
  segments: readonly MeasuredSegment[],
  query: string,
  limit = MAX_MATCHES,
): SearchMatch[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const groups = new Map<string, { label: string; rank: number; segmentIndices: number[] }>();
  for (const segment of segments) {
    const { route = '', name = '' } = segment.properties;
    const routeKey = normalise(route);
    const nameKey = normalise(name);
    let rank: number;
    if (routeKey !== '' && routeKey === wanted) rank = 0;
    else if (routeKey !== '' && routeKey.startsWith(wanted)) rank = 1;
    else if (nameKey.includes(wanted)) rank = 2;
    else continue;
    const groupKey = rank < 2 && routeKey !== '' ? `route:${routeKey}` : `name:${routeKey}:${name}`;
    let group = groups.get(groupKey);
    if (!group) {
      const label = rank < 2 ? route : route && !name.includes(route) ? `${route} ${name}` : name;
      group = { label, rank, segmentIndices: [] };
      groups.set(groupKey, group);
    }
    group.rank = Math.min(group.rank, rank);
    group.segmentIndices.push(segment.index);
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'zh'))
    .slice(0, limit)
    .map(({ label, rank, segmentIndices }) => ({
      kind: rank < 2 ? 'route' : 'road',
      label,
      segmentIndices,
    }));
}
