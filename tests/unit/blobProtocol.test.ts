/**
 * What `public/blob-protocol.mjs` changes in MapLibre's worker besides reading the binary
 * format (featureCodec.test.ts covers that): the GeoJSON worker source's `loadData` stops
 * sending a dataset loaded through `rbblob:` back to the page. The script runs for real, in a
 * context of its own, against a stand-in for the two MapLibre worker internals it reaches.
 */
import { describe, expect, it } from 'vitest';
import { runBlobProtocolScript } from './blobProtocolScript.ts';

interface LoadResult {
  data?: unknown;
}

/** MapLibre's GeoJSON worker source, as far as the script uses it (its result built alike). */
class GeoJsonWorkerSource {
  loadData(params: { request?: { url?: string } }): Promise<LoadResult> {
    const result: LoadResult = {};
    result.data = { type: 'FeatureCollection', features: [], from: params.request?.url };
    return Promise.resolve(result);
  }
}

function runScript() {
  const tables = {
    workerSources: { 'roadboard-probe': {}, map: {} },
    layerIndexes: { 'roadboard-probe': {}, map: {} },
    availableImages: { 'roadboard-probe': [], map: [] },
  };
  const source = new GeoJsonWorkerSource();
  const worker = { ...tables, _getWorkerSource: () => new GeoJsonWorkerSource() };
  runBlobProtocolScript({ addProtocol: () => undefined, worker });
  return { source, tables };
}

describe('blob-protocol.mjs in MapLibre’s worker', () => {
  it('keeps a dataset read through rbblob: in the worker', async () => {
    const { source } = runScript();
    const result = await source.loadData({ request: { url: 'rbblob://blob:http://x/1' } });
    expect(result.data).toBeUndefined();
    // Set to undefined, not deleted: a delete makes V8 optimise and throw away MapLibre's
    // message serializer again on every later tile (see --trace-opt).
    expect(Object.hasOwn(result, 'data')).toBe(true);
  });

  it('sends any other dataset back as MapLibre does', async () => {
    const { source } = runScript();
    const result = await source.loadData({ request: { url: 'http://x/roads.geojson' } });
    expect(result.data).toMatchObject({ from: 'http://x/roads.geojson' });
  });

  it('wraps loadData once and leaves no trace of its probe', async () => {
    const { tables } = runScript();
    const wrapped = GeoJsonWorkerSource.prototype.loadData;
    runScript();
    expect(GeoJsonWorkerSource.prototype.loadData).toBe(wrapped);
    for (const table of Object.values(tables)) expect(Object.keys(table)).toEqual(['map']);
  });
});
