/**
 * Reads a GeoJSON file from a byte stream without ever holding its text as one string, so a
 * file longer than the engine's longest string opens as long as its features fit in memory.
 *
 * For a top-level object (a FeatureCollection, or any other object) the reader walks the
 * members itself: each element of the top-level `features` array is found by scanning bytes
 * (nesting depth and string state only), and runs of consecutive elements are decoded and
 * parsed together as one small JSON array. Every other member is parsed on its own. Any other
 * top-level value is read whole and parsed once. The result equals JSON.parse of the whole text.
 */
import {
  GeojsonReadError,
  isOutOfMemory,
  type GeojsonReadErrorCode,
  type GeojsonReadErrorFacts,
} from './geojsonReadError.ts';
import { findJsonSyntaxError } from './jsonSyntaxError.ts';
import { primitiveEnd, scanStateAfter, scanValueEnd, type ValueScanState } from './jsonValueEnd.ts';

/** What the caller hears while the file is read, and how it stops the read. */
export interface ReadGeojsonOptions {
  /** Called with the bytes read so far, about once a megabyte and once at the end. */
  onBytes?(bytesRead: number): void;
  /** Called with the number of features parsed so far, after each run of features. */
  onFeature?(featureCount: number): void;
  /** Aborting it stops the read: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Size of the whole file in bytes, when known, for the message of a file too large. */
  totalBytes?: number;
}

/** How often the reader reports bytes read. */
const PROGRESS_EVERY_BYTES = 1024 * 1024;
/** Bytes of consecutive features parsed together: large enough that a parse costs little more
 * than its share of one whole parse, small enough that the text stays far from any limit. */
const BATCH_BYTES = 1024 * 1024;
/** Starting size of the byte window; it grows when one value needs more. */
const INITIAL_WINDOW_BYTES = 4 * BATCH_BYTES;

const OPENING_BRACE = 0x7b;
const CLOSING_BRACE = 0x7d;
const OPENING_BRACKET = 0x5b;
const CLOSING_BRACKET = 0x5d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;

/** The byte order mark UTF-8 files may start with. */
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Where the reader stands in the grammar of the top-level value. */
const enum Step {
  /** Before the first byte that is not whitespace (or a byte order mark). */
  Start,
  /** The top-level value is not an object: its bytes are kept and parsed at the end. */
  Whole,
  /** After `{`: a member name or `}`. */
  FirstName,
  /** After `,` between members: a member name. */
  Name,
  /** Inside a member name. */
  InName,
  /** After a member name: `:`. */
  Colon,
  /** After `:`: the first byte of a value. */
  MemberValue,
  /** Inside a member's string, object or array. */
  InMemberValue,
  /** Inside a member's number or literal. */
  InMemberPrimitive,
  /** After a member's value: `,` or `}`. */
  AfterMember,
  /** After the `[` of `features`: an element or `]`. */
  FirstFeature,
  /** After `,` between features: an element. */
  Feature,
  /** Inside a feature that is a string, object or array. */
  InFeature,
  /** Inside a feature that is a number or literal. */
  InFeaturePrimitive,
  /** After a feature: `,` or `]`. */
  AfterFeature,
  /** After the closing `}`: whitespace only. */
  Done,
}

