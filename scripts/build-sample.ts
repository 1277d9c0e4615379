/**
 * `npm run sample`: writes the built-in sample county (public/sample/roads.geojson,
 * public/sample/context.geojson) from data/sample-county.source.json, and its 2023 history as a
 * progress sheet (public/sample/progress-2023.csv) and its synthetic town boundaries
 * (public/sample/towns.geojson). Deterministic: running it
 * again gives the same bytes, which tests/unit/sample.test.ts checks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SAMPLE_CONTEXT_PATH,
  SAMPLE_ROADS_PATH,
  sampleCountyFiles,
} from './sample/sampleCounty.ts';
import { readSampleSource } from './sample/source.ts';
import { SAMPLE_PROGRESS_PATH, sampleProgressCsv } from './sample/progressHistory.ts';
import { SAMPLE_TOWNS_PATH, sampleTownBoundaries } from './sample/townBoundaries.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const files = sampleCountyFiles(readSampleSource());
for (const [relativePath, text] of [
  [SAMPLE_ROADS_PATH, files.roads],
  [SAMPLE_CONTEXT_PATH, files.context],
  [SAMPLE_PROGRESS_PATH, sampleProgressCsv(files.roads)],
  [SAMPLE_TOWNS_PATH, sampleTownBoundaries(files.context)],
] as const) {
  const path = `${repositoryRoot}${relativePath}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${relativePath}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
}
