/**
 * Where the benchmark reads and writes. Everything it makes lives in the git-ignored
 * `bench-results/`.
 */
import { fileURLToPath } from 'node:url';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS_DIRECTORY = fileURLToPath(new URL('../../bench-results/', import.meta.url));
/** The app's production build. */
export const APP_BUILD_DIRECTORY = `${RESULTS_DIRECTORY}dist`;
/** The baseline page's build. */
export const BASELINE_BUILD_DIRECTORY = `${RESULTS_DIRECTORY}baseline`;
/** The synthetic networks. */
export const DATA_DIRECTORY = `${RESULTS_DIRECTORY}data`;
export const BASELINE_SOURCE_DIRECTORY = fileURLToPath(new URL('./baseline', import.meta.url));

/** File name of the progress sheet (CSV) made for the network with `segmentCount` segments. */
export function progressFileName(segmentCount: number): string {
  return `progress-${segmentCount}.csv`;
}

/** File name of the network with `segmentCount` segments. */
export function networkFileName(segmentCount: number): string {
  return `network-${segmentCount}.geojson`;
}
