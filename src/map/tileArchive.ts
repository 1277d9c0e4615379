/**
 * MapLibre's way into a PMTiles archive: the `pmtiles` library's protocol, added once, reads an
 * archive at an address by HTTP range requests, or one chosen on this computer through the File
 * API (no server). Loaded with the first tile set, so that the first load does not grow.
 */
import { addProtocol } from 'maplibre-gl';
import { FileSource, PMTiles, Protocol } from 'pmtiles';
import type { TileSetSource } from '../contract/tilesManifest.ts';

let protocol: Protocol | null = null;

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
  if (archive.kind === 'url') return `pmtiles://${archive.url}`;
  const file = archive.file instanceof File ? archive.file : new File([archive.file], archive.name);
  protocol.add(new PMTiles(new FileSource(file)));
  return `pmtiles://${file.name}`;
}
