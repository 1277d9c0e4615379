/**
 * Field mappings the user edited, remembered in localStorage under `fieldSetKey` (one per set of
 * field names), so the next file with the same fields opens mapped the same way. Storage may
 * be missing or full: then nothing is remembered, and nothing fails.
 */

/** The prefix of every key `fieldSetKey` makes. */
const KEY_PREFIX = 'roadboard-mapping-';

/** Every remembered mapping's text, by key. */
export function readStoredMappings(): Record<string, string> {
  const stored: Record<string, string> = {};
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key === null || !key.startsWith(KEY_PREFIX)) continue;
      const text = localStorage.getItem(key);
      if (text !== null) stored[key] = text;
    }
  } catch {
    // No storage (a sandboxed frame, storage turned off): nothing remembered.
  }
  return stored;
}

/** Remembers one mapping's text under its key. */
export function rememberMapping(key: string, text: string): void {
  try {
    localStorage.setItem(key, text);
  } catch {
    // Storage full or refused: the mapping still applies to this opening.
  }
}
