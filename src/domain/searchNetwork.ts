/**
 * Search across everything a user may type the name of: routes, road names, projects, towns,
 * villages (read from road names and notes) and point features (bridges, stations, mooring
 * areas, other places), grouped by kind.
 */
import type { PointFeatureProperties, PointKind, WorkType } from '../contract/roadNetwork.ts';
import { normalise, searchSegments } from './searchSegments.ts';
import type { MeasuredSegment } from './types.ts';
import type { SegmentColumns } from './segmentIndex.ts';

/** The kinds of search results, in the order their groups are listed. */
export const SEARCH_KINDS = [
  'route',
  'project',
  'road',
  'town',
  'village',
  'bridge',
  'station',
  'mooring',
  'other',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One thing found: the segments and point features that make it up. */
export interface SearchResult {
  kind: SearchKind;
  /** Unique among all results of one search. */
  key: string;
  label: string;
  segmentIndices: number[];
  /** Positions in the dataset's point features. */
  pointIndices: number[];
}

/** The results of one kind: `total` found, the first `results` of them listed. */
export interface SearchGroup {
  kind: SearchKind;
  total: number;
  results: SearchResult[];
}

/** What is searched, gathered once per dataset. */
export interface SearchCatalogue {
  segments: readonly MeasuredSegment[];
  points: readonly PointFeatureProperties[];
  /** Project name → its segments and points. */
  projects: Map<string, { segmentIndices: number[]; pointIndices: number[] }>;
  /** Town name → its segments. */
  towns: Map<string, number[]>;
  /** Village name → the segments and points whose name or note names it. */
  villages: Map<string, { segmentIndices: number[]; pointIndices: number[] }>;
  /**
   * Route code → its segments, for a network known by its columns (a tile set: no segments to
   * read route codes and names from); absent: routes are read from `segments`.
   */
  routes?: Map<string, number[]>;
}

/** Results listed per group; the heading gives the total. */
export const RESULTS_PER_GROUP = 8;

/**
 * A village name: two or three Han characters and 村, at the start of the text or after a
 * town (镇, 乡), 至 ("to") or a separator, so that 建制村 or 村道 are not read as villages.
 */
const VILLAGE = /(?:^|[镇乡至、，,；;（(\s])([\u4e00-\u9fff]{2,3}?村)/gu;

/** Words for kinds of village, not names of one. */
const NOT_VILLAGES = new Set(['建制村', '行政村', '自然村', '中心村']);

/**
 * The village names in a text.
 *
 * @example
 * villageNames('光院村至永岩村村道'); // ['光院村', '永岩村']
 * villageNames('已全面完工；三元镇友爱村（建制村）'); // ['友爱村']
 */
export function villageNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(VILLAGE)) {
    if (!NOT_VILLAGES.has(match[1]!)) names.add(match[1]!);
  }
  return [...names];
}

