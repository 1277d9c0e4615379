/**
 * MapLibre's way into a PMTiles archive: the `pmtiles` library's protocol, added once, reads an
 * archive at an address by HTTP range requests, or one chosen on this computer through the File
 * API (no server). Loaded with the first tile set, so that the first load does not grow.
 */
import { addProtocol } from 'maplibre-gl';
import {
  FetchSource,
  FileSource,
  PMTiles,
  Protocol,
  type RangeResponse,
  type Source,
} from 'pmtiles';
import type { TileSetSource } from '../contract/tilesManifest.ts';

let protocol: Protocol | null = null;

/** Ranges of an archive kept in memory, most recent last. */
const SHARED_RANGES = 256;

/**
 * An archive's source that reads a range once for the map's two vector sources on it (roads and
 * route codes ask for the same tiles, a moment apart), and hands each a copy of the bytes.
 */
class SharedRanges implements Source {
  readonly #inner: Source;
  readonly #recent = new Map<string, Promise<RangeResponse>>();

  constructor(inner: Source) {
    this.#inner = inner;
  }

  getKey(): string {
    return this.#inner.getKey();
  }

  getBytes(offset: number, length: number, _signal?: AbortSignal, etag?: string) {
    const key = `${offset}:${length}:${etag ?? ''}`;
    let response = this.#recent.get(key);
    if (!response) {
      // Not abortable: the other source may still want these bytes.
      response = this.#inner.getBytes(offset, length, undefined, etag);
      response.catch(() => this.#recent.delete(key));
      this.#recent.set(key, response);
      if (this.#recent.size > SHARED_RANGES) this.#recent.delete(this.#recent.keys().next().value!);
    }
    return response.then((answer) => ({ ...answer, data: answer.data.slice(0) }));
  }
}

/**
 * The vector source address of a tile set's archive (`pmtiles://…`), the protocol added and, for
 * a file, the archive registered under its name.
 *
 * @example
 * map.addSource('roads', { type: 'vector', url: archiveUrl(set.archive) });
 */
export function archiveUrl(archive: TileSetSource['archive']): string {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  if (archive.kind === 'url') {
    if (!protocol.get(archive.url))
      protocol.add(new PMTiles(new SharedRanges(new FetchSource(archive.url))));
    return `pmtiles://${archive.url}`;
  }
  const file = archive.file instanceof File ? archive.file : new File([archive.file], archive.name);
  protocol.add(new PMTiles(new SharedRanges(new FileSource(file))));
  return `pmtiles://${file.name}`;
}
