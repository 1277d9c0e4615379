/**
 * Reads a zip's central directory (the list of entries at its end) without expanding anything:
 * names, sizes as the zip declares them, compression method and where each entry's data starts.
 * Light on purpose, so that format sniffing can look inside a zip without loading a zip library.
 */

/** One entry as the central directory describes it. */
export interface ZipEntry {
  /** The entry's path inside the zip, decoded as UTF-8 where valid, else as GBK. */
  name: string;
  /** 0: stored, 8: deflated; other methods are not read. */
  method: number;
  encrypted: boolean;
  compressedBytes: number;
  /** The size the zip declares for the expanded entry (which a hostile zip may understate). */
  uncompressedBytes: number;
  /** Offset of the entry's local header from the start of the zip. */
  localHeaderOffset: number;
}

const END_OF_DIRECTORY_SIGNATURE = 0x06054b50;
const ZIP64_END_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const DIRECTORY_ENTRY_SIGNATURE = 0x02014b50;
const END_OF_DIRECTORY_BYTES = 22;
/** The end record may be followed by a comment of up to 65 535 bytes. */
const LONGEST_COMMENT_BYTES = 0xffff;
const ZIP64_EXTRA_FIELD_ID = 0x0001;
const SATURATED_32 = 0xffffffff;
const SATURATED_16 = 0xffff;

/** Decodes an entry name: UTF-8 when flagged or valid, else GBK (Chinese Windows zip tools). */
function decodeEntryName(nameBytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(nameBytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(nameBytes);
  } catch {
    return new TextDecoder('gbk').decode(nameBytes);
  }
}

/** Offset of the end-of-central-directory record, searched from the end; -1 when absent. */
function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_OF_DIRECTORY_BYTES - LONGEST_COMMENT_BYTES);
  for (let offset = view.byteLength - END_OF_DIRECTORY_BYTES; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY_SIGNATURE) return offset;
  }
  return -1;
}

/** Where the directory starts and how many entries it has, following zip64 records if used. */
function directoryLocation(
  view: DataView,
  endOffset: number,
): { entryCount: number; directoryOffset: number } | null {
  let entryCount = view.getUint16(endOffset + 10, true);
  let directoryOffset = view.getUint32(endOffset + 16, true);
  const locatorOffset = endOffset - 20;
  const usesZip64 = entryCount === SATURATED_16 || directoryOffset === SATURATED_32;
  if (usesZip64 && locatorOffset >= 0) {
    if (view.getUint32(locatorOffset, true) !== ZIP64_END_LOCATOR_SIGNATURE) return null;
    const zip64EndOffset = Number(view.getBigUint64(locatorOffset + 8, true));
    if (zip64EndOffset + 56 > view.byteLength) return null;
    if (view.getUint32(zip64EndOffset, true) !== ZIP64_END_SIGNATURE) return null;
    entryCount = Number(view.getBigUint64(zip64EndOffset + 32, true));
    directoryOffset = Number(view.getBigUint64(zip64EndOffset + 48, true));
  }
  return { entryCount, directoryOffset };
}

/** Sizes and offset from a zip64 extra field, for those the fixed fields leave saturated. */
function applyZip64Extra(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  entry: ZipEntry,
): void {
  let offset = extraStart;
  while (offset + 4 <= extraEnd) {
    const id = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    if (id === ZIP64_EXTRA_FIELD_ID) {
      let field = offset + 4;
      const fieldEnd = Math.min(field + size, extraEnd);
      const next = (): number | null => {
        if (field + 8 > fieldEnd) return null;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedBytes === SATURATED_32)
        entry.uncompressedBytes = next() ?? SATURATED_32;
      if (entry.compressedBytes === SATURATED_32) entry.compressedBytes = next() ?? SATURATED_32;
      if (entry.localHeaderOffset === SATURATED_32) {
        entry.localHeaderOffset = next() ?? SATURATED_32;
      }
      return;
    }
    offset += 4 + size;
  }
}

/**
 * The zip's entries as its central directory lists them, or null when the bytes are not a
 * readable zip (no end record, a directory outside the file, a damaged entry).
 *
 * @example
 * readZipDirectory(zipBytes)?.map((entry) => entry.name); // ['roads.shp', 'roads.dbf', …]
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < END_OF_DIRECTORY_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOffset = findEndOfDirectory(view);
  if (endOffset < 0) return null;
  const location = directoryLocation(view, endOffset);
  if (!location) return null;
  const entries: ZipEntry[] = [];
  let offset = location.directoryOffset;
  for (let index = 0; index < location.entryCount; index++) {
    if (offset + 46 > bytes.length) return null;
    if (view.getUint32(offset, true) !== DIRECTORY_ENTRY_SIGNATURE) return null;
    const flags = view.getUint16(offset + 8, true);
    const nameBytes = view.getUint16(offset + 28, true);
    const extraBytes = view.getUint16(offset + 30, true);
    const commentBytes = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    const extraStart = nameStart + nameBytes;
    const entryEnd = extraStart + extraBytes + commentBytes;
    if (entryEnd > bytes.length) return null;
    const entry: ZipEntry = {
      name: decodeEntryName(bytes.subarray(nameStart, extraStart), (flags & 0x0800) !== 0),
      method: view.getUint16(offset + 10, true),
      encrypted: (flags & 0x0001) !== 0,
      compressedBytes: view.getUint32(offset + 20, true),
      uncompressedBytes: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    applyZip64Extra(view, extraStart, extraStart + extraBytes, entry);
    entries.push(entry);
    offset = entryEnd;
  }
  return entries;
}
