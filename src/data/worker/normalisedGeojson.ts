/**
 * The dataset as the contract writes it: property names of the contract, lon/lat WGS 84, every
 * default made explicit where the contract defines one. This is what "Download" saves and what
 * is kept for the next visit, so nothing the user brought in is trapped in the browser.
 */
import type { PointFeature, RoadSegment } from '../../contract/roadNetwork.ts';
import type { DatasetInfo } from './datasetInfo.ts';

/**
 * GeoJSON text of the validated features.
 *
 * @example
 * const text = normalisedGeojson(result.segments, result.points, { name: 'x', synthetic: false });
 */
export function normalisedGeojson(
  segments: readonly RoadSegment[],
  points: readonly PointFeature[],
  info: DatasetInfo,
): string {
  const features = [
    ...segments.map((segment) => ({
      type: 'Feature',
      properties: segment.properties,
      geometry: segment.geometry,
    })),
    ...points.map((point) => ({
      type: 'Feature',
      properties: point.properties,
      geometry: point.geometry,
    })),
  ];
  return JSON.stringify({ type: 'FeatureCollection', roadboard: info, features });
}