/** Adds a member as JSON.parse does: an own, enumerable property even for `__proto__`. */
function defineMember(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/**
 * The reader's state between chunks: a window of bytes still needed (the feature or member
 * being read, and the features read but not yet parsed), the step in the grammar, and what
 * has been built.
 */
class GeojsonScanner {
  /** Bytes from `windowOffset` in the file; the first `length` hold data, one more is spare. */
  private window = new Uint8Array(INITIAL_WINDOW_BYTES);
  private length = 0;
  private windowOffset = 0;
  /** Index in the window of the next byte to read. */
  private index = 0;
  private step = Step.Start;
  private readonly valueScan: ValueScanState = scanStateAfter(QUOTE);
  /** Index of the first byte of the name or value being read. */
  private tokenStart = 0;
  private memberName = '';
  private root: Record<string, unknown> = {};
  private features: unknown[] = [];
  /** Index of the `[` or `,` before the first feature not yet parsed; -1 when none is open. */
  private batchStart = -1;
  /** Index after the last complete feature not yet parsed. */
  private batchEnd = 0;
  /** Complete features between `batchStart` and `batchEnd`. */
  private batchCount = 0;
  private readonly decoder = new TextDecoder('utf-8');
  bytesRead = 0;
  private bytesReported = 0;

  constructor(private readonly options: ReadGeojsonOptions) {}

  /** Complete features parsed or found so far. */
  get featuresRead(): number {
    return this.features.length + this.batchCount;
  }

  push(chunk: Uint8Array): void {
    this.bytesRead += chunk.byteLength;
    this.append(chunk);
    this.advance(false);
    if (this.bytesRead - this.bytesReported >= PROGRESS_EVERY_BYTES) {
      this.bytesReported = this.bytesRead;
      this.options.onBytes?.(this.bytesRead);
    }
  }

  finish(): unknown {
    this.advance(true);
    this.options.onBytes?.(this.bytesRead);
    if (this.step === Step.Done) return this.root;
    if (this.step === Step.Whole) return this.parseWhole();
    if (this.step === Step.Start) throw this.error('file-empty', null);
    this.flush();
    throw this.unfinishedValueError() ?? this.error('json-truncated', this.length);
  }

  /**
   * The syntax error in the value the file ends inside, if it has one before the end: a file
   * whose brackets never balance because of an error is invalid rather than cut short.
   */
  private unfinishedValueError(): GeojsonReadError | null {
    const inValue =
      this.step === Step.InName ||
      this.step === Step.InMemberValue ||
      this.step === Step.InMemberPrimitive ||
      this.step === Step.InFeature ||
      this.step === Step.InFeaturePrimitive;
    if (!inValue) return null;
    const problem = findJsonSyntaxError(this.window, this.tokenStart, this.length);
    if (problem === null || problem.index >= this.length) return null;
    const featureIndex = this.inFeatures() ? this.features.length : null;
    return this.error('json-invalid', problem.index, { featureIndex, expected: problem.expected });
  }

  /** The index in the window of the first byte still needed. */
  private keepFrom(): number {
    let keep = this.index;
    if (this.batchStart >= 0) keep = Math.min(keep, this.batchStart);
    switch (this.step) {
      case Step.Start:
      case Step.Whole:
        return 0;
      case Step.InName:
      case Step.InMemberValue:
      case Step.InMemberPrimitive:
      case Step.InFeature:
      case Step.InFeaturePrimitive:
        return Math.min(keep, this.tokenStart);
      default:
        return keep;
    }
  }

  /** Appends a chunk, first dropping the bytes no longer needed or growing the window. */
  private append(chunk: Uint8Array): void {
    const needed = this.length + chunk.byteLength + 1;
    if (needed > this.window.length) {
      const keep = this.keepFrom();
      const kept = this.length - keep;
      const neededAfterDrop = kept + chunk.byteLength + 1;
      // Dropping is enough when it leaves at least half the window free; else the window grows.
      if (neededAfterDrop * 2 <= this.window.length) {
        this.window.copyWithin(0, keep, this.length);
      } else {
        const grown = new Uint8Array(Math.max(neededAfterDrop, this.window.length * 2));
        grown.set(this.window.subarray(keep, this.length));
        this.window = grown;
      }
      this.length -= keep;
      this.index -= keep;
      this.tokenStart -= keep;
      this.batchEnd -= keep;
      if (this.batchStart >= 0) this.batchStart -= keep;
      this.windowOffset += keep;
    }
    this.window.set(chunk, this.length);
    this.length += chunk.byteLength;
  }

  private error(
    code: GeojsonReadErrorCode,
    windowIndex: number | null,
    details: Partial<GeojsonReadErrorFacts> = {},
    cause?: unknown,
  ): GeojsonReadError {
    const facts: GeojsonReadErrorFacts = {
      byteOffset: windowIndex === null ? null : this.windowOffset + windowIndex,
      featureIndex: null,
      featuresRead: this.features.length,
      bytesRead: this.bytesRead,
      fileBytes: this.options.totalBytes ?? null,
      expected: null,
      ...details,
    };
    return new GeojsonReadError(code, facts, cause === undefined ? undefined : { cause });
  }

  /** Whether the reader is inside the top-level `features` array. */
  private inFeatures(): boolean {
    return this.step >= Step.FirstFeature && this.step <= Step.AfterFeature;
  }

  /** The error for an unexpected byte at the index: parsed features first, so an earlier
   * error inside one of them wins. */
  private unexpected(expected: string): GeojsonReadError {
    this.flush();
    const featureIndex = this.inFeatures() ? this.features.length : null;
    return this.error('json-invalid', this.index, { featureIndex, expected });
  }

  /** Parses `window[start..end)` as one JSON text, saying where it fails. */
  private parseRange(start: number, end: number, featureIndex: number | null): unknown {
    const text = this.decoder.decode(this.window.subarray(start, end));
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      if (!(cause instanceof SyntaxError)) throw cause;
      throw this.syntaxError(start, end, featureIndex, cause);
    }
  }

  private syntaxError(
    start: number,
    end: number,
    featureIndex: number | null,
    cause: unknown,
  ): GeojsonReadError {
    const problem = findJsonSyntaxError(this.window, start, end);
    if (problem === null) {
      const expected = cause instanceof Error ? cause.message : null;
      return this.error('json-invalid', start, { featureIndex, expected }, cause);
    }
    return this.error('json-invalid', problem.index, {
      featureIndex,
      expected: problem.expected,
    });
  }

  /** Parses the complete features not yet parsed as one array and adds them. */
  private flush(): void {
    if (this.batchCount === 0) return;
    const start = this.batchStart;
    const end = this.batchEnd;
    // The byte before the first feature (`[` or `,`) and the byte after the last become the
    // brackets of one JSON array, and are put back once it is decoded.
    const window = this.window;
    const byteBefore = window[start]!;
    const byteAfter = window[end]!;
    window[start] = OPENING_BRACKET;
    window[end] = CLOSING_BRACKET;
    const text = this.decoder.decode(window.subarray(start, end + 1));
    window[start] = byteBefore;
    window[end] = byteAfter;
    let parsed: unknown[];
    try {
      parsed = JSON.parse(text) as unknown[];
    } catch (cause) {
      if (!(cause instanceof SyntaxError)) throw cause;
      throw this.featureError(cause);
    }
    const features = this.features;
    for (let position = 0; position < parsed.length; position++) features.push(parsed[position]);
    this.batchCount = 0;
    this.batchStart = -1;
    this.options.onFeature?.(features.length);
  }

  /** The syntax error of the first invalid feature in the batch that failed to parse. */
  private featureError(cause: unknown): GeojsonReadError {
    const window = this.window;
    let index = this.batchStart + 1;
    for (let position = 0; position < this.batchCount; position++) {
      while (isWhitespace(window[index]!) || window[index] === COMMA) index++;
      const start = index;
      const first = window[start]!;
      const end =
        first === OPENING_BRACE || first === OPENING_BRACKET || first === QUOTE
          ? scanValueEnd(window, start + 1, this.batchEnd, scanStateAfter(first))
          : primitiveEnd(window, start, this.batchEnd);
      const featureEnd = end < 0 ? this.batchEnd : end;
      const problem = findJsonSyntaxError(window, start, featureEnd);
      if (problem !== null) {
        const featureIndex = this.features.length + position;
        return this.error('json-invalid', problem.index, {
          featureIndex,
          expected: problem.expected,
        });
      }
      index = featureEnd;
    }
    const expected = cause instanceof Error ? cause.message : null;
    const featureIndex = this.features.length;
    return this.error('json-invalid', this.batchStart + 1, { featureIndex, expected }, cause);
  }

  private parseWhole(): unknown {
    const window = this.window;
    const text = this.decoder.decode(window.subarray(this.tokenStart, this.length));
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      if (!(cause instanceof SyntaxError)) throw cause;
      const problem = findJsonSyntaxError(window, this.tokenStart, this.length);
      if (problem !== null && problem.index >= this.length) {
        throw this.error('json-truncated', this.length, { featuresRead: 0 });
      }
      throw this.syntaxError(this.tokenStart, this.length, null, cause);
    }
  }

  /** A feature ends at `end`: it joins the batch, which is parsed once it is large enough. */
  private featureEnds(end: number): void {
    this.batchCount++;
    this.batchEnd = end;
    this.index = end;
    this.step = Step.AfterFeature;
    if (end - this.batchStart >= BATCH_BYTES) this.flush();
  }

  /** Reads as far as the bytes at hand allow; `atEnd` says no more will come. */
  private advance(atEnd: boolean): void {
    const window = this.window;
    const length = this.length;
    while (this.index < length) {
      const byte = window[this.index]!;
      switch (this.step) {
        case Step.Start: {
          if (byte === BYTE_ORDER_MARK[0] && this.index === 0 && this.windowOffset === 0) {
            if (length < 3 && !atEnd) return;
            if (window[1] === BYTE_ORDER_MARK[1] && window[2] === BYTE_ORDER_MARK[2]) {
              this.index = 3;
              continue;
            }
          }
          if (isWhitespace(byte)) {
            this.index++;
          } else if (byte === OPENING_BRACE) {
            this.index++;
            this.step = Step.FirstName;
          } else {
            this.tokenStart = this.index;
            this.step = Step.Whole;
          }
          continue;
        }
        case Step.Whole:
          this.index = length;
          return;
        case Step.FirstName:
        case Step.Name:
          if (isWhitespace(byte)) {
            this.index++;
          } else if (byte === QUOTE) {
            this.tokenStart = this.index;
            this.index++;
            Object.assign(this.valueScan, scanStateAfter(QUOTE));
            this.step = Step.InName;
          } else if (byte === CLOSING_BRACE && this.step === Step.FirstName) {
            this.index++;
            this.step = Step.Done;
          } else {
            throw this.unexpected('a property name in double quotes');
          }
          continue;
        case Step.InName: {
          const end = scanValueEnd(window, this.index, length, this.valueScan);
          if (end < 0) {
            this.index = length;
            return;
          }
          this.memberName = this.parseRange(this.tokenStart, end, null) as string;
          this.index = end;
          this.step = Step.Colon;
          continue;
        }
        case Step.Colon:
          if (isWhitespace(byte)) this.index++;
          else if (byte === COLON) {
            this.index++;
            this.step = Step.MemberValue;
          } else throw this.unexpected("':'");
          continue;
        case Step.MemberValue:
          if (isWhitespace(byte)) {
            this.index++;
          } else if (byte === OPENING_BRACKET && this.memberName === 'features') {
            this.features = [];
            defineMember(this.root, 'features', this.features);
            this.batchStart = this.index;
            this.batchCount = 0;
            this.index++;
            this.step = Step.FirstFeature;
          } else if (byte === OPENING_BRACE || byte === OPENING_BRACKET || byte === QUOTE) {
            this.tokenStart = this.index;
            this.index++;
            Object.assign(this.valueScan, scanStateAfter(byte));
            this.step = Step.InMemberValue;
          } else if (byte === COMMA || byte === CLOSING_BRACE || byte === CLOSING_BRACKET) {
            throw this.unexpected('a value');
          } else {
            this.tokenStart = this.index;
            this.step = Step.InMemberPrimitive;
          }
          continue;
        case Step.InMemberValue:
        case Step.InMemberPrimitive: {
          const end =
            this.step === Step.InMemberValue
              ? scanValueEnd(window, this.index, length, this.valueScan)
              : primitiveEnd(window, this.index, length);
          if (end < 0) {
            this.index = length;
            return;
          }
          defineMember(this.root, this.memberName, this.parseRange(this.tokenStart, end, null));
          this.index = end;
          this.step = Step.AfterMember;
          continue;
        }
        case Step.AfterMember:
          if (isWhitespace(byte)) this.index++;
          else if (byte === COMMA) {
            this.index++;
            this.step = Step.Name;
          } else if (byte === CLOSING_BRACE) {
            this.index++;
            this.step = Step.Done;
          } else throw this.unexpected("',' or '}'");
          continue;
        case Step.FirstFeature:
        case Step.Feature:
          if (isWhitespace(byte)) {
            this.index++;
          } else if (byte === CLOSING_BRACKET && this.step === Step.FirstFeature) {
            this.batchStart = -1;
            this.index++;
            this.step = Step.AfterMember;
          } else if (byte === OPENING_BRACE || byte === OPENING_BRACKET || byte === QUOTE) {
            this.tokenStart = this.index;
            this.index++;
            Object.assign(this.valueScan, scanStateAfter(byte));
            this.step = Step.InFeature;
          } else if (byte === COMMA || byte === CLOSING_BRACE || byte === CLOSING_BRACKET) {
            throw this.unexpected('a feature');
          } else {
            this.tokenStart = this.index;
            this.step = Step.InFeaturePrimitive;
          }
          continue;
        case Step.InFeature: {
          const end = scanValueEnd(window, this.index, length, this.valueScan);
          if (end < 0) {
            this.index = length;
            return;
          }
          this.featureEnds(end);
          continue;
        }
        case Step.InFeaturePrimitive: {
          const end = primitiveEnd(window, this.index, length);
          if (end < 0) {
            this.index = length;
            return;
          }
          this.featureEnds(end);
          continue;
        }
        case Step.AfterFeature:
          if (isWhitespace(byte)) {
            this.index++;
          } else if (byte === COMMA) {
            if (this.batchStart < 0) this.batchStart = this.index;
            this.index++;
            this.step = Step.Feature;
          } else if (byte === CLOSING_BRACKET) {
            this.flush();
            this.index++;
            this.step = Step.AfterMember;
          } else {
            throw this.unexpected("',' or ']'");
          }
          continue;
        case Step.Done:
          if (isWhitespace(byte)) this.index++;
          else throw this.unexpected('the end of the JSON');
          continue;
      }
    }
  }
}

