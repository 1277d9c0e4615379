/**
 * Detecting the coordinate system of a parsed GeoJSON input from its legacy `crs` member and a
 * sample of its positions.
 *
 * The `crs` member is honoured whenever the numbers could be in the system it names. When they
 * clearly cannot (a Gauss–Krüger `crs` on lon/lat degrees, a lon/lat `crs` on metres, another
 * zone's false easting), the numbers win and `crsContradicted` says so: a stale `crs` left by
 * an export is more likely than numbers in an impossible place. Two refinements: a zoned
 * Gauss–Krüger `crs` on eastings around 500 000 m keeps the `crs`'s central meridian (the zone
 * number was left out of the numbers), and numbers that fit no system at all leave the `crs`
 * in force. An EPSG code this module cannot convert is `unsupported` whatever the numbers.
 */
import { readCrsMember } from './crsMember.ts';
import {
  PLAIN_FALSE_EASTING_M,
  fits,
  lonLatInRange,
  mercatorInRange,
  nearFalseEasting,
  readNumbers,
  swappedInRange,
  type NumbersReading,
} from './numbers.ts';
import {
  systemForCentralMeridian,
  systemForEpsg,
  systemForZone,
  type SystemInfo,
} from './systems.ts';
import type { Detection, DetectionSource, SampleExtent } from './types.ts';
import { samplePositions, type Sample } from './samplePositions.ts';

/** Northings accepted when checking numbers against a named projected system, metres. */
const ANY_NORTHING_M: readonly [number, number] = [-10_000_000, 10_000_000];

const EMPTY_EXTENT: SampleExtent = { count: 0, minX: 0, maxX: 0, minY: 0, maxY: 0 };

/** A detection of a known system. */
function fromSystem(system: SystemInfo, source: DetectionSource, sample: SampleExtent): Detection {
  const detection: Detection = { kind: system.kind, source, sample };
  if (system.epsg !== undefined) detection.epsg = system.epsg;
  if (system.centralMeridianDeg !== undefined) {
    detection.centralMeridianDeg = system.centralMeridianDeg;
  }
  if (system.falseEastingM !== undefined) detection.falseEastingM = system.falseEastingM;
  if (system.zone !== undefined) detection.zone = system.zone;
  if (system.zoneWidthDeg !== undefined) detection.zoneWidthDeg = system.zoneWidthDeg;
  return detection;
}

function fromNumbers(reading: NumbersReading, sample: SampleExtent): Detection {
  const source = 'coordinates';
  if (reading.kind === 'unknown') return { kind: 'unknown', source, sample };
  if (reading.kind === 'lonlat') {
    const detection: Detection = { kind: 'lonlat', epsg: 4326, source, sample };
    if (reading.swapped === true) detection.swapped = true;
    return detection;
  }
  if (reading.kind === 'web-mercator') {
    const detection = fromSystem(systemForEpsg(3857) as SystemInfo, source, sample);
    const alternative = systemForZone(reading.alternativeZone ?? 0);
    if (alternative?.epsg !== undefined) detection.alternativeEpsg = alternative.epsg;
    return detection;
  }
  const zoned = systemForZone(reading.zone ?? 0);
  if (zoned !== undefined) return fromSystem(zoned, source, sample);
  return {
    kind: 'gauss-kruger',
    falseEastingM: PLAIN_FALSE_EASTING_M,
    needsCentralMeridian: true,
    source,
    sample,
  };
}

/** Whether the sampled numbers could be in the named system. */
function couldBeIn(system: SystemInfo, sample: Sample): boolean {
  if (system.kind === 'lonlat') return fits(sample, lonLatInRange) || fits(sample, swappedInRange);
  if (system.kind === 'web-mercator') return fits(sample, mercatorInRange);
  const falseEastingM = system.falseEastingM ?? PLAIN_FALSE_EASTING_M;
  return fits(sample, nearFalseEasting(falseEastingM, ...ANY_NORTHING_M));
}

function detectFromInput(input: unknown): Detection {
  const sample = samplePositions(input);
  const reading = readNumbers(sample);
  const extent = sample.extent;
  const crs = readCrsMember(input);
  if (!crs.found) return fromNumbers(reading, extent);
  const crsName = crs.name;
  if (crs.epsg === undefined) return { ...fromNumbers(reading, extent), crsName, crsIgnored: true };
  const system = systemForEpsg(crs.epsg);
  if (system === undefined) {
    return { kind: 'unsupported', epsg: crs.epsg, source: 'crs', crsName, sample: extent };
  }
  if (couldBeIn(system, sample) || reading.kind === 'unknown') {
    const detection = fromSystem(system, 'crs', extent);
    if (system.kind === 'lonlat' && reading.swapped === true) detection.swapped = true;
    return { ...detection, crsName };
  }
  const zoneLeftOut =
    system.zone !== undefined &&
    system.centralMeridianDeg !== undefined &&
    reading.needsCentralMeridian === true;
  if (zoneLeftOut) {
    const plain = systemForCentralMeridian(system.centralMeridianDeg as number);
    return { ...fromSystem(plain, 'crs', extent), crsName, crsContradicted: true };
  }
  return { ...fromNumbers(reading, extent), crsName, crsContradicted: true };
}

/**
 * Detects the coordinate system of a parsed GeoJSON input (FeatureCollection, Feature or bare
 * geometry) from its `crs` member and up to 2,000 positions spread over the file. Never throws;
 * anything it cannot read gives `kind: 'unknown'`.
 *
 * @example
 * detectCoordinateSystem({ type: 'Feature', properties: {},
 *   geometry: { type: 'LineString', coordinates: [[35_500_000, 3_419_887], [35_501_000, 3_420_000]] } });
 * // { kind: 'gauss-kruger', epsg: 4523, zone: 35, centralMeridianDeg: 105, zoneWidthDeg: 3,
 * //   falseEastingM: 35_500_000, source: 'coordinates', sample: { count: 2, … } }
 */
export function detectCoordinateSystem(input: unknown): Detection {
  try {
    return detectFromInput(input);
  } catch {
    return { kind: 'unknown', source: 'coordinates', sample: EMPTY_EXTENT };
  }
}

/**
 * A detection for a system the user chose by EPSG code (`unsupported` for a code this module
 * cannot convert).
 */
export function detectionForEpsg(epsg: number): Detection {
  const system = systemForEpsg(epsg);
  if (system === undefined)
    return { kind: 'unsupported', epsg, source: 'user', sample: EMPTY_EXTENT };
  return fromSystem(system, 'user', EMPTY_EXTENT);
}

/** A detection for Gauss–Krüger metres without zone number on a central meridian the user gave. */
export function detectionForCentralMeridian(centralMeridianDeg: number): Detection {
  return fromSystem(systemForCentralMeridian(centralMeridianDeg), 'user', EMPTY_EXTENT);
}
