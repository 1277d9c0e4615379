/**
 * The report of an opening with nothing to say: a dataset that opened with no problem, no
 * mapping note and no mapping (in the contract's names), such as the sample county. The full
 * report (`loadReport.ts`: problems grouped and worded, the mapping summed up) is loaded for
 * any other opening.
 */
import type { LoadedDataset, OpenOutcome } from '../data/worker/workerProtocol.ts';
import type { LoadReport } from './loadReport.ts';

/** An opening that succeeded with nothing to report. */
export type CleanOutcome = Extract<OpenOutcome, { ok: true }>;

/** Whether an opening succeeded with no problem, no mapping note and no mapping to report. */
export function isClean(outcome: OpenOutcome): outcome is CleanOutcome {
  if (!outcome.ok) return false;
  const { errors, warnings, mappingNotes, mapping } = outcome.dataset;
  return errors.length + warnings.length + mappingNotes.length === 0 && mapping === null;
}

/**
 * The report of a clean opening: `loadReport` gives the same for it.
 *
 * @example
 * if (isClean(outcome)) cleanReport(outcome.dataset, 'sample/roads.geojson').segments; // 2335
 */
export function cleanReport(dataset: LoadedDataset, sourceName: string): LoadReport {
  const source = dataset.source;
  return {
    ok: true,
    errors: [],
    warnings: [],
    segments: dataset.tiles ? dataset.columns.size : dataset.segments.length,
    sourceName: dataset.sourceName || sourceName,
    assumedCoordinateSystem: dataset.assumedCoordinateSystem,
    cancelled: false,
    format: source.format,
    encoding: source.encoding,
    crs: source.crs,
    mapping: null,
    warningGroups: [],
  };
}
