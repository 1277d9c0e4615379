/**
 * Finds where a JSON value ends in UTF-8 bytes without parsing it: a string ends at its
 * unescaped closing quote; an object ends where its braces balance, an array where its square
 * brackets balance, counting only those outside strings. Bytes of multi-byte UTF-8 characters
 * are all 0x80 or above, so they never look like a bracket, a quote or a backslash.
 *
 * The scan may stop at the end of the bytes at hand and go on later: the state carries the
 * depth, whether the scan is inside a string, and whether the last byte was a backslash.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENING_BRACE = 0x7b;
const CLOSING_BRACE = 0x7d;
const OPENING_BRACKET = 0x5b;
const CLOSING_BRACKET = 0x5d;

/**
 * Four bytes at a time: a word is skipped whole when none of its bytes is a quote or one of the
 * brackets counted. `byte & 0xf9` folds `{` and `}` (and `y`, DEL, which JSON allows only inside
 * strings) onto 0x79, and `[` and `]` (and `Y`, `_`) onto 0x59; a byte equal to the pattern
 * becomes zero after the exclusive or, and the zero-byte test below finds it.
 */
const FOLD_MASK = 0xf9f9f9f9;
const BRACE_PATTERN = 0x79797979;
const BRACKET_PATTERN = 0x59595959;
const QUOTE_PATTERN = 0x22222222;
const ONES = 0x01010101;
const HIGH_BITS = 0x80808080;

/** The bytes as 32-bit words, or null when they do not start on a 4-byte boundary. */
const wordViews = new WeakMap<Uint8Array, Uint32Array | null>();

function wordsOf(bytes: Uint8Array): Uint32Array | null {
  let words = wordViews.get(bytes);
  if (words === undefined) {
    words =
      bytes.byteOffset % 4 === 0
        ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2)
        : null;
    wordViews.set(bytes, words);
  }
  return words;
}

/** Bytes that end a number, `true`, `false` or `null`: whitespace, `,`, `]` and `}`. */
const ENDS_PRIMITIVE = new Uint8Array(256);
for (const byte of [0x20, 0x09, 0x0a, 0x0d, 0x2c, 0x5d, 0x7d]) ENDS_PRIMITIVE[byte] = 1;

/** Where a paused scan of a string, an object or an array stands. */
export interface ValueScanState {
  /**
   * The closing byte the scan counts, `}` for an object, `]` for an array: in valid JSON the
   * other kind of bracket nests inside, so one kind is enough to find the end.
   */
  closing: number;
  /** Open brackets of the kind counted; 0 while scanning a string that is itself the value. */
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
 * const state = scanStateAfter(0x7b); // { closing: 0x7d, depth: 1, inString: false, escaped: false }
 */
export function scanStateAfter(firstByte: number): ValueScanState {
  if (firstByte === QUOTE) return { closing: 0, depth: 0, inString: true, escaped: false };
  const closing = firstByte === OPENING_BRACKET ? CLOSING_BRACKET : CLOSING_BRACE;
  return { closing, depth: 1, inString: false, escaped: false };
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
  const closing = state.closing;
  const opening = closing === CLOSING_BRACE ? OPENING_BRACE : OPENING_BRACKET;
  const pattern = closing === CLOSING_BRACE ? BRACE_PATTERN : BRACKET_PATTERN;
  const words = wordsOf(bytes);
  const wordEnd = end >>> 2;
  for (;;) {
    if (words !== null && index % 4 === 0) {
      let word = index >>> 2;
      while (word < wordEnd) {
        const value = words[word]!;
        const brackets = (value & FOLD_MASK) ^ pattern;
        const quotes = value ^ QUOTE_PATTERN;
        const zeroBytes = ((brackets - ONES) & ~brackets) | ((quotes - ONES) & ~quotes);
        if ((zeroBytes & HIGH_BITS) !== 0) break;
        word++;
      }
      index = word * 4;
    }
    if (index >= end) break;
    const byte = bytes[index++];
    if (byte === QUOTE) {
      index = endOfString(bytes, index, end, state);
      if (index < 0) {
        state.depth = depth;
        state.inString = true;
        return -1;
      }
    } else if (byte === opening) {
      depth++;
    } else if (byte === closing) {
      depth--;
      if (depth === 0) {
        state.depth = 0;
        return index;
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
