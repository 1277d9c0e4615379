/**
 * Reads KML, and KMZ (a zip around a .kml), into GeoJSON with @tmcw/togeojson (BSD-2, kept up
 * to date, reads Placemarks, MultiGeometry, ExtendedData Data and SchemaData). A Web Worker has
 * no DOMParser, so @xmldom/xmldom (MIT, pure JavaScript, the parser togeojson is tested with)
 * builds the document. Placemark names and ExtendedData become properties; togeojson's styling
 * properties are dropped. A MultiGeometry of lines becomes one MultiLineString, and heights are
 * dropped.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, Geometry, Position } from 'geojson';
import type { Problem } from '../../contract/roadNetwork.ts';
import { extensionOf, failedRead, readProblem, type ReadResult } from './readResult.ts';
import { flatGeometry } from './shpGeometry.ts';
import { openZip } from './zip.ts';

/** Properties togeojson derives from KML styles, which say nothing about the road. */
const STYLE_PROPERTIES = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'fill',
  'fill-opacity',
  'icon',
  'icon-color',
  'icon-opacity',
  'icon-scale',
  'icon-heading',
  'icon-offset',
  'icon-offset-units',
  'label-color',
  'label-opacity',
  'label-scale',
  'visibility',
]);
const LINE_TYPES = new Set(['LineString', 'MultiLineString']);
const POINT_TYPES = new Set(['Point', 'MultiPoint']);

/** Decodes the bytes as the XML declaration says (UTF-8 when it says nothing usable). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declaration = new TextDecoder('utf-8').decode(bytes.subarray(0, 200));
  const label = /^\uFEFF?\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(declaration)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Lines as one LineString or MultiLineString, points as Point or MultiPoint; else as given. */
function simplified(geometry: Geometry): Geometry {
  if (geometry.type !== 'GeometryCollection') return geometry;
  const members = geometry.geometries.map(simplified);
  const lines: Position[][] = [];
  const points: Position[] = [];
  for (const member of members) {
    if (member.type === 'LineString') lines.push(member.coordinates);
    if (member.type === 'MultiLineString') lines.push(...member.coordinates);
    if (member.type === 'Point') points.push(member.coordinates);
    if (member.type === 'MultiPoint') points.push(...member.coordinates);
  }
  if (lines.length > 0) {
    return lines.length === 1
      ? { type: 'LineString', coordinates: lines[0] as Position[] }
      : { type: 'MultiLineString', coordinates: lines };
  }
  if (points.length > 0) {
    return points.length === 1
      ? { type: 'Point', coordinates: points[0] as Position }
      : { type: 'MultiPoint', coordinates: points };
  }
  return geometry;
}

function withoutStyle(properties: Feature['properties']): NonNullable<Feature['properties']> {
  const kept: NonNullable<Feature['properties']> = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (!STYLE_PROPERTIES.has(key)) kept[key] = value;
  }
  return kept;
}

/**
 * Reads a KML document. Never throws: XML that does not parse is `kml-unreadable`; a KML with
 * points but no lines gives the `kml-no-lines` warning, and with neither the same code as an
 * error.
 *
 * @example
 * readKml(kmlBytes).value?.features[0]?.properties; // { name: '永明至花园', LXBM: 'X396360726' }
 */
export function readKml(bytes: Uint8Array): ReadResult {
  let document: ReturnType<DOMParser['parseFromString']>;
  try {
    const parser = new DOMParser({ onError: () => undefined });
    document = parser.parseFromString(decodeXml(bytes), 'text/xml');
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return failedRead('kml-unreadable', { message });
  }
  const features: Feature[] = [];
  let lineCount = 0;
  let pointCount = 0;
  for (const feature of kml(document).features) {
    if (!feature.geometry) continue;
    const geometry = flatGeometry(simplified(feature.geometry));
    if (LINE_TYPES.has(geometry.type)) lineCount++;
    else if (POINT_TYPES.has(geometry.type)) pointCount++;
    else continue;
    features.push({ type: 'Feature', geometry, properties: withoutStyle(feature.properties) });
  }
  const problems: Problem[] = [];
  if (lineCount === 0) {
    const severity = pointCount === 0 ? 'error' : 'warning';
    problems.push(readProblem(severity, 'kml-no-lines', { points: pointCount }));
  }
  if (features.length === 0) return { ok: false, value: null, problems };
  return { ok: true, value: { type: 'FeatureCollection', features }, problems };
}

/**
 * Reads a KMZ: the zip is opened safely and its first .kml read (`doc.kml` first, as Google
 * Earth writes it).
 *
 * @example
 * readKmz(kmzBytes).ok; // true
 */
export function readKmz(zipBytes: Uint8Array): ReadResult {
  const opened = openZip(zipBytes, (name) => extensionOf(name) === 'kml');
  if (opened.problems.length > 0) return { ok: false, value: null, problems: opened.problems };
  const documents = [...opened.files].sort(
    (a, b) => Number(b.name.endsWith('doc.kml')) - Number(a.name.endsWith('doc.kml')),
  );
  const first = documents[0];
  if (!first) return failedRead('zip-no-layer');
  const read = readKml(first.bytes);
  if (documents.length > 1) {
    const others = documents
      .slice(1)
      .map((file) => file.name)
      .join(', ');
    read.problems.unshift(readProblem('warning', 'layer-several', { read: first.name, others }));
  }
  return read;
}
