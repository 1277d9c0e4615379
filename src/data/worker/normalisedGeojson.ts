/**
 * The dataset as the contract writes it: property names of the contract, lon/lat WGS 84, every
 * default made explicit where the contract defines one. This is what "Download" saves and what
 * is kept for the next visit, so nothing the user brought in is trapped in the browser.
 */
import type { PointFeature, RoadSegment } from '../../contract/roadNetwork.ts';
import type { DatasetInfo } from './datasetInfo.ts';
import type { KeptField } from '../../contract/otherFields.ts';

/**
 * The contract's properties with the kept source fields written back beside them, under their
 * own names (a kept field never overwrites a contract property).
 */
function withKept(
  properties: object,
  kept: readonly KeptField[] | undefined,
): Record<string, unknown> {
  if (!kept || kept.length === 0) return properties as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of kept) out[field.name] = field.value;
  return Object.assign(out, properties);
}

/**
 * GeoJSON text of the validated features, with the source fields kept beside each (by its
 * index among the segments, or among the points).
 *
 * @example
 * const text = normalisedGeojson(result.segments, result.points, { name: 'x', synthetic: false });
 */
export function normalisedGeojson(
  segments: readonly RoadSegment[],
  points: readonly PointFeature[],
  info: DatasetInfo,
  segmentFields: readonly (KeptField[] | undefined)[] = [],
  pointFields: readonly (KeptField[] | undefined)[] = [],
): string {
  const features = [
    ...segments.map((segment, index) => ({
      type: 'Feature',
      properties: withKept(segment.properties, segmentFields[index]),
      geometry: segment.geometry,
    })),
    ...points.map((point, index) => ({
      type: 'Feature',
      properties: withKept(point.properties, pointFields[index]),
      geometry: point.geometry,
    })),
  ];
  return JSON.stringify({ type: 'FeatureCollection', roadboard: info, features });
}
