/**
 * Main-thread side of opening a dataset: hands the work to a fresh data worker, relays its
 * progress, and lets the caller cancel (the worker is terminated; nothing on screen changes).
 */
import PrepareWorker from './prepare.worker.ts?worker';
import type { OpenOutcome, OpenProgress, OpenRequest, WorkerMessage } from './datasetSource.ts';
import type { MeasuredSegment } from '../domain/types.ts';

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
): Opening {
  const worker = new PrepareWorker();
  let settle: (outcome: OpenOutcome) => void = () => {};
  const outcome = new Promise<OpenOutcome>((resolve) => (settle = resolve));
  const finish = (result: OpenOutcome) => {
    worker.terminate();
    settle(result);
  };
  const segmentBatches: MeasuredSegment[][] = [];
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'segments') segmentBatches.push(message.segments);
    else if (message.outcome.ok) {
      finish({
        ...message.outcome,
        dataset: { ...message.outcome.dataset, segments: segmentBatches.flat() },
      });
    } else finish(message.outcome);
  };
  worker.onerror = (event) => {
    finish({
      ok: false,
      readFailure: event.message || 'the data worker failed',
      errors: [],
      warnings: [],
    });
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
    cancel: () => finish({ ok: false, readFailure: CANCELLED, errors: [], warnings: [] }),
  };
}
