/**
 * A clean opening's report without the full report's module is the full report: on the sample
 * county as the worker opens it, and on what makes an opening not clean.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedDataset, OpenOutcome } from '../../src/data/worker/workerProtocol.ts';
import { cleanReport, isClean } from '../../src/state/cleanReport.ts';
import { loadReport, NO_WORDING } from '../../src/state/loadReport.ts';
import { preparedSample } from './preparedSample.ts';

/** The sample county as the page holds it once opened (what the report reads of it). */
function sampleOutcome(changes: Partial<LoadedDataset> = {}): OpenOutcome {
  const prepared = preparedSample();
  const dataset = {
    ...prepared,
    sourceName: '',
    assumedCoordinateSystem: null,
    source: { format: 'geojson', encoding: null, encodingSource: null, crs: null },
    mapping: null,
    mappingNotes: [],
    ...changes,
  } as unknown as LoadedDataset;
  return { ok: true, dataset };
}

describe('cleanReport', () => {
  it('reports the sample county as the full report does', () => {
    const outcome = sampleOutcome();
    expect(isClean(outcome)).toBe(true);
    if (!isClean(outcome)) return;
    const report = cleanReport(outcome.dataset, 'sample/roads.geojson');
    expect(report).toEqual(loadReport(outcome, 'sample/roads.geojson', NO_WORDING));
    expect(report.segments).toBe(outcome.dataset.segments.length);
    expect(report.segments).toBeGreaterThan(2000);
    expect(report).toMatchObject({
      ok: true,
      format: 'geojson',
      sourceName: 'sample/roads.geojson',
    });
  });

  it('takes the source name and the coordinate system the dataset gives', () => {
    const outcome = sampleOutcome({
      sourceName: 'roads.geojson',
      assumedCoordinateSystem: 'EPSG:4326',
      source: { format: 'object', encoding: null, encodingSource: null, crs: 'CRS84' },
    });
    if (!isClean(outcome)) throw new Error('not clean');
    expect(cleanReport(outcome.dataset, 'x')).toEqual(loadReport(outcome, 'x', NO_WORDING));
  });

  it('leaves a failure, a problem, a mapping note or a mapping to the full report', () => {
    const warning = {
      severity: 'warning' as const,
      code: 'id-missing',
      featureIndex: 0,
      params: {},
    };
    const note = { code: 'class-missing', field: '', count: 1, examples: [] };
    const mapping = { schema: 'national', fields: {}, fieldNames: [], samples: {} };
    expect(isClean({ ok: false, readFailure: 'HTTP 404', errors: [], warnings: [] })).toBe(false);
    expect(isClean(sampleOutcome({ warnings: [warning] }))).toBe(false);
    expect(isClean(sampleOutcome({ errors: [{ ...warning, severity: 'error' }] }))).toBe(false);
    expect(isClean(sampleOutcome({ mappingNotes: [note] as never }))).toBe(false);
    expect(isClean(sampleOutcome({ mapping: mapping as never }))).toBe(false);
  });
});
