// Loaded into MapLibre's workers by src/map/workerBlobs.ts (importScriptInWorkers), which owns
// this fast path and its switch; tests/unit/workerBlobs.test.ts checks that the MapLibre in use
// still has what the patch below relies on.
//
// 1. It registers the `rbblob:` protocol: `rbblob://blob:…` is the page's object URL of
//    features in Roadboard's binary feature format (src/contract/featureCodec.ts) or of GeoJSON
//    text, which the worker fetches and reads itself, so that the page never parses or copies
//    the geometry.
// 2. MapLibre sends GeoJSON it loaded by URL back to the page, for `getData()`: a copy of the
//    whole dataset taken in on the main thread. The app never asks for it, so for `rbblob:`
//    loads the copy is dropped. This reaches into MapLibre's worker (its GeoJSON worker
//    source's `loadData`); where that is not found, nothing changes.
const PREFIX = 'rbblob://';

// The reading half of src/contract/featureCodec.ts, which documents the format; a plain script
// cannot import it. tests/unit/featureCodec.test.ts runs this copy on what the encoder writes.
const FEATURE_FORMAT_MAGIC = 0x31464252;
const ABSENT = 0xffffffff;
const padding = (length) => (8 - (length % 8)) % 8;

function readColumn(column, buffer, offset, count, assign) {
  const Type = column.kind === 'number' ? Float64Array : Uint32Array;
  const data = new Type(buffer, offset, count);
  for (let index = 0; index < count; index++) {
    const value = data[index];
    if (column.kind === 'number') assign(index, value);
    else if (value !== ABSENT) assign(index, column.values[value]);
  }
  return offset + data.byteLength + padding(data.byteLength);
}

function readFeatures(buffer) {
  const headerLength = new Uint32Array(buffer, 4, 1)[0];
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength)));
  const count = header.featureCount;
  let offset = 8 + headerLength + padding(8 + headerLength);
  const next = (Type, length) => {
    const data = new Type(buffer, offset, length);
    offset += data.byteLength + padding(data.byteLength);
    return data;
  };
  const types = next(Uint8Array, count);
  const featureEnds = next(Uint32Array, count);
  const lineEnds = next(Uint32Array, header.lineCount);
  const positions = next(Float64Array, header.positionCount * 2);
  const features = new Array(count);
  let line = 0;
  let position = 0;
  for (let index = 0; index < count; index++) {
    const lines = [];
    for (; line < featureEnds[index]; line++) {
      const end = lineEnds[line];
      const points = new Array(end - position);
      for (let at = 0; position < end; position++, at++) {
        points[at] = [positions[position * 2], positions[position * 2 + 1]];
      }
      lines.push(points);
    }
    const type = types[index];
    const geometry =
      type === 1
        ? { type: 'Point', coordinates: lines[0][0] }
        : type === 2
          ? { type: 'LineString', coordinates: lines[0] }
          : { type: 'MultiLineString', coordinates: lines };
    features[index] = { type: 'Feature', geometry, properties: {} };
  }
  if (header.id) {
    offset = readColumn(header.id, buffer, offset, count, (index, value) => {
      features[index].id = value;
    });
  }
  for (const column of header.columns) {
    offset = readColumn(column, buffer, offset, count, (index, value) => {
      features[index].properties[column.key] = value;
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Binary features or GeoJSON text, as a GeoJSON object. */
function readData(buffer) {
  const binary =
    buffer.byteLength >= 8 && new Uint32Array(buffer, 0, 1)[0] === FEATURE_FORMAT_MAGIC;
  return binary ? readFeatures(buffer) : JSON.parse(new TextDecoder().decode(buffer));
}

self.addProtocol('rbblob', async (request, abortController) => {
  const response = await fetch(request.url.slice(PREFIX.length), {
    signal: abortController.signal,
  });
  if (!response.ok) throw new Error(`cannot read ${request.url}: ${response.status}`);
  return { data: readData(await response.arrayBuffer()) };
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
      // Set to undefined, not deleted: a delete changes the result's shape and makes V8
      // deoptimise MapLibre's message serializer (see docs/performance.md).
      if (result && typeof url === 'string' && url.startsWith(PREFIX)) result.data = undefined;
      return result;
    };
    keepDataInWorker.keepsDataInWorker = true;
    geojsonSource.loadData = keepDataInWorker;
  }
}
for (const table of [worker?.workerSources, worker?.layerIndexes, worker?.availableImages]) {
  if (table) delete table[PROBE_MAP];
}
