/**
 * Micro-benchmark of the chainage join: 10,000 progress rows joined onto 100,000 synthetic
 * segments (2,000 routes of 50 segments, each of three vertices near 105° E 30° N), then read
 * as of a date. Timed separately: building the route chainage index (with `start_chainage`,
 * and again chained by geometry without it), joining the rows, and one as-of change.
 *
 * Run with `npx tsx scripts/bench/chainageJoin.ts [--segments 100000] [--rows 10000] [--runs 5]`.
 */
import type { LineString } from 'geojson';
import { formatChainage } from '../../src/domain/chainage.ts';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';
import {
  joinProgress,
  progressAsOf,
  type ProgressRow,
  type ProgressSegment,
} from '../../src/domain/progressAsOf.ts';
import { buildRouteChainageIndex, type ChainageSegment } from '../../src/domain/routeChainage.ts';
import { median } from './median.ts';

const SEGMENTS_PER_ROUTE = 50;
const STEP_DEGREES = 0.005;
const STATUSES = ['construction', 'completed', 'open'] as const;
const MONTH_ENDS = ['01-31', '02-28', '03-31', '04-30', '05-31', '06-30'].map(
  (day) => `2023-${day}`,
);

function argument(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? Number(process.argv[index + 1] ?? fallback) : fallback;
}

/** A deterministic generator, so every run joins the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function network(segmentCount: number, withChainage: boolean): ChainageSegment[] {
  const segments: ChainageSegment[] = [];
  for (let i = 0; i < segmentCount; i++) {
    const routeNumber = Math.floor(i / SEGMENTS_PER_ROUTE);
    const along = i % SEGMENTS_PER_ROUTE;
    const lon = 104 + (routeNumber % 40) * 0.3 + along * STEP_DEGREES;
    const lat = 29 + Math.floor(routeNumber / 40) * 0.05;
    const geometry: LineString = {
      type: 'LineString',
      coordinates: [
        [lon, lat],
        [lon + STEP_DEGREES / 2, lat + 0.001],
        [lon + STEP_DEGREES, lat],
      ],
    };
    const measuredKm = lineLengthKm(geometry);
    segments.push({
      geometry,
      measuredKm,
      properties: {
        route: `X${String(routeNumber).padStart(4, '0')}`,
        ...(withChainage ? { start_chainage: formatChainage(along * 0.5), length_km: 0.5 } : {}),
      },
    });
  }
  return segments;
}

function progressRows(rowCount: number, routeCount: number): ProgressRow[] {
  const next = random(17);
  const rows: ProgressRow[] = [];
  const routeKm = SEGMENTS_PER_ROUTE * 0.5;
  for (let i = 0; i < rowCount; i++) {
    const fromKm = Math.round(next() * (routeKm - 3) * 1000) / 1000;
    rows.push({
      route: `X${String(Math.floor(next() * routeCount)).padStart(4, '0')}`,
      fromKm,
      toKm: fromKm + Math.round((0.2 + next() * 2.5) * 1000) / 1000,
      status: STATUSES[Math.floor(next() * STATUSES.length)],
      completedKm: Math.round(next() * 2000) / 1000,
      updated: MONTH_ENDS[Math.floor(next() * MONTH_ENDS.length)] as string,
    });
  }
  return rows;
}

function time<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

const segmentCount = argument('--segments', 100_000);
const rowCount = argument('--rows', 10_000);
const runs = argument('--runs', 5);
const declaredNetwork = network(segmentCount, true);
const chainedNetwork = network(segmentCount, false);
const rows = progressRows(rowCount, Math.ceil(segmentCount / SEGMENTS_PER_ROUTE));
const ownFigures: ProgressSegment[] = declaredNetwork.map(() => ({
  properties: { status: 'existing' },
  lengthKm: 0.5,
  completedKm: 0,
  guardRequiredKm: null,
  guardKm: 0,
}));

const timings: Record<string, number[]> = {
  'index (start_chainage)': [],
  'index (chained by geometry)': [],
  'join rows': [],
  'index + join': [],
  'as-of change': [],
};
let summary = '';
for (let run = 0; run < runs; run++) {
  const declared = time(() => buildRouteChainageIndex(declaredNetwork));
  const chained = time(() => buildRouteChainageIndex(chainedNetwork));
  const join = time(() => joinProgress(declared.result, rows));
  const asOf = time(() => progressAsOf(join.result, ownFigures, '2023-03-31'));
  timings['index (start_chainage)']?.push(declared.ms);
  timings['index (chained by geometry)']?.push(chained.ms);
  timings['join rows']?.push(join.ms);
  timings['index + join']?.push(declared.ms + join.ms);
  timings['as-of change']?.push(asOf.ms);
  if (chained.result.routes.size === 0) throw new Error('no chained route');
  summary =
    `${segmentCount} segments, ${rows.length} rows: ${join.result.matched.length} matched, ` +
    `${join.result.unmatched.length} unmatched, ${asOf.result.size} segments cut`;
}
console.log(summary);
for (const [label, values] of Object.entries(timings)) {
  console.log(`${label.padEnd(30)} median ${median(values).toFixed(1)} ms  (${runs} runs)`);
}
