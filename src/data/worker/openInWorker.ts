/**
 * Main-thread side of opening a dataset: hands the work to a fresh data worker, relays its
 * progress and its roads (posted ahead of the answer), and lets the caller cancel (the worker
 * is terminated; nothing on screen changes).
 */
import PrepareWorker from './prepare.worker.ts?worker';
import {
  NORMALISE_REQUEST,
  type DrawnRoads,
  type LocateRequest,
  type OpenOutcome,
  type OpenProgress,
  type OpenRequest,
  type WorkerMessage,
} from './workerProtocol.ts';
import type { MeasuredSegment } from '../../domain/types.ts';
import type { ChainagePlace } from '../../domain/pointAtChainage.ts';

/** An opening in progress. */
export interface Opening {
  /** The outcome; resolves with `{ ok: false, readFailure: 'cancelled' }` when cancelled. */
  outcome: Promise<OpenOutcome>;
  cancel(): void;
}

export const CANCELLED = 'cancelled';

/**
 * Opens a dataset in a worker.
 *
 * @example
 * const opening = openDataset({ source: { kind: 'file', file }, options: {} }, showProgress);
 * const outcome = await opening.outcome;
 */
export function openDataset(
  request: OpenRequest,
  onProgress: (progress: OpenProgress) => void = () => {},
  onRoads: (roads: DrawnRoads) => void = () => {},
): Opening {
  const worker = new PrepareWorker();
  let settle: (outcome: OpenOutcome) => void = () => {};
  const outcome = new Promise<OpenOutcome>((resolve) => (settle = resolve));
  let settled = false;
  let receiveNormalised: ((geojson: Blob) => void) | null = null;
  /** The normalised GeoJSON is built when asked for, and has not been asked for yet. */
  let awaitingRequest = false;
  /** Why the worker failed, if it did. */
  let workerFailed: string | null = null;
  let failNormalised: ((error: Error) => void) | null = null;
  /** The dataset answered with is shown and its worker kept for questions (`locateChainage`). */
  let kept = false;
  let released = false;
  const finish = (result: OpenOutcome) => {
    if (!settled) {
      settled = true;
      settle(result);
    }
    // A dataset that opened keeps its worker until it is released; otherwise the worker stays
    // until it has sent the normalised GeoJSON, asked for or still to be.
    if (released || (!kept && receiveNormalised === null && !awaitingRequest)) worker.terminate();
  };
  const located = new Map<number, (place: ChainagePlace | null) => void>();
  let nextQuestion = 0;
  const locateChainage = (route: string, km: number): Promise<ChainagePlace | null> => {
    if (released || workerFailed) return Promise.resolve(null);
    const id = nextQuestion++;
    return new Promise((resolve) => {
      located.set(id, resolve);
      worker.postMessage({ type: 'locate', id, route, km } satisfies LocateRequest);
    });
  };
  const release = () => {
    released = true;
    for (const answer of located.values()) answer(null);
    located.clear();
    if (receiveNormalised === null) worker.terminate();
  };
  const segmentBatches: MeasuredSegment[][] = [];
  let roadsData: Blob | null = null;
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'roads') {
      roadsData = message.roads.roadsData;
      onRoads(message.roads);
    } else if (message.type === 'segments') segmentBatches.push(message.segments);
    else if (message.type === 'located') {
      located.get(message.id)?.(message.place);
      located.delete(message.id);
    } else if (message.type === 'normalised') {
      receiveNormalised?.(message.geojson);
      receiveNormalised = null;
      if (released) worker.terminate();
    } else if (message.outcome.ok) {
      const posted = message.outcome.dataset;
      const built = posted.normalisedGeojson;
      let normalised: Promise<Blob> | null = built === null ? null : Promise.resolve(built);
      if (built === null) awaitingRequest = true;
      // Asked for the first time, the worker builds it; a failure shows when "Download" asks.
      const normalisedGeojson = (): Promise<Blob> =>
        (normalised ??= new Promise<Blob>((resolve, reject) => {
          if (workerFailed) {
            reject(new Error(workerFailed));
            return;
          }
          receiveNormalised = resolve;
          failNormalised = reject;
          awaitingRequest = false;
          worker.postMessage(NORMALISE_REQUEST);
        }));
      if (roadsData === null) {
        finish({
          ok: false,
          readFailure: 'the data worker sent no roads',
          errors: [],
          warnings: [],
        });
        return;
      }
      kept = true;
      finish({
        ok: true,
        dataset: {
          ...posted,
          segments: segmentBatches.flat(),
          roadsData,
          normalisedGeojson,
          locateChainage,
          release,
        },
      });
    } else finish(message.outcome);
  };
  worker.onerror = (event) => {
    const message = event.message || 'the data worker failed';
    workerFailed = message;
    awaitingRequest = false;
    failNormalised?.(new Error(message));
    receiveNormalised = null;
    for (const answer of located.values()) answer(null);
    located.clear();
    finish({ ok: false, readFailure: message, errors: [], warnings: [] });
  };
  const source =
    request.source.kind === 'url'
      ? { kind: 'url' as const, url: new URL(request.source.url, document.baseURI).href }
      : request.source;
  try {
    worker.postMessage({ ...request, source });
  } catch (error) {
    // A value that cannot be copied to the worker (a function, a symbol, a DOM node, a proxy).
    finish({
      ok: false,
      readFailure: `the value cannot be copied to the data worker: ${(error as Error).message}`,
      errors: [],
      warnings: [],
    });
  }
  return {
    outcome,
    cancel: () => {
      if (!settled) finish({ ok: false, readFailure: CANCELLED, errors: [], warnings: [] });
    },
  };
}
