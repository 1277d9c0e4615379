/**
 * The key figures of presentation mode and of an exported page: each a value against its
 * target (where it has one), read from the statistics of what the map shows, so that they
 * follow the filters, hidden legend entries and the as-of date.
 */
import type { NetworkSummary, PointSummary } from './types.ts';

/** A figure's identity: a fixed figure, or `project:<name>` for one project's road work. */
export type KeyFigureId =
  'year-built' | 'road-built' | 'guard' | 'construction' | 'bridges' | `project:${string}`;

/** The fixed figures, in display order. */
export const FIXED_KEY_FIGURES = [
  'year-built',
  'road-built',
  'guard',
  'construction',
  'bridges',
] as const;

/** The statistics of one year's projects (the filters and the year), for `year-built`. */
export interface YearSummary {
  year: number;
  summary: NetworkSummary;
}

/** How many project figures are offered by default (the longest road projects first). */
const DEFAULT_PROJECT_FIGURES = 1;

export interface KeyFigure {
  id: KeyFigureId;
  /** The project a `project:` figure describes; null otherwise. */
  project: string | null;
  /** Kilometres for every figure but `bridges`, which counts bridges. */
  unit: 'km' | 'count';
  value: number;
  /** What the value is measured against; null: no target (the bar is left out). */
  target: number | null;
  /** value ÷ target, 0…1; null without a target or with a zero target. */
  ratio: number | null;
}

const PROJECT_PREFIX = 'project:';

/** The project a figure id names, or null for a fixed figure. */
export function projectOfFigure(id: KeyFigureId): string | null {
  return id.startsWith(PROJECT_PREFIX) ? id.slice(PROJECT_PREFIX.length) : null;
}

function withTarget(
  id: KeyFigureId,
  unit: KeyFigure['unit'],
  value: number,
  target: number | null,
): KeyFigure {
  const ratio = target !== null && target > 0 ? Math.min(1, Math.max(0, value / target)) : null;
  return { id, project: projectOfFigure(id), unit, value, target, ratio };
}

/**
 * A figure from the statistics: road work built of road work in projects (of all years, or of
 * the year's projects), guards built of guards required, km under construction, bridges
 * rebuilt of bridges, or a project's road built of its length.
 *
 * @example
 * keyFigure('project:撤并建制村畅通工程', summary, points); // { value: 314, target: 314, ratio: 1, … }
 */
export function keyFigure(
  id: KeyFigureId,
  summary: NetworkSummary,
  points: PointSummary,
  year: YearSummary | null = null,
): KeyFigure {
  if (id === 'year-built') {
    const yearSummary = year?.summary;
    return withTarget(
      id,
      'km',
      yearSummary?.byWork.road?.completedKm ?? 0,
      yearSummary?.projectKm ?? 0,
    );
  }
  const project = projectOfFigure(id);
  if (project !== null) {
    const totals = summary.byProject[project];
    return withTarget(id, 'km', totals?.completedKm ?? 0, totals?.lengthKm ?? 0);
  }
  if (id === 'road-built') {
    const road = summary.byWork.road;
    return withTarget(id, 'km', road?.completedKm ?? 0, summary.projectKm);
  }
  if (id === 'guard') return withTarget(id, 'km', summary.guardKm, summary.guardRequiredKm);
  if (id === 'construction') {
    return withTarget(id, 'km', summary.byStatus.construction?.lengthKm ?? 0, null);
  }
  return withTarget(id, 'count', points.bridgesRebuilt, points.byKind.bridge?.count ?? 0);
}

/**
 * The figures a dataset offers: one per road project (longest first), then the fixed ones.
 *
 * @example
 * offeredFigures({ 'G247工程': 12.4, 撤并建制村畅通工程: 314 }); // ['project:撤并建制村畅通工程', 'project:G247工程', 'road-built', …]
 */
export function offeredFigures(roadProjectKm: Readonly<Record<string, number>>): KeyFigureId[] {
  const projects = Object.entries(roadProjectKm)
    .sort(([, a], [, b]) => b - a)
    .map(([name]): KeyFigureId => `${PROJECT_PREFIX}${name}`);
  return [...projects, ...FIXED_KEY_FIGURES];
}

/**
 * The figures shown until the user chooses: the longest road project, the year's road built,
 * guards and construction.
 */
export function defaultFigures(offered: readonly KeyFigureId[]): KeyFigureId[] {
  const projects = offered.filter((id) => projectOfFigure(id) !== null);
  return [
    ...projects.slice(0, DEFAULT_PROJECT_FIGURES),
    ...FIXED_KEY_FIGURES.filter((id) => id !== 'bridges' && id !== 'road-built'),
  ];
}
