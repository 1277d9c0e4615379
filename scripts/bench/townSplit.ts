/**
 * Micro-benchmark of splitting roads at town boundaries (the data worker's step when a dataset
 * comes with 乡镇界): a generated network of 100,000 segments cut at a grid of square towns
 * about 9 km wide over its extent; then the grouped table by town and a town filter's
 * columns, which the page computes. Median of a few runs each.
 *
 * Run with `npx tsx scripts/bench/townSplit.ts [--segments 100000] [--runs 3]`.
 */
import { performance } from 'node:perf_hooks';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { groupTable } from '../../src/domain/groupTable.ts';
import { segmentColumns } from '../../src/domain/segmentIndex.ts';
import { townArea, townLookup, type TownArea } from '../../src/domain/townAreas.ts';
import { columnsInTowns, splitColumnsAtTowns, townParts } from '../../src/domain/townColumns.ts';
import { townPieces } from '../../src/domain/townPieces.ts';
import { generateNetwork } from '../sample/syntheticNetwork.ts';
import { median } from './median.ts';

const TOWN_WIDTH_DEG = 0.09;

function argument(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? Number(process.argv[index + 1] ?? fallback) : fallback;
}

function timed<Result>(runs: number, work: () => Result): { ms: number; result: Result } {
  const times: number[] = [];
  let result: Result | undefined;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result: result as Result };
}

const segmentCount = argument('--segments', 100_000);
const runs = argument('--runs', 3);
const outcome = prepareDataset(generateNetwork({ segmentCount, seed: 3, pointCount: 0 }));
if (!outcome.ok) throw new Error('the generated network does not validate');
const { segments, lines, bounds } = outcome.dataset;
const [west, south, east, north] = bounds;
const areas: TownArea[] = [];
for (let lon = west; lon < east; lon += TOWN_WIDTH_DEG) {
  for (let lat = south; lat < north; lat += TOWN_WIDTH_DEG) {
    const [x0, y0, x1, y1] = [lon, lat, lon + TOWN_WIDTH_DEG, lat + TOWN_WIDTH_DEG];
    const ring = [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ];
    areas.push(townArea(`town ${areas.length}`, [ring]));
  }
}
const columns = segmentColumns(segments);
const lookup = townLookup(areas);
const cut = timed(runs, () => lines.map((line) => townPieces(line, lookup)));
const names = areas.map((area) => area.name);
const split = timed(runs, () => splitColumnsAtTowns(columns, cut.result, names));
const parts = timed(runs, () => townParts({ ...split.result }));
const table = timed(runs, () => groupTable(split.result, null, ['town']));
const filter = timed(runs, () => columnsInTowns(split.result, names.slice(0, 3)));
console.log(`${segments.length} segments, ${areas.length} square towns, median of ${runs} runs`);
console.log(`cut at the boundaries (worker): ${cut.ms.toFixed(0)} ms`);
console.log(`town columns (worker): ${split.ms.toFixed(0)} ms`);
console.log(`town parts of the columns (page, once per columns): ${parts.ms.toFixed(0)} ms`);
console.log(
  `grouped table by town (page): ${table.ms.toFixed(0)} ms, ${table.result.rows.length} rows`,
);
console.log(`columns of a town filter (page): ${filter.ms.toFixed(0)} ms`);
