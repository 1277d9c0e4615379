/**
 * The MapLibre that `public/blob-protocol.mjs` is verified against. The script patches MapLibre's
 * worker through internals no public API promises (`self.worker`, its `_getWorkerSource`, the
 * tables `workerSources`, `layerIndexes` and `availableImages`, the GeoJSON worker source's
 * `loadData` and the `data` it returns). These tests fail when a MapLibre upgrade changes any of
 * them, so that the fast path is verified again before it ships.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The MapLibre versions the patch is verified against. */
const VERIFIED_VERSION = /^6\.17\.\d+$/;

const RE_VERIFY =
  'public/blob-protocol.mjs reaches into MapLibre’s worker internals. After a MapLibre ' +
  'upgrade, re-verify the patch against the new worker bundle (the names and shapes checked ' +
  'here; tests/browser/load.test.ts; the benchmark), then update VERIFIED_VERSION and these ' +
  'patterns in tests/unit/workerBlobs.test.ts. Until then, turn the fast path off with ' +
  'WORKER_BLOBS in src/map/workerBlobs.ts.';

const packageRoot = new URL('../../node_modules/maplibre-gl/', import.meta.url);
const version = (
  JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version: string }
).version;
const workerBundle = readFileSync(new URL('dist/maplibre-gl-worker.mjs', packageRoot), 'utf8');
const patch = readFileSync(new URL('../../public/blob-protocol.mjs', import.meta.url), 'utf8');

/** What the patch relies on, as it appears in MapLibre's (minified) worker bundle. */
const RELIED_ON: { what: string; name: string; inBundle: RegExp }[] = [
  {
    what: 'the worker object on `self`',
    name: 'self.worker',
    inBundle: /self\.worker=new \w+\(self\)/,
  },
  {
    what: 'protocols registered inside the worker',
    name: 'self.addProtocol',
    inBundle: /this\.self\.addProtocol=/,
  },
  {
    what: '`_getWorkerSource(mapId, type, sourceName)` making a source in `workerSources[mapId]`',
    name: '_getWorkerSource',
    inBundle: /_getWorkerSource\((\w+),\w+,\w+\)\{if\(this\.workerSources\[\1\]/,
  },
  {
    what: 'the GeoJSON worker source made with the map’s layer index and available images',
    name: 'geojson',
    inBundle:
      /case`geojson`:this\.workerSources\[\w+\]\[\w+\]\[\w+\]=new \w+\(\w+,this\._getLayerIndex\(\w+\),this\._getAvailableImages\(\w+\)\)/,
  },
  {
    what: 'the per-map table of layer indexes',
    name: 'layerIndexes',
    inBundle: /this\.layerIndexes\[/,
  },
  {
    what: 'the per-map table of available images',
    name: 'availableImages',
    inBundle: /this\.availableImages\[/,
  },
  {
    what: 'the “load data” message going to the worker source’s `loadData`',
    name: 'loadData',
    inBundle: /this\._getWorkerSource\(\w+,\w+\.type,\w+\.source\)\.loadData\(\w+\)/,
  },
  {
    what: '`loadData` returning the data it loaded by URL as `data` (what the patch drops)',
    name: 'result.data',
    inBundle: /async loadData\((\w+)\)\{[^]{0,400}?\1\.request&&\(\w+\.data=\1\.data\)/,
  },
];

describe('the MapLibre that the rbblob: fast path is verified against', () => {
  it('is the version verified', () => {
    expect(version, `maplibre-gl is ${version}. ${RE_VERIFY}`).toMatch(VERIFIED_VERSION);
  });

  it.each(RELIED_ON)('still has $what', ({ name, inBundle }) => {
    expect(patch.includes(name), `blob-protocol.mjs no longer uses ${name}: update this list`).toBe(
      true,
    );
    expect(
      inBundle.test(workerBundle),
      `maplibre-gl ${version}: ${inBundle} not found in dist/maplibre-gl-worker.mjs. ${RE_VERIFY}`,
    ).toBe(true);
  });
});
