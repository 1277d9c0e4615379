/**
 * How the app's data reaches MapLibre's workers, and the one switch between the two ways.
 *
 * On (the default): MapLibre's workers load `public/blob-protocol.mjs`, which teaches them the
 * `rbblob:` protocol: `rbblob://blob:…` is an object URL of binary features
 * (src/contract/featureCodec.ts) that the worker fetches and decodes itself, so the page never
 * parses or copies the geometry. The script reaches into MapLibre's worker internals
 * (tests/unit/workerBlobs.test.ts names the MapLibre version it is verified against).
 *
 * Off (`WORKER_BLOBS`, `?workerBlobs=0` in the page's address, or the script failing to load):
 * the page decodes the features and gives MapLibre plain GeoJSON; nothing depends on MapLibre's
 * internals. The way to turn the fast path off when a MapLibre version breaks it.
 */
import { importScriptInWorkers, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';

/** The switch of the fast path; `?workerBlobs=0` in the page's address turns it off too. */
const WORKER_BLOBS = true;
/** The address's query parameter that turns the fast path off with `0`. */
export const WORKER_BLOBS_PARAMETER = 'workerBlobs';
/** The protocol of `public/blob-protocol.mjs`. */
export const BLOB_PROTOCOL = 'rbblob';
const PREFIX = `${BLOB_PROTOCOL}://`;
/** The script MapLibre's workers load for the fast path, beside the page. */
const WORKER_SCRIPT = 'blob-protocol.mjs';

/** What a GeoJSON source is given: an address MapLibre's worker reads, or the features. */
export type SourceData = string | FeatureCollection;

/** Binary features as a GeoJSON source's data, held until `close`. */
export interface SourceBlob {
  readonly data: SourceData;
  /** Lets the data go (revokes the object URL behind an `rbblob:` address). */
  close(): void;
}

let on: boolean | null = null;
let started = false;
let workerScript: Promise<void> | null = null;

/**
 * Whether MapLibre's workers read the app's Blobs themselves. Read from the address once, as
 * the page starts (the app rewrites the address later).
 */
export function workerBlobsOn(): boolean {
  on ??= WORKER_BLOBS && new URLSearchParams(location.search).get(WORKER_BLOBS_PARAMETER) !== '0';
  return on;
}

/**
 * Starts MapLibre's workers and, with the fast path on, has them load `blob-protocol.mjs`;
 * called once at start-up (and by the map itself, for pages that did not), so that the workers
 * are ready by the time the first dataset is. Resolves once `openBlob` may be called: where the
 * script cannot be loaded, the fast path is turned off for the page.
 */
export function startMapWorkers(): Promise<void> {
  if (!started) {
    started = true;
    setWorkerUrl(workerUrl);
    prewarm();
  }
  if (!workerBlobsOn()) return Promise.resolve();
  workerScript ??= importScriptInWorkers(new URL(WORKER_SCRIPT, document.baseURI).href)
    .then(() => undefined)
    .catch((error: unknown) => {
      console.warn('MapLibre workers read their data through the page:', error);
      on = false;
    });
  return workerScript;
}

/**
 * Binary features as a GeoJSON source's data: an `rbblob:` address of an object URL of them
 * (MapLibre's worker reads it), or, with the fast path off, the features decoded on the page.
 * Call after `startMapWorkers` has resolved.
 */
export async function openBlob(blob: Blob): Promise<SourceBlob> {
  if (workerBlobsOn()) {
    const objectUrl = URL.createObjectURL(blob);
    return { data: `${PREFIX}${objectUrl}`, close: () => URL.revokeObjectURL(objectUrl) };
  }
  // Loaded only with the fast path off: the page's app code stays small.
  const { decodeFeatures } = await import('../contract/featureCodec.ts');
  return { data: decodeFeatures(await blob.arrayBuffer()), close: () => {} };
}
