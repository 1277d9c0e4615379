/**
 * Micro-benchmark of a tile set's statistics: `tsx scripts/bench/tileColumns.ts <folder>` reads
 * the columns file of a tile set (`npm run tiles`), then times, as medians of 5 runs, decoding
 * it, the unfiltered statistics and, for a filter of village roads (most of a network, so the
 * heaviest statistics), the kept segments, their statistics and their legend counts: the work
 * the app does for a filter on a tile set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeColumns } from '../../src/data/tiles/columnsCodec.ts';
import { SegmentIndex } from '../../src/domain/segmentIndex.ts';
import { median } from './median.ts';

const folder = process.argv[2];
if (!folder) throw new Error('usage: tsx scripts/bench/tileColumns.ts <tile set folder>');
const bytes = gunzipSync(readFileSync(join(folder, 'columns.bin.gz')));

function time<Result>(label: string, run: () => Result): Result {
  const timesMs: number[] = [];
  let result: Result | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    const startedMs = performance.now();
    result = run();
    timesMs.push(performance.now() - startedMs);
  }
  console.log(`${label}: ${median(timesMs).toFixed(1)} ms`);
  return result as Result;
}

const columns = time('decode the columns', () => decodeColumns(bytes));
const index = new SegmentIndex(columns);
const all = time('unfiltered statistics', () => index.summary(null));
const filter = { classes: ['village' as const] };
const filtered = time('a filter: kept, statistics and legend counts', () => {
  const kept = index.kept(filter);
  index.bucketTotals('status', kept);
  return index.summary(kept);
});
console.log(
  `${all.segments.toLocaleString('en')} segments, ${all.lengthKm.toFixed(0)} km; filter keeps ${filtered.segments.toLocaleString('en')}`,
);
