/**
 * Runs the real `public/blob-protocol.mjs` (the script MapLibre's workers load) in a context of
 * its own, with the globals of a worker it uses and the given `self`. Returns the context, where
 * the script's top-level functions (`readData`) can be read.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

export function runBlobProtocolScript(self: object): Record<string, unknown> {
  const script = readFileSync(new URL('../../public/blob-protocol.mjs', import.meta.url), 'utf8');
  const context: Record<string, unknown> = {
    TextDecoder,
    Uint8Array,
    Uint32Array,
    Float64Array,
    JSON,
    fetch: () => Promise.reject(new Error('no fetch here')),
    self,
  };
  runInNewContext(script, context);
  return context;
}
