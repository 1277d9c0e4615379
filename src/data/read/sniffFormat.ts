/**
 * Tells a file's format by its content, not its name: a zip (then by the names inside it), a
 * .shp by its magic number, KML by its `<kml` root element, JSON by its first character. Light on
 * purpose (no reader library is imported, and a zip's directory is read by `sniffZip.ts`, loaded
 * for zips), so it can run before any reader is loaded.
 */
import { looksLikeShp, looksLikeZip } from './fileMagic.ts';
import { extensionOf, type NamedBytes } from './readResult.ts';
import type { ZipFormat } from './sniffZip.ts';

/** A format the readers know, or why none applies. */
export type SniffedFormat =
  | 'geojson'
  | 'kml'
  | 'shapefile'
  | ZipFormat
  /** A .dbf (or other shapefile part) without its .shp. */
  | 'shapefile-without-shp'
  | 'empty'
  | 'unknown';

/** How many leading bytes are decoded to look for a `<kml` root element. */
const XML_PROLOGUE_BYTES = 4096;
const LOOSE_PART_EXTENSIONS = new Set(['dbf', 'shx', 'prj', 'cpg']);
/** First bytes of dBASE tables (versions III to 7, FoxPro, with or without memo). */
const DBF_VERSION_BYTES = new Set([
  0x02, 0x03, 0x04, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8b, 0x8e, 0xcb, 0xf5, 0xfb,
]);

/** The text at the start of the bytes, without a byte-order mark. */
function leadingText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8')
    .decode(bytes.subarray(0, XML_PROLOGUE_BYTES))
    .replace(/^\uFEFF/, '');
}

/** True when the text is XML whose root element is `kml` (with or without a namespace prefix). */
export function looksLikeKml(bytes: Uint8Array): boolean {
  const text = leadingText(bytes);
  const withoutPrologue = text.replace(
    /^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/,
    '',
  );
  return /^<([A-Za-z_][\w.-]*:)?kml[\s>/]/.test(withoutPrologue);
}

/** True when the first character after whitespace (and a byte-order mark) opens JSON. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  const first = leadingText(bytes.subarray(0, 1024)).trimStart()[0];
  return first === '{' || first === '[';
}

/** True when the bytes plausibly start a dBASE table. */
function looksLikeDbf(bytes: Uint8Array): boolean {
  if (bytes.length < 33 || !DBF_VERSION_BYTES.has(bytes[0] ?? 0)) return false;
  const headerBytes = (bytes[8] ?? 0) | ((bytes[9] ?? 0) << 8);
  return headerBytes >= 33 && headerBytes <= bytes.length;
}

/**
 * The format of one file, or of several chosen together (a shapefile's loose parts). Only the
 * first bytes are needed, except for a zip, whose directory is at its end.
 *
 * @example
 * await sniffFormat([{ name: 'roads.SHP', bytes: shp }, { name: 'roads.DBF', bytes: dbf }]); // 'shapefile'
 * await sniffFormat([{ name: 'download.bin', bytes: zipOfShapefile }]); // 'shapefile-zip'
 */
export async function sniffFormat(files: readonly NamedBytes[]): Promise<SniffedFormat> {
  const nonEmpty = files.filter((file) => file.bytes.length > 0);
  if (nonEmpty.length === 0) return 'empty';
  if (nonEmpty.some((file) => looksLikeShp(file.bytes) && extensionOf(file.name) !== 'shx')) {
    return 'shapefile';
  }
  if (
    nonEmpty.some(
      (file) => looksLikeDbf(file.bytes) || LOOSE_PART_EXTENSIONS.has(extensionOf(file.name)),
    )
  ) {
    if (nonEmpty.every((file) => !looksLikeZip(file.bytes))) return 'shapefile-without-shp';
  }
  const first = nonEmpty[0] as NamedBytes;
  if (looksLikeZip(first.bytes)) return (await import('./sniffZip.ts')).sniffZip(first.bytes);
  if (looksLikeKml(first.bytes)) return 'kml';
  if (looksLikeJson(first.bytes)) return 'geojson';
  return 'unknown';
}

/**
 * Reads what `sniffFormat` needs from files or blobs: the first few kilobytes, or all of a zip.
 *
 * @example
 * await sniffFormat(await sniffingBytes(input.files)); // 'kmz'
 */
export async function sniffingBytes(
  files: ReadonlyArray<Blob & { name?: string }>,
): Promise<NamedBytes[]> {
  return Promise.all(
    files.map(async (file) => {
      const head = new Uint8Array(await file.slice(0, XML_PROLOGUE_BYTES).arrayBuffer());
      const bytes = looksLikeZip(head) ? new Uint8Array(await file.arrayBuffer()) : head;
      return { name: file.name ?? '', bytes };
    }),
  );
}

/** What `sniffFormat` reads of bytes already in memory: a zip whole, anything else its start. */
export function sniffingBytesOf(name: string, bytes: Uint8Array): NamedBytes {
  return { name, bytes: looksLikeZip(bytes) ? bytes : bytes.subarray(0, XML_PROLOGUE_BYTES) };
}
