/**
 * MapLibre's workers, started as the page starts: they load their script and learn the
 * `rbblob:` protocol (public/blob-protocol.mjs) while the data worker reads the dataset, so the
 * map, made once the dataset is ready, finds them waiting.
 */
import { addProtocol, importScriptInWorkers, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** The protocol of `public/blob-protocol.mjs`. */
export const BLOB_PROTOCOL = 'rbblob';
const PREFIX = `${BLOB_PROTOCOL}://`;

let started = false;
let blobProtocol: Promise<void> | null = null;

/**
 * Reads an `rbblob:` address on the page: MapLibre's worker asks the page for addresses of a
 * protocol it does not know, and the page copies the features over to it.
 */
async function readOnPage(
  request: { url: string },
  abortController: AbortController,
): Promise<{ data: object }> {
  const response = await fetch(request.url.slice(PREFIX.length), {
    signal: abortController.signal,
  });
  if (!response.ok) throw new Error(`cannot read ${request.url}: ${response.status}`);
  const buffer = await response.arrayBuffer();
  // Loaded only on this rare path: the page's app code stays small.
  const { decodeFeatures, isEncodedFeatures } = await import('../contract/featureCodec.ts');
  if (isEncodedFeatures(buffer)) return { data: decodeFeatures(buffer) };
  return { data: JSON.parse(new TextDecoder().decode(buffer)) as object };
}

/**
 * Starts MapLibre's workers and teaches them the `rbblob:` protocol; called once at start-up
 * (and by the map itself, for pages that did not). Resolves once `rbblob:` addresses can be
 * read: by the workers themselves or, where the script cannot be loaded, by the page for them
 * (a main-thread task of seconds at 100k segments, but the map still draws).
 */
export function startMapWorkers(): Promise<void> {
  if (!started) {
    started = true;
    setWorkerUrl(workerUrl);
    prewarm();
  }
  blobProtocol ??= importScriptInWorkers(new URL('blob-protocol.mjs', document.baseURI).href)
    .then(() => undefined)
    .catch((error: unknown) => {
      console.warn('MapLibre workers read their data through the page:', error);
      addProtocol(BLOB_PROTOCOL, readOnPage);
    });
  return blobProtocol;
}

/** The address under which MapLibre's worker reads an object URL. */
export function workerDataUrl(objectUrl: string): string {
  return `${PREFIX}${objectUrl}`;
}
