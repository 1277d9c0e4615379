/**
 * The typed error of the streaming GeoJSON reader: a code a caller can turn into a sentence of
 * its own, the facts behind it (where, how many features, how large), and an English message.
 */

/** Why a GeoJSON file could not be read. */
export type GeojsonReadErrorCode =
  /** The bytes are not valid JSON; `byteOffset` says where, `featureIndex` in which feature. */
  | 'json-invalid'
  /** The file ends before the JSON does; `featuresRead` complete features came before the end. */
  | 'json-truncated'
  /** Memory ran out; `fileBytes` is the size of the file (or the bytes read, when not known). */
  | 'file-too-large'
  /** The file holds nothing but whitespace. */
  | 'file-empty';

/** The facts behind a read error; each is null where it does not apply or is not known. */
export interface GeojsonReadErrorFacts {
  /** Offset in the file, in bytes from its first byte (a byte order mark counts). */
  byteOffset: number | null;
  /** Index of the element of the top-level `features` array the error is in, from 0. */
  featureIndex: number | null;
  /** Complete features read before the error. */
  featuresRead: number | null;
  /** Bytes read from the stream before the error. */
  bytesRead: number;
  /** Size of the whole file in bytes, when the caller gave it. */
  fileBytes: number | null;
  /** What the JSON grammar expects at `byteOffset`, e.g. `',' or '}'`. */
  expected: string | null;
}

/** Bytes in a megabyte, as file managers count them. */
const BYTES_PER_MEGABYTE = 1024 * 1024;

/**
 * A whole number of megabytes, at least 1 for any non-empty size.
 *
 * @example
 * megabytesOf(654 * 1024 * 1024); // 654
 */
export function megabytesOf(bytes: number): number {
  return bytes > 0 ? Math.max(1, Math.round(bytes / BYTES_PER_MEGABYTE)) : 0;
}

function messageOf(code: GeojsonReadErrorCode, facts: GeojsonReadErrorFacts): string {
  switch (code) {
    case 'json-invalid': {
      const feature = facts.featureIndex === null ? '' : `, in feature ${facts.featureIndex + 1}`;
      const expected = facts.expected === null ? '' : `: expected ${facts.expected}`;
      return `not valid JSON at byte ${facts.byteOffset ?? 0}${feature}${expected}`;
    }
    case 'json-truncated':
      return (
        `the file ends before its JSON does, after ${facts.featuresRead ?? 0} complete ` +
        `features (${facts.bytesRead} bytes read): it looks cut short`
      );
    case 'file-too-large': {
      const size = facts.fileBytes ?? facts.bytesRead;
      return (
        `the file is too large for a browser to open (${megabytesOf(size)} MB): memory ran ` +
        `out after reading ${megabytesOf(facts.bytesRead)} MB`
      );
    }
    case 'file-empty':
      return 'the file is empty';
  }
}

/**
 * An error of `readGeojsonStream` a caller can tell apart by `code` and explain with the facts.
 *
 * @example
 * try {
 *   await readGeojsonStream(file.stream());
 * } catch (error) {
 *   if (error instanceof GeojsonReadError && error.code === 'json-truncated') {
 *     console.log(`cut short after ${error.featuresRead} features`);
 *   }
 * }
 */
export class GeojsonReadError extends Error {
  override readonly name = 'GeojsonReadError';
  readonly code: GeojsonReadErrorCode;
  readonly byteOffset: number | null;
  readonly featureIndex: number | null;
  readonly featuresRead: number | null;
  readonly bytesRead: number;
  readonly fileBytes: number | null;
  readonly expected: string | null;

  constructor(code: GeojsonReadErrorCode, facts: GeojsonReadErrorFacts, options?: ErrorOptions) {
    super(messageOf(code, facts), options);
    this.code = code;
    this.byteOffset = facts.byteOffset;
    this.featureIndex = facts.featureIndex;
    this.featuresRead = facts.featuresRead;
    this.bytesRead = facts.bytesRead;
    this.fileBytes = facts.fileBytes;
    this.expected = facts.expected;
  }
}

/**
 * Whether an error is the engine running out of memory (an allocation or a string over the
 * longest length) rather than a bug or a deep recursion.
 *
 * @example
 * isOutOfMemory(new RangeError('Invalid string length')); // true
 */
export function isOutOfMemory(error: unknown): boolean {
  if (error instanceof RangeError) return !/call stack/i.test(error.message);
  // Some engines report a failed allocation as a plain Error or an InternalError.
  return error instanceof Error && /out of memory|allocation failed/i.test(error.message);
}
