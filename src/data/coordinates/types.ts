/**
 * Types of the coordinate-system step that runs before validation: what was detected in a
 * parsed GeoJSON input, what the caller may add, and what the conversion returns.
 */
import type { Problem } from '../../contract/roadNetwork.ts';
import type { Datum } from '../../contract/opening.ts';

/**
 * The family of coordinates found:
 * - `lonlat`: degrees, WGS 84 or CGCS2000 (EPSG:4326, EPSG:4490; the two differ by centimetres);
 * - `web-mercator`: EPSG:3857 metres;
 * - `gauss-kruger`: CGCS2000 Gauss–Krüger metres (EPSG:4491–4554);
 * - `utm`: WGS 84 / UTM north metres (EPSG:32601–32660), only when a `crs` member says so;
 * - `unsupported`: the `crs` member names an EPSG code this module cannot convert;
 * - `unknown`: no coordinates, or numbers that fit no system.
 */
export type CoordinateKind =
  'lonlat' | 'web-mercator' | 'gauss-kruger' | 'utm' | 'unsupported' | 'unknown';

/** Where a detection came from. */
export type DetectionSource = 'crs' | 'coordinates' | 'user';

/** The extent of the sampled positions, in the input's own units. */
export interface SampleExtent {
  /** How many positions were looked at (at most 2,000). */
  count: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** What `detectCoordinateSystem` found. Only the members that apply are set. */
export interface Detection {
  kind: CoordinateKind;
  /** The EPSG code of the system, where one is known (for `unsupported`, the code named). */
  epsg?: number;
  /** Central meridian of a transverse Mercator system, degrees east. */
  centralMeridianDeg?: number;
  /** Gauss–Krüger zone number carried in the false easting (13–23 for 6°, 25–45 for 3°). */
  zone?: number;
  /** Width of the Gauss–Krüger zone system, where it is known. */
  zoneWidthDeg?: 3 | 6;
  /** False easting of a transverse Mercator system, metres. */
  falseEastingM?: number;
  /** True when lon/lat positions are written latitude first. */
  swapped?: boolean;
  /** True for Gauss–Krüger metres without a zone number and no central meridian known. */
  needsCentralMeridian?: boolean;
  source: DetectionSource;
  /** The `crs` member's name as written, when the input has one. */
  crsName?: string;
  /** True when the `crs` member named a system the coordinates cannot be in: they won. */
  crsContradicted?: boolean;
  /** True when the `crs` member could not be read as an EPSG code and was ignored. */
  crsIgnored?: boolean;
  /** Another system the coordinates fit as well, e.g. a 6° zone for Web Mercator numbers. */
  alternativeEpsg?: number;
  sample: SampleExtent;
}

/** What the user adds to a detection. */
export interface ToLonLatOptions {
  /** Central meridian for Gauss–Krüger metres without a zone number, degrees east. */
  centralMeridianDeg?: number;
  /**
   * Which web-map system the lon/lat (after projection) are in: `gcj02` for AMap/Tencent,
   * `bd09` for Baidu (Baidu's metres, BD-09 Mercator, when the input is Web Mercator metres).
   * Default `wgs84`.
   */
  datum?: Datum;
}

/** What `toLonLat` returns. */
export interface ConversionResult {
  /** False when the input could not be converted; `output` is then null. */
  ok: boolean;
  /**
   * The input with every position as WGS 84 lon/lat: a new object when anything changed
   * (`converted`), the input itself when nothing had to (it is never mutated).
   */
  output: unknown;
  /** True when `output` is a new object with converted positions. */
  converted: boolean;
  /** The system assumed, in words, e.g. `EPSG:4523 CGCS2000 / 3-degree Gauss-Kruger zone 35`. */
  assumed: string;
  problems: Problem[];
}
