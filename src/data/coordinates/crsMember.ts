/**
 * Reading the legacy `crs` member of GeoJSON 2008 (dropped by RFC 7946 but still written by
 * GIS software): `{"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4523"}}`,
 * the older `{"type": "EPSG", "properties": {"code": 4523}}`, and the usual spellings.
 */

/** What the `crs` member says. */
export type CrsMember =
  | { found: false }
  /** A member whose name could not be read as an EPSG code (or a linked crs). */
  | { found: true; name: string; epsg?: undefined }
  | { found: true; name: string; epsg: number };

/** Longest crs name kept for messages. */
const MAX_NAME_CHARACTERS = 120;

/** `urn:ogc:def:crs:EPSG::4523`, `urn:ogc:def:crs:EPSG:6.6:4523`, `EPSG:4523`, `EPSG::4523`, … */
const EPSG_NAME =
  /^(?:urn:ogc:def:crs:(?:EPSG|ESRI):[\d.]*:|(?:EPSG|ESRI):{1,2}|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[\d.]+\/)(\d{3,6})$/i;

/** `urn:ogc:def:crs:OGC:1.3:CRS84`, `OGC:CRS84`, `CRS84` and the opengis.net address. */
const CRS84_NAME =
  /^(?:urn:ogc:def:crs:OGC:[\d.]*:|OGC:{1,2}|https?:\/\/www\.opengis\.net\/def\/crs\/OGC\/[\d.]+\/)?CRS:?84$/i;

/** Plain names some tools write. */
const ALIASES: Readonly<Record<string, number>> = {
  wgs84: 4326,
  'wgs 84': 4326,
  cgcs2000: 4490,
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The EPSG code of a crs name, or undefined. CRS84 (lon/lat order) reads as 4326. */
export function epsgOfName(name: string): number | undefined {
  const text = name.trim();
  if (CRS84_NAME.test(text)) return 4326;
  const match = EPSG_NAME.exec(text);
  if (match !== null) return Number(match[1]);
  return ALIASES[text.toLowerCase()];
}

function shortName(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return text.length > MAX_NAME_CHARACTERS ? `${text.slice(0, MAX_NAME_CHARACTERS)}…` : text;
}

/**
 * What the `crs` member of a GeoJSON object says. Never throws.
 *
 * @example
 * readCrsMember({ crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4523' } } });
 * // { found: true, name: 'urn:ogc:def:crs:EPSG::4523', epsg: 4523 }
 */
export function readCrsMember(input: unknown): CrsMember {
  if (!isObject(input) || !Object.hasOwn(input, 'crs')) return { found: false };
  const crs = input.crs;
  if (crs === null || crs === undefined) return { found: false };
  if (!isObject(crs) || !isObject(crs.properties)) return { found: true, name: shortName(crs) };
  const { name, code } = crs.properties;
  if (typeof name === 'string') {
    const epsg = epsgOfName(name);
    return epsg === undefined
      ? { found: true, name: shortName(name) }
      : { found: true, name: shortName(name), epsg };
  }
  const codeText = typeof code === 'number' || typeof code === 'string' ? String(code) : '';
  if (/^\d{3,6}$/.test(codeText.trim())) {
    return { found: true, name: `EPSG:${codeText.trim()}`, epsg: Number(codeText) };
  }
  return { found: true, name: shortName(crs) };
}
