/**
 * Turns a shapefile's .prj (WKT) into a proj4 definition: geographic systems (WGS 84, CGCS2000),
 * Web Mercator and transverse Mercator / Gauss–Krüger systems are read parameter by parameter
 * (central meridian and false easting as written, so a zone number in the false easting is kept);
 * any other projection is handed to proj4's own WKT parser, and the WKT itself is the definition
 * where proj4 reads it. Xi'an 1980 and Beijing 1954 come out on their own ellipsoids without a
 * datum shift (none is published that fits everywhere), hence approximate, with a warning.
 */
import proj4 from 'proj4';
import type { Problem } from '../../contract/roadNetwork.ts';
import { readProblem } from './readResult.ts';
import { childNodes, findNode, nodeName, nodeNumber, parseWkt, type WktNode } from './wkt.ts';

/** What a .prj was read as. */
export interface PrjReading {
  /** A proj4 definition (a PROJ string, or the WKT where proj4 parses it); null when unreadable. */
  definition: string | null;
  kind: 'lonlat' | 'web-mercator' | 'transverse-mercator' | 'other' | null;
  /** The system's name as the WKT gives it, e.g. `CGCS2000_3_Degree_GK_Zone_35`. */
  name: string;
  /** True for Xi'an 1980 and Beijing 1954, converted without a datum shift. */
  approximate: boolean;
  problems: Problem[];
}

const PROJECTED_KEYWORDS = ['PROJCS', 'PROJCRS', 'PROJECTEDCRS'];
const GEOGRAPHIC_KEYWORDS = ['GEOGCS', 'GEOGCRS', 'GEODCRS', 'GEOGRAPHICCRS', 'GEODETICCRS'];
const WEB_MERCATOR_DEFINITION =
  '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs';
const EXCERPT_CHARACTERS = 80;

/** Lower-case letters and digits only, for comparing names however they are spelled. */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

type DatumFamily = 'wgs84' | 'cgcs2000' | 'xian1980' | 'beijing1954' | 'other';

function datumFamily(root: WktNode, semiMajorAxisM: number | undefined): DatumFamily {
  const names = compact(
    `${nodeName(findNode(root, ['DATUM']))} ${nodeName(findNode(root, ['SPHEROID', 'ELLIPSOID']))}`,
  );
  if (names.includes('xian') || semiMajorAxisM === 6378140) return 'xian1980';
  if (names.includes('beijing') || names.includes('krass') || semiMajorAxisM === 6378245) {
    return 'beijing1954';
  }
  if (names.includes('china2000') || names.includes('cgcs2000')) return 'cgcs2000';
  if (names.includes('wgs84') || names.includes('wgs1984')) return 'wgs84';
  return 'other';
}

/** The ellipsoid (and datum where it is WGS 84 or CGCS2000) as PROJ parameters. */
function ellipsoidParameters(root: WktNode, family: DatumFamily): string | null {
  if (family === 'wgs84') return '+datum=WGS84';
  const spheroid = findNode(root, ['SPHEROID', 'ELLIPSOID']);
  const semiMajorAxisM = nodeNumber(spheroid, 1);
  const inverseFlattening = nodeNumber(spheroid, 2);
  if (semiMajorAxisM === undefined || inverseFlattening === undefined) return null;
  const shape =
    inverseFlattening === 0
      ? `+a=${semiMajorAxisM} +b=${semiMajorAxisM}`
      : `+a=${semiMajorAxisM} +rf=${inverseFlattening}`;
  return family === 'cgcs2000' ? `${shape} +towgs84=0,0,0` : shape;
}

/** Every PARAMETER of the projection by compacted name, e.g. `falseeasting` → 35500000. */
function projectionParameters(
  node: WktNode,
  into = new Map<string, number>(),
): Map<string, number> {
  for (const arg of node.args) {
    if (typeof arg !== 'object') continue;
    const value = nodeNumber(arg, 1);
    if (arg.keyword === 'PARAMETER' && value !== undefined) into.set(compact(nodeName(arg)), value);
    else projectionParameters(arg, into);
  }
  return into;
}

