/**
 * A progress sheet (CSV) for a benchmark network: one row per ten segments, each a stretch of
 * 0.2–2.5 km on a route with chainage, in one of six month-ends of 2023, with a status and
 * completed km. Made from the network's own chainage, so every row lies on it.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { formatChainage } from '../../src/domain/chainage.ts';
import { buildRouteChainageIndex } from '../../src/domain/routeChainage.ts';

const MONTH_ENDS = [
  '2023-01-31',
  '2023-02-28',
  '2023-03-31',
  '2023-04-30',
  '2023-05-31',
  '2023-06-30',
];
const STATUSES = ['在建', '在建', '完工', '通车'];

/** A deterministic generator, so every run joins the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * @example
 * const csv = progressSheet(network); // '\uFEFF路线编码,起点桩号,…\r\nX012,K3+200,K4+950,在建,0.8,2023-03-31\r\n…'
 */
export function progressSheet(network: FeatureCollection, rowCount?: number): string {
  const lines = network.features.filter(
    (feature): feature is Feature<LineString | MultiLineString> =>
      feature.geometry?.type === 'LineString' || feature.geometry?.type === 'MultiLineString',
  );
  const index = buildRouteChainageIndex(
    lines.map((feature) => ({
      geometry: feature.geometry,
      properties: (feature.properties ?? {}) as { route?: string; start_chainage?: string },
    })),
  );
  const routes = [...index.routes.values()].filter((route) => route.toKm - route.fromKm > 3);
  const next = random(17);
  const rows = ['路线编码,起点桩号,止点桩号,建设状态,完成里程(公里),填报日期'];
  const count = rowCount ?? Math.max(1, Math.round(lines.length / 10));
  for (let i = 0; i < count && routes.length > 0; i++) {
    const route = routes[Math.floor(next() * routes.length)]!;
    const span = route.spans[Math.floor(next() * route.spans.length)]!;
    const fromKm =
      Math.round((span.fromKm + next() * 0.5 * (span.toKm - span.fromKm)) * 1000) / 1000;
    const lengthKm = Math.round((0.2 + next() * 2.3) * 1000) / 1000;
    const toKm = Math.min(route.toKm, fromKm + lengthKm);
    const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
    const completed =
      status === '在建' ? (Math.round(next() * (toKm - fromKm) * 1000) / 1000).toFixed(3) : '';
    const date = MONTH_ENDS[Math.floor(next() * MONTH_ENDS.length)]!;
    rows.push(
      [route.route, formatChainage(fromKm), formatChainage(toKm), status, completed, date].join(
        ',',
      ),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
