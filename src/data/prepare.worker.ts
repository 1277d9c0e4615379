/**
 * The data worker: fetches or parses a dataset and prepares it off the main thread, so the
 * page stays responsive while a large file is read, validated and measured.
 */
import { prepareDataset } from './prepareDataset.ts';
import type { PrepareOutcome } from './prepareDataset.ts';

/** What the page asks the worker for. */
export type PrepareRequest = { kind: 'url'; url: string } | { kind: 'text'; text: string };

/** What the worker answers: an outcome, or a failure to read or parse the input at all. */
export type PrepareResponse = PrepareOutcome | { ok: false; readFailure: string };

async function readInput(request: PrepareRequest): Promise<string> {
  if (request.kind === 'text') return request.text;
  const response = await fetch(request.url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

self.onmessage = async (event: MessageEvent<PrepareRequest>) => {
  let answer: PrepareResponse;
  try {
    const text = await readInput(event.data);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (parseError) {
      answer = { ok: false, readFailure: `JSON: ${(parseError as Error).message}` };
      self.postMessage(answer);
      return;
    }
    answer = prepareDataset(parsed);
  } catch (readError) {
    answer = { ok: false, readFailure: (readError as Error).message };
  }
  self.postMessage(answer);
};
