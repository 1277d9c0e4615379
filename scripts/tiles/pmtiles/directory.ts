/**
 * PMTiles v3 directories: entries (tile id, offset, length, run length) written as varints,
 * column by column, ids as differences and offsets as 0 where a tile follows the one before;
 * a root directory small enough for the first 16 KiB, with leaf directories where it is not.
 */
import { gzipSync } from 'node:zlib';

/** One directory entry: a run of tiles with the same bytes, or (run 0) a leaf directory. */
export interface DirectoryEntry {
  tileId: number;
  /** From the start of the tile data (tiles) or of the leaf directories (leaves). */
  offset: number;
  length: number;
  /** Tiles from `tileId` on that share these bytes; 0 for a leaf directory. */
  runLength: number;
}

/** Bytes a header and a root directory may take together. */
const FIRST_BYTES = 16_384;
export const HEADER_BYTES = 127;

/** Appends an unsigned integer (up to 2^53) as a little-endian base-128 varint. */
function pushVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

/** A directory's bytes, gzip-compressed (the archive's internal compression). */
export function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  const bytes: number[] = [];
  pushVarint(bytes, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    pushVarint(bytes, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) pushVarint(bytes, entry.runLength);
  for (const entry of entries) pushVarint(bytes, entry.length);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    const follows = previous !== undefined && entry.offset === previous.offset + previous.length;
    pushVarint(bytes, follows ? 0 : entry.offset + 1);
  });
  return gzipSync(Uint8Array.from(bytes));
}

/** The root directory and the leaf directories (concatenated) for entries sorted by tile id. */
export interface Directories {
  root: Uint8Array;
  leaves: Uint8Array;
}

/**
 * Lays out the directories: everything in the root when it fits beside the header, otherwise
 * leaves of `leafSize` entries (growing until the root of leaves fits).
 */
export function buildDirectories(entries: readonly DirectoryEntry[]): Directories {
  const whole = serializeDirectory(entries);
  if (HEADER_BYTES + whole.length <= FIRST_BYTES) return { root: whole, leaves: new Uint8Array() };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: DirectoryEntry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let start = 0; start < entries.length; start += leafSize) {
      const leafEntries = entries.slice(start, start + leafSize);
      const leaf = serializeDirectory(leafEntries);
      rootEntries.push({
        tileId: leafEntries[0]!.tileId,
        offset,
        length: leaf.length,
        runLength: 0,
      });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const root = serializeDirectory(rootEntries);
    if (HEADER_BYTES + root.length <= FIRST_BYTES)
      return { root, leaves: Buffer.concat(leafParts) };
  }
}