/**
 * Reads GeoJSON (or any JSON) from a stream of UTF-8 bytes and resolves to what JSON.parse of
 * the whole text would give, without building that text: a FeatureCollection of any size
 * opens as long as its features fit in memory. A byte order mark at the start is skipped.
 *
 * Rejects with a {@link GeojsonReadError} for invalid JSON (with the byte offset and the
 * feature index), a file that ends early (with the complete features read), an empty file, or
 * memory running out (with the size in megabytes); with the signal's reason when aborted; and
 * with the stream's own error when reading fails.
 *
 * @example
 * const collection = await readGeojsonStream(file.stream(), {
 *   onBytes: (bytesRead) => console.log(`${bytesRead} of ${file.size} bytes`),
 *   onFeature: (featureCount) => console.log(`${featureCount} features`),
 *   signal: controller.signal,
 *   totalBytes: file.size,
 * });
 */
export async function readGeojsonStream(
  stream: ReadableStream<Uint8Array>,
  options: ReadGeojsonOptions = {},
): Promise<unknown> {
  const { signal } = options;
  signal?.throwIfAborted();
  const reader = stream.getReader();
  const scanner = new GeojsonScanner(options);
  // Cancelling the stream ends a read that is waiting for bytes, so an abort takes effect now.
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      scanner.push(value);
    }
    return scanner.finish();
  } catch (error) {
    void reader.cancel(error).catch(() => undefined);
    if (error instanceof GeojsonReadError || !isOutOfMemory(error)) throw error;
    throw new GeojsonReadError(
      'file-too-large',
      {
        byteOffset: null,
        featureIndex: null,
        featuresRead: scanner.featuresRead,
        bytesRead: scanner.bytesRead,
        fileBytes: options.totalBytes ?? null,
        expected: null,
      },
      { cause: error },
    );
  } finally {
    signal?.removeEventListener('abort', cancel);
    reader.releaseLock();
  }
}
