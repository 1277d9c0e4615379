/**
 * Writing features as GeoJSON text that is the same byte for byte on every run: properties in
 * the contract's order, coordinates rounded to 6 decimals, one feature per line.
 */
import type { Feature, LineString, Point, Polygon } from 'geojson';
import {
  POINT_PROPERTY_ORDER,
  SEGMENT_PROPERTY_ORDER,
  type PointFeatureProperties,
  type RoadSegmentProperties,
} from '../../src/contract/roadNetwork.ts';
import type { PointDraft, SegmentDraft } from './drafts.ts';
import { pathToLongitudeLatitude, toLongitudeLatitude, type GeoOrigin } from './projection.ts';

const SEGMENT_KEYS = SEGMENT_PROPERTY_ORDER;
const POINT_KEYS = POINT_PROPERTY_ORDER;

/** A copy of an object with the given keys in the given order, absent values left out. */
export function orderedProperties<Properties extends object>(
  properties: Properties,
  keys: readonly (keyof Properties)[],
): Partial<Properties> {
  const ordered: Partial<Properties> = {};
  for (const key of keys) {
    if (properties[key] !== undefined) ordered[key] = properties[key];
  }
  return ordered;
}

/** A segment draft as a GeoJSON LineString feature. */
export function segmentFeature(
  draft: SegmentDraft,
  origin: GeoOrigin,
): Feature<LineString, Partial<RoadSegmentProperties>> {
  return {
    type: 'Feature',
    properties: orderedProperties(draft.properties, SEGMENT_KEYS),
    geometry: { type: 'LineString', coordinates: pathToLongitudeLatitude(origin, draft.path) },
  };
}

/** A point draft as a GeoJSON Point feature. */
export function pointFeature(
  draft: PointDraft,
  origin: GeoOrigin,
): Feature<Point, Partial<PointFeatureProperties>> {
  return {
    type: 'Feature',
    properties: orderedProperties(draft.properties, POINT_KEYS),
    geometry: { type: 'Point', coordinates: toLongitudeLatitude(origin, draft.position) },
  };
}

/** Any feature the sample files hold. */
export type SampleFeature = Feature<LineString | Point | Polygon, object>;

/**
 * A FeatureCollection as text: `type`, then the foreign members, then `features` with one
 * feature per line, and a final newline.
 *
 * @example
 * serializeCollection([], { roadboard: { synthetic: true } });
 * // '{"type":"FeatureCollection","roadboard":{"synthetic":true},"features":[\n]}\n'
 */
export function serializeCollection(
  features: readonly SampleFeature[],
  foreignMembers: Record<string, unknown> = {},
): string {
  let head = '{"type":"FeatureCollection"';
  for (const [key, value] of Object.entries(foreignMembers)) {
    head += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
  }
  const lines = features.map((feature) => JSON.stringify(feature));
  return `${head},"features":[\n${lines.join(',\n')}\n]}\n`;
}
