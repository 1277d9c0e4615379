/**
 * Writes one PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md)
 * of gzip-compressed Mapbox Vector Tiles. Tiles come in any order and wait in a scratch file;
 * `finish` writes the header, the directories and the JSON metadata, then the tiles in tile id
 * order (a clustered archive).
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildDirectories, HEADER_BYTES, type DirectoryEntry } from './directory.ts';
import { tileIdOf } from './tileId.ts';

/** What the header says about the archive beyond its layout. */
export interface ArchiveDescription {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  centerZoom: number;
  /** The JSON metadata (name, vector_layers …). */
  metadata: Record<string, unknown>;
}

const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;
const COPY_CHUNK_BYTES = 8 * 1024 * 1024;

function setUint64(view: DataView, offset: number, value: number): void {
  view.setBigUint64(offset, BigInt(value), true);
}

function e7(degrees: number): number {
  return Math.round(degrees * 1e7);
}

/** The 127 header bytes. */
function headerBytes(
  layout: {
    rootLength: number;
    metadataLength: number;
    leavesLength: number;
    tileDataLength: number;
    tiles: number;
  },
  description: ArchiveDescription,
): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  const view = new DataView(bytes.buffer);
  view.setUint8(7, 3);
  const metadataOffset = HEADER_BYTES + layout.rootLength;
  const leavesOffset = metadataOffset + layout.metadataLength;
  setUint64(view, 8, HEADER_BYTES);
  setUint64(view, 16, layout.rootLength);
  setUint64(view, 24, metadataOffset);
  setUint64(view, 32, layout.metadataLength);
  setUint64(view, 40, leavesOffset);
  setUint64(view, 48, layout.leavesLength);
  setUint64(view, 56, leavesOffset + layout.leavesLength);
  setUint64(view, 64, layout.tileDataLength);
  setUint64(view, 72, layout.tiles);
  setUint64(view, 80, layout.tiles);
  setUint64(view, 88, layout.tiles);
  view.setUint8(96, 1);
  view.setUint8(97, COMPRESSION_GZIP);
  view.setUint8(98, COMPRESSION_GZIP);
  view.setUint8(99, TILE_TYPE_MVT);
  view.setUint8(100, description.minZoom);
  view.setUint8(101, description.maxZoom);
  const [west, south, east, north] = description.bounds;
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  view.setUint8(118, description.centerZoom);
  view.setInt32(119, e7((west + east) / 2), true);
  view.setInt32(123, e7((south + north) / 2), true);
  return bytes;
}

/** A tile waiting in the scratch file. */
interface WaitingTile {
  tileId: number;
  scratchOffset: number;
  length: number;
}

/**
 * An archive being written.
 *
 * @example
 * const archive = new ArchiveWriter('out/roads.pmtiles');
 * archive.addTile(5, 25, 13, gzipSync(tileBytes));
 * archive.finish(description);
 */
export class ArchiveWriter {
  readonly #path: string;
  readonly #scratchPath: string;
  readonly #scratch: number;
  #scratchBytes = 0;
  readonly #tiles: WaitingTile[] = [];

  constructor(path: string) {
    this.#path = path;
    this.#scratchPath = `${path}.tiles-scratch`;
    this.#scratch = openSync(this.#scratchPath, 'w+');
  }

  /** Tiles added so far. */
  get tileCount(): number {
    return this.#tiles.length;
  }

  /** Adds one tile's bytes, already gzip-compressed; each z/x/y once. */
  addTile(zoom: number, x: number, y: number, compressed: Uint8Array): void {
    writeSync(this.#scratch, compressed, 0, compressed.length, this.#scratchBytes);
    this.#tiles.push({
      tileId: tileIdOf(zoom, x, y),
      scratchOffset: this.#scratchBytes,
      length: compressed.length,
    });
    this.#scratchBytes += compressed.length;
  }

  /** Writes the archive and removes the scratch file. Returns the archive's size in bytes. */
  finish(description: ArchiveDescription): number {
    const tiles = [...this.#tiles].sort((first, second) => first.tileId - second.tileId);
    const entries: DirectoryEntry[] = [];
    let offset = 0;
    for (const tile of tiles) {
      entries.push({ tileId: tile.tileId, offset, length: tile.length, runLength: 1 });
      offset += tile.length;
    }
    const directories = buildDirectories(entries);
    const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(description.metadata)));
    const header = headerBytes(
      {
        rootLength: directories.root.length,
        metadataLength: metadata.length,
        leavesLength: directories.leaves.length,
        tileDataLength: offset,
        tiles: tiles.length,
      },
      description,
    );
    const archive = openSync(this.#path, 'w');
    let written = 0;
    for (const part of [header, directories.root, metadata, directories.leaves]) {
      writeSync(archive, part, 0, part.length, written);
      written += part.length;
    }
    // Copies the tiles in id order, gathering them in large writes.
    const buffer = Buffer.alloc(COPY_CHUNK_BYTES);
    let filled = 0;
    const flush = (): void => {
      writeSync(archive, buffer, 0, filled, written);
      written += filled;
      filled = 0;
    };
    for (const tile of tiles) {
      if (tile.length > buffer.length) {
        flush();
        const large = Buffer.alloc(tile.length);
        readSync(this.#scratch, large, 0, tile.length, tile.scratchOffset);
        writeSync(archive, large, 0, large.length, written);
        written += large.length;
        continue;
      }
      if (filled + tile.length > buffer.length) flush();
      readSync(this.#scratch, buffer, filled, tile.length, tile.scratchOffset);
      filled += tile.length;
    }
    flush();
    closeSync(archive);
    closeSync(this.#scratch);
    rmSync(this.#scratchPath);
    return written;
  }
}
