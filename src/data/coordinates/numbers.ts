/**
 * What the numbers alone say: each reading (lon/lat, lat/lon, Web Mercator, a Gauss–Krüger
 * zone, Gauss–Krüger without zone) is tried on the sampled positions, and a reading is taken
 * when at least 95 % of them fit it. Readings that put the data in China come first.
 */
import {
  CHINA_MAX_NORTHING_M,
  CHINA_MIN_NORTHING_M,
  WEB_MERCATOR_HALF_M,
  inChina,
  mercatorInChina,
} from './chinaExtent.ts';
import { systemForZone } from './systems.ts';
import type { Sample } from './samplePositions.ts';

/** Share of sampled positions that must fit a reading. */
const FIT_SHARE = 0.95;
/** Largest distance of a Gauss–Krüger easting from its false easting, metres. */
const HALF_ZONE_WIDTH_M = 350_000;
/** False easting of every transverse Mercator system without zone number, metres. */
export const PLAIN_FALSE_EASTING_M = 500_000;

/** A test of one position against a reading. */
export type PositionTest = (x: number, y: number) => boolean;

/** What the numbers say, before the `crs` member is considered. */
export interface NumbersReading {
  kind: 'lonlat' | 'web-mercator' | 'gauss-kruger' | 'unknown';
  swapped?: boolean;
  /** Zone number carried in the false easting. */
  zone?: number;
  /** Gauss–Krüger metres with the plain 500 000 m false easting: central meridian unknown. */
  needsCentralMeridian?: boolean;
  /** A Gauss–Krüger zone the numbers fit as well as they fit Web Mercator. */
  alternativeZone?: number;
}

export const lonLatInRange: PositionTest = (x, y) => Math.abs(x) <= 180 && Math.abs(y) <= 90;
export const swappedInRange: PositionTest = (x, y) => Math.abs(x) <= 90 && Math.abs(y) <= 180;
const lonLatInChina: PositionTest = (x, y) => inChina(x, y);
const swappedInChina: PositionTest = (x, y) => inChina(y, x);

/** Web Mercator metres: inside the square, and not small enough to be degrees. */
export const mercatorInRange: PositionTest = (x, y) =>
  Math.abs(x) <= WEB_MERCATOR_HALF_M && Math.abs(y) <= WEB_MERCATOR_HALF_M && !lonLatInRange(x, y);

/** Transverse Mercator metres around a false easting, with northings in `[minY, maxY]`. */
export function nearFalseEasting(
  falseEastingM: number,
  minY = CHINA_MIN_NORTHING_M,
  maxY = CHINA_MAX_NORTHING_M,
): PositionTest {
  return (x, y) => Math.abs(x - falseEastingM) <= HALF_ZONE_WIDTH_M && y >= minY && y <= maxY;
}

/** Whether at least 95 % of the sample passes a test (false for an empty sample). */
export function fits(sample: Sample, test: PositionTest): boolean {
  const { xs, ys } = sample;
  let passed = 0;
  for (let i = 0; i < xs.length; i++) if (test(xs[i] as number, ys[i] as number)) passed++;
  return xs.length > 0 && passed >= FIT_SHARE * xs.length;
}

/** The Gauss–Krüger zone most sampled eastings carry, if any does. */
function commonZone(sample: Sample): number | undefined {
  const counts = new Map<number, number>();
  for (const x of sample.xs) {
    const zone = Math.floor(x / 1_000_000);
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [zone, count] of counts) {
    if (best === undefined || count > (counts.get(best) ?? 0)) best = zone;
  }
  return best !== undefined && systemForZone(best) !== undefined ? best : undefined;
}

/** Whether the sample fits the Gauss–Krüger zone `zone` (false easting zone × 10⁶ + 500 000). */
export function fitsZone(sample: Sample, zone: number): boolean {
  return fits(sample, nearFalseEasting(zone * 1_000_000 + PLAIN_FALSE_EASTING_M));
}

/**
 * Reads the sampled numbers. Lon/lat in China wins, then lat/lon in China, then a Gauss–Krüger
 * zone (Web Mercator instead, with the zone as alternative, where both fit: only 6° zones 13
 * and 14 overlap eastern China in Web Mercator), then Gauss–Krüger without zone, then Web
 * Mercator in China, then the same readings anywhere in the world.
 *
 * @example
 * readNumbers({ xs: [35_509_540], ys: [3_420_000], extent }); // { kind: 'gauss-kruger', zone: 35 }
 */
export function readNumbers(sample: Sample): NumbersReading {
  if (sample.xs.length === 0) return { kind: 'unknown' };
  if (fits(sample, lonLatInChina)) return { kind: 'lonlat' };
  if (fits(sample, swappedInChina)) return { kind: 'lonlat', swapped: true };
  const zone = commonZone(sample);
  if (zone !== undefined && fitsZone(sample, zone)) {
    return fits(sample, mercatorInChina)
      ? { kind: 'web-mercator', alternativeZone: zone }
      : { kind: 'gauss-kruger', zone };
  }
  if (fits(sample, nearFalseEasting(PLAIN_FALSE_EASTING_M))) {
    return { kind: 'gauss-kruger', needsCentralMeridian: true };
  }
  if (fits(sample, mercatorInChina)) return { kind: 'web-mercator' };
  if (fits(sample, lonLatInRange)) return { kind: 'lonlat' };
  if (fits(sample, swappedInRange)) return { kind: 'lonlat', swapped: true };
  if (fits(sample, mercatorInRange)) return { kind: 'web-mercator' };
  return { kind: 'unknown' };
}