function firstParameter(
  parameters: Map<string, number>,
  names: readonly string[],
): number | undefined {
  for (const name of names) {
    const value = parameters.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The transverse Mercator definition, or null when the central meridian is not given. */
function transverseMercator(projected: WktNode, ellipsoid: string): string | null {
  const parameters = projectionParameters(projected);
  const centralMeridianDeg = firstParameter(parameters, [
    'centralmeridian',
    'longitudeofnaturalorigin',
    'longitudeoforigin',
    'longitudeofcenter',
  ]);
  if (centralMeridianDeg === undefined) return null;
  const latitudeOfOriginDeg =
    firstParameter(parameters, ['latitudeoforigin', 'latitudeofnaturalorigin']) ?? 0;
  const scale = firstParameter(parameters, ['scalefactor', 'scalefactoratnaturalorigin']) ?? 1;
  const falseEastingM = firstParameter(parameters, ['falseeasting']) ?? 0;
  const falseNorthingM = firstParameter(parameters, ['falsenorthing']) ?? 0;
  const metresPerUnit = nodeNumber(childNodes(projected, ['UNIT', 'LENGTHUNIT'])[0], 1) ?? 1;
  const units = metresPerUnit === 1 ? '+units=m' : `+to_meter=${metresPerUnit}`;
  return (
    `+proj=tmerc +lat_0=${latitudeOfOriginDeg} +lon_0=${centralMeridianDeg} +k=${scale} ` +
    `+x_0=${falseEastingM} +y_0=${falseNorthingM} ${ellipsoid} ${units} +no_defs`
  );
}

/** The WKT itself when proj4's own parser reads it into a working projection, else null. */
function proj4ReadsIt(wkt: string): string | null {
  try {
    const converter = proj4(wkt, 'EPSG:4326');
    converter.forward([0, 0]);
    return wkt;
  } catch {
    return null;
  }
}

function unreadable(wkt: string): PrjReading {
  const excerpt = wkt.replace(/\s+/g, ' ').slice(0, EXCERPT_CHARACTERS);
  return {
    definition: null,
    kind: null,
    name: '',
    approximate: false,
    problems: [readProblem('error', 'prj-unreadable', { excerpt })],
  };
}

/** The definition and kind from the parsed tree, before proj4's own parser is tried. */
function readTree(
  root: WktNode,
): Pick<PrjReading, 'definition' | 'kind'> & { family: DatumFamily } {
  const semiMajorAxisM = nodeNumber(findNode(root, ['SPHEROID', 'ELLIPSOID']), 1);
  const family = datumFamily(root, semiMajorAxisM);
  const ellipsoid = ellipsoidParameters(root, family);
  if (GEOGRAPHIC_KEYWORDS.includes(root.keyword)) {
    return {
      definition: ellipsoid ? `+proj=longlat ${ellipsoid} +no_defs` : null,
      kind: 'lonlat',
      family,
    };
  }
  if (!PROJECTED_KEYWORDS.includes(root.keyword)) return { definition: null, kind: null, family };
  const method = compact(`${nodeName(findNode(root, ['PROJECTION', 'METHOD']))} ${nodeName(root)}`);
  if (/pseudomercator|webmercator|mercatorauxiliarysphere|popularvisuali/.test(method)) {
    return { definition: WEB_MERCATOR_DEFINITION, kind: 'web-mercator', family };
  }
  if (/transversemercator|gausskr|gaussboaga|tmerc/.test(method) && ellipsoid) {
    return { definition: transverseMercator(root, ellipsoid), kind: 'transverse-mercator', family };
  }
  return { definition: null, kind: null, family };
}

/**
 * Reads a .prj into a proj4 definition. Never throws: an unreadable .prj comes back with the
 * `prj-unreadable` error, which asks for the coordinate system.
 *
 * @example
 * prjToProj4(cgcs2000Zone35Wkt).definition;
 * // '+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=35500000 +y_0=0 +a=6378137 +rf=298.257222101 +towgs84=0,0,0 +units=m +no_defs'
 */
export function prjToProj4(wkt: string): PrjReading {
  const root = parseWkt(wkt.trim());
  if (!root) return unreadable(wkt);
  const name = nodeName(root);
  const read = readTree(root);
  const approximate = read.family === 'xian1980' || read.family === 'beijing1954';
  const problems = approximate
    ? [readProblem('warning', 'prj-approximate', { datum: read.family, name })]
    : [];
  if (read.definition)
    return { definition: read.definition, kind: read.kind, name, approximate, problems };
  const byProj4 = proj4ReadsIt(wkt.trim());
  if (!byProj4) return unreadable(wkt);
  return { definition: byProj4, kind: 'other', name, approximate, problems };
}
