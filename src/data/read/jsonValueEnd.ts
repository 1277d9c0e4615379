/**
 * Finds where a JSON value ends in UTF-8 bytes without parsing it: a string ends at its
 * unescaped closing quote; an object or array ends where the nesting depth returns to zero,
 * counting only the brackets outside strings. Bytes of multi-byte UTF-8 characters are all
 * 0x80 or above, so they never look like a bracket, a quote or a backslash.
 *
 * The scan may stop at the end of the bytes at hand and go on later: the state carries the
 * depth, whether the scan is inside a string, and whether the last byte was a backslash.
 */

/** Byte classes the scan stops at; every other byte is skipped. */
const OTHER = 0;
const OPENING = 1;
const CLOSING = 2;
const QUOTE_CLASS = 3;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The class of each byte value, so the scan makes one table look-up per byte. */
const BYTE_CLASS = new Uint8Array(256);
BYTE_CLASS[0x7b] = OPENING; // {
BYTE_CLASS[0x5b] = OPENING; // [
BYTE_CLASS[0x7d] = CLOSING; // }
BYTE_CLASS[0x5d] = CLOSING; // ]
BYTE_CLASS[QUOTE] = QUOTE_CLASS;

/** Bytes that end a number, `true`, `false` or `null`: whitespace, `,`, `]` and `}`. */
const ENDS_PRIMITIVE = new Uint8Array(256);
for (const byte of [0x20, 0x09, 0x0a, 0x0d, 0x2c, 0x5d, 0x7d]) ENDS_PRIMITIVE[byte] = 1;

/** Where a paused scan of a string, an object or an array stands. */
export interface ValueScanState {
  /** Open objects and arrays; 0 while scanning a string that is itself the value. */
  depth: number;
  /** Whether the scan stands inside a string. */
  inString: boolean;
  /** Whether the last byte scanned is a backslash inside a string. */
  escaped: boolean;
}

/**
 * The state to scan a value from the byte after its first byte (`{`, `[` or `"`).
 *
 * @example
 * const state = scanStateAfter(0x7b); // { depth: 1, inString: false, escaped: false }
 */
export function scanStateAfter(firstByte: number): ValueScanState {
  return firstByte === QUOTE
    ? { depth: 0, inString: true, escaped: false }
    : { depth: 1, inString: false, escaped: false };
}

/**
 * Index after the end of the string the scan stands in, or -1 when `end` comes first (the state
 * then says whether the last byte is a backslash).
 */
function endOfString(bytes: Uint8Array, start: number, end: number, state: ValueScanState): number {
  let index = start;
  if (state.escaped) {
    if (index >= end) return -1;
    index++;
    state.escaped = false;
  }
  while (index < end) {
    const byte = bytes[index++];
    if (byte === QUOTE) return index;
    if (byte === BACKSLASH) {
      if (index >= end) {
        state.escaped = true;
        return -1;
      }
      index++;
    }
  }
  return -1;
}

/**
 * Scans a string, object or array from `start` (just after its first byte, or where a paused
 * scan stopped) and returns the index after its last byte, or -1 when `end` comes first; the
 * state is then ready for the scan to go on from `end` once more bytes follow them.
 *
 * @example
 * const bytes = new TextEncoder().encode('{"a":"}"} ,');
 * scanValueEnd(bytes, 1, bytes.length, scanStateAfter(bytes[0]!)); // 9
 */
export function scanValueEnd(
  bytes: Uint8Array,
  start: number,
  end: number,
  state: ValueScanState,
): number {
  let index = start;
  let depth = state.depth;
  if (state.inString) {
    index = endOfString(bytes, index, end, state);
    if (index < 0) return -1;
    state.inString = false;
    if (depth === 0) return index;
  }
  while (index < end) {
    const byteClass = BYTE_CLASS[bytes[index]!];
    index++;
    if (byteClass === OTHER) continue;
    if (byteClass === OPENING) {
      depth++;
    } else if (byteClass === CLOSING) {
      depth--;
      if (depth === 0) {
        state.depth = 0;
        return index;
      }
    } else {
      index = endOfString(bytes, index, end, state);
      if (index < 0) {
        state.depth = depth;
        state.inString = true;
        return -1;
      }
    }
  }
  state.depth = depth;
  return -1;
}

/**
 * Index of the byte that ends a number or literal starting at or before `start` (whitespace,
 * `,`, `]` or `}`), or -1 when `end` comes first.
 *
 * @example
 * primitiveEnd(new TextEncoder().encode('12.5, 3'), 0, 7); // 4
 */
export function primitiveEnd(bytes: Uint8Array, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    if (ENDS_PRIMITIVE[bytes[index]!] === 1) return index;
  }
  return -1;
}
