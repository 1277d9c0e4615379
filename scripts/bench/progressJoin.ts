/**
 * The data worker's work for a progress sheet, timed in Node: a synthetic network of 100,000
 * segments (the benchmark's generator) prepared as the worker prepares it, then a sheet of
 * 10,000 rows over six month-ends read, joined, cut into pieces, drawn and laid out in dated
 * columns (`joinSheets`, `drawNetwork`, `historyColumns`), and the columns as of one date.
 * `npm run bench` times the same join inside the app's worker, and an as-of change in the map.
 *
 * Run with `npx tsx scripts/bench/progressJoin.ts [--segments 100000] [--rows 10000] [--runs 3]`.
 */
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { joinSheets } from '../../src/data/worker/joinSheets.ts';
import { drawNetwork } from '../../src/data/worker/drawNetwork.ts';
import { columnsAsOf, historyColumns } from '../../src/domain/historyColumns.ts';
import { generateNetwork } from '../sample/syntheticNetwork.ts';
import { median } from './median.ts';
import { NETWORK_SEED } from './prepare.ts';
import { progressSheet } from './progressSheet.ts';

function argument(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? Number(process.argv[index + 1] ?? fallback) : fallback;
}

const segmentCount = argument('--segments', 100_000);
const rowCount = argument('--rows', 10_000);
const runs = argument('--runs', 3);

const network = generateNetwork({ segmentCount, seed: NETWORK_SEED });
const prepared = prepareDataset(network);
if (!prepared.ok) throw new Error('the generated network does not validate');
const { segments, lines } = prepared.dataset;
const csv = new TextEncoder().encode(progressSheet(network as never, rowCount));
const sheet = { name: 'progress.csv', bytes: csv.buffer as ArrayBuffer };

const times = {
  join: [] as number[],
  draw: [] as number[],
  columns: [] as number[],
  asOf: [] as number[],
};
let report = { matched: 0, rows: 0, pieces: 0, dates: 0 };
for (let run = 0; run < runs; run++) {
  let start = performance.now();
  const joined = await joinSheets(segments, lines, [sheet]);
  times.join.push(performance.now() - start);
  start = performance.now();
  drawNetwork(joined.network.segments, joined.network.lines, joined.network.history);
  times.draw.push(performance.now() - start);
  start = performance.now();
  const laid = historyColumns(joined.network.segments, joined.network.history);
  times.columns.push(performance.now() - start);
  start = performance.now();
  columnsAsOf(laid.columns, laid.history, 2);
  times.asOf.push(performance.now() - start);
  report = {
    rows: joined.report.sheets[0]!.rows,
    matched: joined.report.sheets[0]!.matched,
    pieces: joined.network.history.indices.length,
    dates: joined.report.dates.length,
  };
}
const total = times.join.map((join, i) => join + times.draw[i]! + times.columns[i]!);
console.log(
  `${segmentCount.toLocaleString()} segments, ${report.rows.toLocaleString()} rows (${report.matched.toLocaleString()} matched), ${report.pieces.toLocaleString()} pieces, ${report.dates} dates; median of ${runs} runs:`,
);
console.log(`  read + join + cut (joinSheets)   ${median(times.join).toFixed(0)} ms (budget 1000)`);
console.log(`  draw (drawNetwork)               ${median(times.draw).toFixed(0)} ms`);
console.log(`  dated columns (historyColumns)   ${median(times.columns).toFixed(0)} ms`);
console.log(`  worker total                     ${median(total).toFixed(0)} ms`);
console.log(`  columns as of a date (the page)  ${median(times.asOf).toFixed(1)} ms`);
