/**
 * MapLibre's workers, started as the page starts: they load their script and learn the
 * `rbblob:` protocol (public/blob-protocol.mjs) while the data worker reads the dataset, so the
 * map, made once the dataset is ready, finds them waiting.
 */
import { importScriptInWorkers, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** The protocol of `public/blob-protocol.mjs`. */
export const BLOB_PROTOCOL = 'rbblob';

let started = false;
let blobProtocol: Promise<boolean> | null = null;

/**
 * Starts MapLibre's workers and teaches them the `rbblob:` protocol; called once at start-up
 * (and by the map itself, for pages that did not). Resolves whether the workers read object
 * URLs themselves: false (plain `blob:` URLs then) when the script cannot be loaded.
 *
 * A plain `blob:` URL is fetched by the page and its parsed GeoJSON copied to the worker, a
 * main-thread task of seconds at 100k segments.
 */
export function startMapWorkers(): Promise<boolean> {
  if (!started) {
    started = true;
    setWorkerUrl(workerUrl);
    prewarm();
  }
  blobProtocol ??= importScriptInWorkers(new URL('blob-protocol.mjs', document.baseURI).href)
    .then(() => true)
    .catch((error: unknown) => {
      console.warn('MapLibre workers read GeoJSON through the page:', error);
      return false;
    });
  return blobProtocol;
}

/** The address under which MapLibre's worker reads an object URL (itself, where it can). */
export function workerDataUrl(objectUrl: string, workerReadsBlobs: boolean): string {
  return workerReadsBlobs ? `${BLOB_PROTOCOL}://${objectUrl}` : objectUrl;
}
