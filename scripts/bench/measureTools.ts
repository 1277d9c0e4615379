/**
 * Micro-benchmark of the measuring, selecting and data-check tools on a generated network, as
 * the page runs them: the lines read back from the drawn roads' binary features (once per
 * dataset, on first use), a click snapped with its route's chainage, a box over a quarter of
 * the network, and the data checks. Prints the median of each.
 *
 * Run with `npx tsx scripts/bench/measureTools.ts [--segments 100000] [--runs 5]`.
 */
import { performance } from 'node:perf_hooks';
import { decodeFeatures, encodeFeatures } from '../../src/contract/featureCodec.ts';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { dataChecks, lengthMismatches } from '../../src/domain/dataChecks.ts';
import { snapToRoad } from '../../src/domain/measureAlongRoad.ts';
import { boxRing, segmentsInRing } from '../../src/domain/segmentsInArea.ts';
import { snapNetwork } from '../../src/domain/snapNetwork.ts';
import { generateNetwork } from '../sample/syntheticNetwork.ts';
import { median } from './median.ts';

function argument(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? Number(process.argv[index + 1] ?? fallback) : fallback;
}

const segmentCount = argument('--segments', 100_000);
const runs = argument('--runs', 5);
const outcome = prepareDataset(generateNetwork({ segmentCount, seed: 3, pointCount: 0 }));
if (!outcome.ok) throw new Error('the generated network does not validate');
const dataset = outcome.dataset;
const buffer = await encodeFeatures(dataset.roads).arrayBuffer();
const [west, south, east, north] = dataset.bounds;
const box = boxRing([west, south, (west + east) / 2, (south + north) / 2]);

function time<Result>(run: () => Result): { ms: number; result: Result } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

const steps: Record<string, number[]> = {};
const note = (step: string, ms: number) => (steps[step] ??= []).push(ms);
let selected = 0;
let checks = 0;
for (let run = 0; run < runs; run++) {
  const decoded = time(() => decodeFeatures(buffer).features);
  note('decode the drawn roads', decoded.ms);
  const network = time(() => snapNetwork(decoded.result, dataset.segments, dataset.segmentBounds));
  note('segment lines', network.ms);
  // A click on a vertex of a segment of a route not snapped before (its chainage is built).
  const line = network.result.lines[run * 7 + 5]![0]!;
  note(
    'snap a click (route chainage built)',
    time(() => snapToRoad(network.result, line[3]!, 50)).ms,
  );
  const inBox = time(() => segmentsInRing(network.result.lines, dataset.segmentBounds, box));
  note('segments in a box over a quarter', inBox.ms);
  selected = inBox.result.reduce((sum, value) => sum + value, 0);
  const found = time(() => dataChecks(dataset.segments, dataset.errors));
  note('data checks', found.ms);
  checks = found.result.length;
  note(
    'length mismatches at another share',
    time(() => lengthMismatches(dataset.segments, 0.2)).ms,
  );
}
console.log(
  `${segmentCount} segments, median of ${runs} runs (${selected} in the box, ${checks} checks)`,
);
for (const [step, times] of Object.entries(steps)) {
  console.log(`${step.padEnd(40)} ${median(times).toFixed(1).padStart(8)} ms`);
}
