/**
 * What a zip holds, told by the names in its directory: a shapefile, a KMZ or neither. Loaded
 * by format sniffing only when a file is a zip.
 */
import { extensionOf } from './readResult.ts';
import { readZipDirectory } from './zipDirectory.ts';

/** The formats a zip can be. */
export type ZipFormat =
  | 'shapefile-zip'
  | 'kmz'
  /** A zip holding neither a .shp nor a .kml, or a zip whose directory cannot be read. */
  | 'zip-other';

/**
 * The format of a whole zip's bytes.
 *
 * @example
 * sniffZip(zipOfShapefile); // 'shapefile-zip'
 */
export function sniffZip(bytes: Uint8Array): ZipFormat {
  const extensions = (readZipDirectory(bytes) ?? [])
    .filter((entry) => !entry.name.includes('__MACOSX'))
    .map((entry) => extensionOf(entry.name));
  if (extensions.includes('shp')) return 'shapefile-zip';
  if (extensions.includes('kml')) return 'kmz';
  return 'zip-other';
}