function entryOf<Key, Value>(map: Map<Key, Value>, key: Key, make: () => Value): Value {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const emptyParts = (): { segmentIndices: number[]; pointIndices: number[] } => ({
  segmentIndices: [],
  pointIndices: [],
});

/** Gathers the projects, towns and villages of a dataset for `searchNetwork`. */
export function searchCatalogue(
  segments: readonly MeasuredSegment[],
  points: readonly PointFeatureProperties[],
): SearchCatalogue {
  const projects = new Map<string, { segmentIndices: number[]; pointIndices: number[] }>();
  const towns = new Map<string, number[]>();
  const villages = new Map<string, { segmentIndices: number[]; pointIndices: number[] }>();
  for (const segment of segments) {
    const { project, towns: segmentTowns, name = '', note = '' } = segment.properties;
    if (project) entryOf(projects, project, emptyParts).segmentIndices.push(segment.index);
    for (const town of segmentTowns) entryOf(towns, town, () => []).push(segment.index);
    for (const village of new Set([...villageNames(name), ...villageNames(note)])) {
      entryOf(villages, village, emptyParts).segmentIndices.push(segment.index);
    }
  }
  points.forEach((point, index) => {
    if (point.project) entryOf(projects, point.project, emptyParts).pointIndices.push(index);
    for (const village of villageNames(point.name ?? '')) {
      entryOf(villages, village, emptyParts).pointIndices.push(index);
    }
  });
  return { segments, points, projects, towns, villages };
}

/**
 * Gathers the routes, projects and towns of a network known only by its columns (a tile set)
 * for `searchNetwork`: its road names and villages are not in the columns.
 */
export function columnsCatalogue(
  columns: SegmentColumns,
  points: readonly PointFeatureProperties[],
): SearchCatalogue {
  const routes = new Map<string, number[]>();
  const projects = new Map<string, { segmentIndices: number[]; pointIndices: number[] }>();
  const towns = new Map<string, number[]>();
  const served = columns.servedTowns ?? {
    names: columns.towns,
    start: columns.townStart,
    codes: columns.townCodes,
  };
  for (let i = 0; i < columns.size; i++) {
    const route = columns.routes[columns.routeCode[i]!];
    if (route) entryOf(routes, route, () => []).push(i);
    const project = columns.projects[columns.projectCode[i]!];
    if (project) entryOf(projects, project, emptyParts).segmentIndices.push(i);
    for (let k = served.start[i]!; k < served.start[i + 1]!; k++) {
      const town = served.names[served.codes[k]!];
      if (town !== undefined) entryOf(towns, town, () => []).push(i);
    }
  }
  points.forEach((point, index) => {
    if (point.project) entryOf(projects, point.project, emptyParts).pointIndices.push(index);
  });
  return { segments: [], points, projects, towns, villages: new Map(), routes };
}

const POINT_GROUP: Record<PointKind, SearchKind> = {
  bridge: 'bridge',
  station: 'station',
  mooring: 'mooring',
  other: 'other',
};

/**
 * Finds what a query names, grouped by kind (in `SEARCH_KINDS` order, empty groups left out):
 * routes by code (exact or prefix) and roads by part of their name, projects, towns and
 * villages by part of their name, point features by part of their name or of their project's
 * name (so 危桥 finds the bridges of 农村公路危桥整治). Within a group, names that start with
 * the query come first, then shorter names.
 *
 * @example
 * searchNetwork(catalogue, '观音桥'); // [{ kind: 'bridge', total: 1, results: [{ label: '永明镇观音桥', … }] }]
 */
export function searchNetwork(
  catalogue: SearchCatalogue,
  query: string,
  perGroup = RESULTS_PER_GROUP,
): SearchGroup[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const found = new Map<SearchKind, SearchResult[]>();
  const add = (result: SearchResult): void => {
    entryOf(found, result.kind, () => []).push(result);
  };

  for (const match of searchSegments(catalogue.segments, query, Number.MAX_SAFE_INTEGER)) {
    add({ ...match, key: `${match.kind}:${match.label}`, pointIndices: [] });
  }
  // Routes of a network known by its columns: the code itself first, then codes starting so.
  const routes = [...(catalogue.routes?.keys() ?? [])]
    .filter((route) => normalise(route).startsWith(wanted))
    .sort(
      (a, b) =>
        Number(normalise(a) !== wanted) - Number(normalise(b) !== wanted) ||
        a.localeCompare(b, 'zh'),
    );
  for (const route of routes) {
    const segmentIndices = catalogue.routes!.get(route)!;
    add({ kind: 'route', key: `route:${route}`, label: route, segmentIndices, pointIndices: [] });
  }
  const byName = (names: Iterable<string>): string[] =>
    [...names]
      .filter((name) => normalise(name).includes(wanted))
      .sort(
        (a, b) =>
          Number(!normalise(a).startsWith(wanted)) - Number(!normalise(b).startsWith(wanted)) ||
          a.length - b.length ||
          a.localeCompare(b, 'zh'),
      );
  for (const project of byName(catalogue.projects.keys())) {
    const parts = catalogue.projects.get(project)!;
    add({ kind: 'project', key: `project:${project}`, label: project, ...parts });
  }
  for (const town of byName(catalogue.towns.keys())) {
    const segmentIndices = catalogue.towns.get(town)!;
    add({ kind: 'town', key: `town:${town}`, label: town, segmentIndices, pointIndices: [] });
  }
  for (const village of byName(catalogue.villages.keys())) {
    const parts = catalogue.villages.get(village)!;
    add({ kind: 'village', key: `village:${village}`, label: village, ...parts });
  }
  catalogue.points.forEach((point, index) => {
    const name = point.name ?? point.id;
    const text = normalise(`${name} ${point.project ?? ''}`);
    if (!text.includes(wanted)) return;
    add({
      kind: POINT_GROUP[point.kind],
      key: `point:${index}`,
      label: name,
      segmentIndices: [],
      pointIndices: [index],
    });
  });

  return SEARCH_KINDS.flatMap((kind) => {
    const results = found.get(kind);
    return results ? [{ kind, total: results.length, results: results.slice(0, perGroup) }] : [];
  });
}

/** The figures of a search result's roads, for its summary. */
export interface ResultFigures {
  /** Length of all its segments. */
  lengthKm: number;
  /** Length of its road work and of its roads outside projects (what can be built). */
  roadKm: number;
  /** Road built: completed length of that road. */
  builtKm: number;
  /** builtKm ÷ roadKm; null when it has no road (guard, bridge or facility work only). */
  builtRatio: number | null;
  /** Length needing protection and length protected (0 where none is assessed). */
  guardRequiredKm: number;
  guardKm: number;
}

const ROAD_WORK: readonly (WorkType | undefined)[] = ['road', undefined];

/**
 * Sums the segments of a result. As in the statistics, road built counts road work and roads
 * outside projects only: a guard programme's completed km are guardrails, not road.
 */
export function resultFigures(
  segments: readonly MeasuredSegment[] | ((index: number) => MeasuredSegment | null),
  segmentIndices: readonly number[],
): ResultFigures {
  const segmentAt =
    typeof segments === 'function' ? segments : (index: number) => segments[index] ?? null;
  let lengthKm = 0;
  let roadKm = 0;
  let builtKm = 0;
  let guardRequiredKm = 0;
  let guardKm = 0;
  for (const index of segmentIndices) {
    const segment = segmentAt(index);
    if (!segment) continue;
    lengthKm += segment.lengthKm;
    const work = segment.properties.project ? segment.properties.work : undefined;
    if (ROAD_WORK.includes(work)) {
      roadKm += segment.lengthKm;
      builtKm += segment.completedKm;
    }
    if (segment.guardRequiredKm !== null) {
      guardRequiredKm += segment.guardRequiredKm;
      guardKm += Math.min(segment.guardKm, segment.guardRequiredKm);
    }
  }
  return {
    lengthKm,
    roadKm,
    builtKm,
    builtRatio: roadKm > 0 ? builtKm / roadKm : null,
    guardRequiredKm,
    guardKm,
  };
}
