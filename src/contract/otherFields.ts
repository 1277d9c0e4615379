/**
 * A source field kept beside a feature's Roadboard properties: a field of the user's file that
 * feeds no property ("Other fields" in the details, written back by "Download current data").
 * Plain data: it crosses the worker boundary, and the UI reads it without importing src/data/.
 */
export interface KeptField {
  /** The field's name as decoded from the file. */
  name: string;
  /** The value as found: text, a number, a boolean or null (anything else as JSON text). */
  value: string | number | boolean | null;
  /** What the field is, where a schema says (`technical-grade`, `section-code`, …). */
  meaning?: string;
  /** The value read through its code list, e.g. technical grade `3` → `grade-2`. */
  decoded?: string;
}

/** What the load report names about a file's format, encoding, coordinates and fields. */
export interface SourceDescription {
  /** `geojson`, `shapefile`, `kml`, `kmz` or `object`. */
  format: string;
  /** The .dbf's text encoding (a `TextDecoder` name); null for other formats. */
  encoding: string | null;
  /** Where the encoding came from (`choice`, `cpg`, `language-byte`, …); null when none. */
  encodingSource: string | null;
  /** The coordinate system read from a .prj, or assumed, in words; null for plain lon/lat. */
  crs: string | null;
}
