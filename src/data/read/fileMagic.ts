/**
 * The first bytes that tell a zip and a .shp: what format sniffing reads before any reader or
 * zip directory is loaded.
 */

/** The magic number in the first four bytes (big-endian) of every .shp and .shx. */
export const SHP_FILE_CODE = 9994;

/** True when the bytes start like a zip (a local file header, or an empty zip's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/** True when the bytes start like a .shp (or .shx): big-endian 9994, then a 100-byte header. */
export function looksLikeShp(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0, false) === SHP_FILE_CODE;
}
