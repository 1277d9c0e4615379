/**
 * Data-driven expressions of the road style: colour by mode, width by class and zoom, and the
 * filter of what is shown. Pure functions returning MapLibre style JSON.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { ROAD_CLASSES, type RoadClass } from '../contract/roadNetwork.ts';
import type { ColorMode, FilterState } from '../domain/types.ts';
import { classRank, RANKED_CLASSES } from '../domain/classRank.ts';
import type { Palette } from './palette.ts';

/** The drawn road property each colour mode reads its bucket from. */
export const MODE_PROPERTY: Record<ColorMode, string> = {
  status: 'status',
  completion: 'completionBucket',
  guard: 'guardBucket',
};

/** A `match` on a property, one branch per entry of `values`: `['match', ['get', p], k, v, …, fallback]`. */
export function matchProperty<Value extends string | number>(
  property: string,
  values: Record<string, Value>,
  fallback: Value,
): ExpressionSpecification {
  const branches = Object.entries(values).flat();
  return ['match', ['get', property], ...branches, fallback] as unknown as ExpressionSpecification;
}

/** Colour by build status (`status`); unknown values get the `existing` colour. */
export function statusColor(palette: Palette): ExpressionSpecification {
  return matchProperty(MODE_PROPERTY.status, palette.status, palette.status.existing);
}

/** Colour by completion bucket (`completionBucket`). */
export function completionColor(palette: Palette): ExpressionSpecification {
  return matchProperty(MODE_PROPERTY.completion, palette.completion, palette.completion.none);
}

/** Colour by safety-guard coverage bucket (`guardBucket`). */
export function guardColor(palette: Palette): ExpressionSpecification {
  return matchProperty(MODE_PROPERTY.guard, palette.guard, palette.guard['not-assessed']);
}

/**
 * The road colour of a colour mode.
 *
 * @example
 * map.setPaintProperty(ROAD_LINE_LAYER, 'line-color', bucketColorExpression('guard', palette));
 */
export function bucketColorExpression(mode: ColorMode, palette: Palette): ExpressionSpecification {
  if (mode === 'status') return statusColor(palette);
  if (mode === 'completion') return completionColor(palette);
  return guardColor(palette);
}

/** Line widths in pixels per class at zoom 8, 12 and 16 (expressway widest, village thinnest). */
const WIDTH_PX: Record<RoadClass, readonly [number, number, number]> = {
  expressway: [3, 6, 14],
  national: [2.5, 5, 12],
  provincial: [2.2, 4.5, 10],
  county: [1.6, 3.5, 8],
  township: [1.1, 2.5, 6],
  village: [0.6, 1.6, 4],
  other: [1, 2.5, 6],
};
const WIDTH_ZOOMS = [8, 12, 16] as const;

/**
 * Line width by road class, interpolated by zoom, plus `extraPx` (for casings and halos).
 *
 * @example
 * roadWidth(2); // the casing: 1 px wider on each side than the line
 */
export function roadWidth(extraPx = 0): ExpressionSpecification {
  const stops = WIDTH_ZOOMS.flatMap((zoom, stop) => {
    const widths = Object.fromEntries(
      ROAD_CLASSES.map((roadClass) => [roadClass, WIDTH_PX[roadClass][stop]! + extraPx]),
    );
    return [zoom, matchProperty('class', widths, WIDTH_PX.other[stop]! + extraPx)];
  });
  return ['interpolate', ['exponential', 1.5], ['zoom'], ...stops] as ExpressionSpecification;
}

/** Legend buckets hidden by the user in the current mode. */
export interface HiddenBuckets {
  mode: ColorMode;
  buckets: readonly string[];
}

function isOneOf(property: string, values: readonly (string | number)[]): ExpressionSpecification {
  return ['in', ['get', property], ['literal', [...values]]];
}

/**
 * The filter of the road layers: every non-empty list of `filter` must match (towns: any of
 * them, read from the `townsKey` property `|town|town|`), and the segment's bucket in the
 * current mode must not be hidden.
 *
 * @example
 * filterExpression({ towns: ['三元镇'] }, { mode: 'status', buckets: ['existing'] });
 * // ['all', ['any', ['in', '|三元镇|', ['get', 'townsKey']]], ['!', ['in', ['get', 'status'], …]]]
 */
export function filterExpression(filter: FilterState, hidden: HiddenBuckets): FilterSpecification {
  const conditions: ExpressionSpecification[] = [];
  if (filter.classes?.length) conditions.push(isOneOf('class', filter.classes));
  if (filter.statuses?.length) conditions.push(isOneOf('status', filter.statuses));
  if (filter.projects?.length) conditions.push(isOneOf('project', filter.projects));
  if (filter.years?.length) conditions.push(isOneOf('year', filter.years));
  if (filter.towns?.length) {
    const towns = filter.towns.map((town): ExpressionSpecification => [
      'in',
      `|${town}|`,
      ['get', 'townsKey'],
    ]);
    conditions.push(['any', ...towns]);
  }
  if (hidden.buckets.length) {
    conditions.push(['!', isOneOf(MODE_PROPERTY[hidden.mode], hidden.buckets)]);
  }
  return ['all', ...conditions];
}

/** Rank of the road class as an expression: 7 for expressways down to 1 for village roads. */
export function classRankExpression(): ExpressionSpecification {
  const ranks = Object.fromEntries(
    RANKED_CLASSES.map((roadClass) => [roadClass, classRank(roadClass)]),
  );
  return matchProperty('class', ranks, 0);
}

/**
 * The filter of the point layers, the rule of `keepsPoint`: a class or town filter keeps no
 * point; statuses, projects and years must match (a point without a project or year is left out
 * by a project or year filter).
 *
 * @example
 * pointFilterExpression({ projects: ['农村公路危桥整治'] });
 * // ['all', ['in', ['get', 'project'], ['literal', ['农村公路危桥整治']]]]
 */
export function pointFilterExpression(filter: FilterState): FilterSpecification {
  if (filter.classes?.length || filter.towns?.length) return ['boolean', false];
  const conditions: ExpressionSpecification[] = [];
  if (filter.statuses?.length) conditions.push(isOneOf('status', filter.statuses));
  if (filter.projects?.length) conditions.push(isOneOf('project', filter.projects));
  if (filter.years?.length) conditions.push(isOneOf('year', filter.years));
  return ['all', ...conditions];
}
