/**
 * Main-thread side of loading: hands the work to the data worker and waits for its answer.
 */
import PrepareWorker from './prepare.worker.ts?worker';
import type { PrepareRequest, PrepareResponse } from './prepare.worker.ts';

/**
 * Fetches (or parses) and prepares a dataset in a worker. Resolves with the worker's answer;
 * rejects only if the worker itself cannot run.
 *
 * @example
 * const answer = await loadDataset({ kind: 'url', url: 'sample/roads.geojson' });
 */
export function loadDataset(request: PrepareRequest): Promise<PrepareResponse> {
  return new Promise((resolve, reject) => {
    const worker = new PrepareWorker();
    worker.onmessage = (event: MessageEvent<PrepareResponse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'data worker failed'));
    };
    if (request.kind === 'url') {
      request = { kind: 'url', url: new URL(request.url, document.baseURI).href };
    }
    worker.postMessage(request);
  });
}
