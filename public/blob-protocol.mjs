// Loaded into MapLibre's workers by src/map/RoadMap.ts (importScriptInWorkers).
//
// 1. It registers the `rbblob:` protocol: `rbblob://blob:…` is the page's object URL of a
//    GeoJSON text, which the worker fetches and parses itself, so that the page never parses or
//    copies the geometry.
// 2. MapLibre (6.17) sends GeoJSON it loaded by URL back to the page, for `getData()`: a copy
//    of the whole dataset taken in on the main thread (3 s and 80 MB at 100k segments). The app
//    never asks for it, so for `rbblob:` loads the copy is dropped. This reaches into MapLibre's
//    worker (its GeoJSON worker source's `loadData`); where that is not found, nothing changes.
const PREFIX = 'rbblob://';

self.addProtocol('rbblob', async (request, abortController) => {
  const response = await fetch(request.url.slice(PREFIX.length), {
    signal: abortController.signal,
  });
  if (!response.ok) throw new Error(`cannot read ${request.url}: ${response.status}`);
  return { data: await response.json() };
});

const PROBE_MAP = 'roadboard-probe';
const worker = self.worker;
const probe = worker?._getWorkerSource?.(PROBE_MAP, 'geojson', 'probe');
const geojsonSource = probe ? Object.getPrototypeOf(probe) : null;
if (geojsonSource && typeof geojsonSource.loadData === 'function') {
  const loadData = geojsonSource.loadData;
  if (!loadData.keepsDataInWorker) {
    const keepDataInWorker = async function (params) {
      const result = await loadData.call(this, params);
      const url = params?.request?.url;
      if (result && typeof url === 'string' && url.startsWith(PREFIX)) delete result.data;
      return result;
    };
    keepDataInWorker.keepsDataInWorker = true;
    geojsonSource.loadData = keepDataInWorker;
  }
}
for (const table of [worker?.workerSources, worker?.layerIndexes, worker?.availableImages]) {
  if (table) delete table[PROBE_MAP];
}
