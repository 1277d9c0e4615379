/**
 * Micro-benchmark of the grouped tables: a generated network of 100,000 segments, prepared as
 * the data worker prepares it, grouped by each field and by town × class, with no filter and
 * with a filter, as the Tables view does on every change. Prints the median of each.
 *
 * Run with `npx tsx scripts/bench/groupTable.ts [--segments 100000] [--runs 7]`.
 */
import { performance } from 'node:perf_hooks';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { GROUP_FIELDS, groupTable, type GroupField } from '../../src/domain/groupTable.ts';
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import { generateNetwork } from '../sample/syntheticNetwork.ts';
import { median } from './median.ts';

/** The budget of one grouped table at 100,000 segments (issue 19). */
const BUDGET_MS = 100;

function argument(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? Number(process.argv[index + 1] ?? fallback) : fallback;
}

const segmentCount = argument('--segments', 100_000);
const runs = argument('--runs', 7);
const outcome = prepareDataset(generateNetwork({ segmentCount, seed: 3, pointCount: 0 }));
if (!outcome.ok) throw new Error('the generated network does not validate');
const columns = segmentColumns(outcome.dataset.segments);
const index = new SegmentIndex(columns);
const filtered = index.shown({ classes: ['county', 'township', 'village'] }, 'status', ['planned']);

const groupings: GroupField[][] = [...GROUP_FIELDS.map((field) => [field]), ['town', 'class']];
let slowestMs = 0;
console.log(`grouped tables of ${columns.size} segments, median of ${runs} runs`);
for (const groupBy of groupings) {
  for (const [name, shown] of [
    ['all', null],
    ['filtered', filtered],
  ] as const) {
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      rows = groupTable(columns, shown, groupBy).rows.length;
      times.push(performance.now() - start);
    }
    const ms = median(times);
    slowestMs = Math.max(slowestMs, ms);
    console.log(
      `${groupBy.join(' × ').padEnd(14)} ${name.padEnd(9)} ${ms.toFixed(1)} ms, ${rows} rows`,
    );
  }
}
console.log(`slowest ${slowestMs.toFixed(1)} ms (budget ${BUDGET_MS} ms)`);
if (slowestMs > BUDGET_MS) process.exitCode = 1;
