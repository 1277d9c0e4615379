/**
 * Before measuring: the app's production build, the baseline page's build (same maplibre-gl
 * from node_modules) and the synthetic networks, all into bench-results/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'vite';
import { generateNetwork } from '../sample/syntheticNetwork.ts';
import { progressSheet } from './progressSheet.ts';
import {
  APP_BUILD_DIRECTORY,
  BASELINE_BUILD_DIRECTORY,
  BASELINE_SOURCE_DIRECTORY,
  DATA_DIRECTORY,
  networkFileName,
  progressFileName,
  REPOSITORY_ROOT,
} from './paths.ts';

/** Seed of every benchmark network: the same data on every run and every machine. */
export const NETWORK_SEED = 2024;

/** MapLibre in a chunk of its own, as vite.config.ts does for the app. */
const MAPLIBRE_CHUNK = { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] };

/** Builds the app with the project's vite.config.ts (MapLibre in its own chunk). */
export async function buildApp(): Promise<void> {
  await build({
    root: REPOSITORY_ROOT,
    logLevel: 'warn',
    build: { outDir: APP_BUILD_DIRECTORY, emptyOutDir: true },
  });
}

/** Builds the baseline page: plain MapLibre and the app's colour expressions, nothing else. */
export async function buildBaseline(): Promise<void> {
  await build({
    configFile: false,
    root: BASELINE_SOURCE_DIRECTORY,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: BASELINE_BUILD_DIRECTORY,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { output: { codeSplitting: MAPLIBRE_CHUNK } },
    },
  });
}

/** Writes the network of `segmentCount` segments; returns its size in bytes. */
export async function writeNetwork(segmentCount: number): Promise<number> {
  await mkdir(DATA_DIRECTORY, { recursive: true });
  const network = generateNetwork({ segmentCount, seed: NETWORK_SEED });
  const text = JSON.stringify(network);
  await writeFile(`${DATA_DIRECTORY}/${networkFileName(segmentCount)}`, text);
  await writeFile(`${DATA_DIRECTORY}/${progressFileName(segmentCount)}`, progressSheet(network));
  return Buffer.byteLength(text);
}
