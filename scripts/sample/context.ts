/**
 * The context layers under and over the roads: county boundary, rivers, towns and the seat,
 * each feature with a `layer` property (`boundary`, `river`, `town`, `seat`) and a `name`.
 */
import type { County } from './county.ts';
import type { SampleFeature } from './geojson.ts';
import { pathToLongitudeLatitude, toLongitudeLatitude } from './projection.ts';

/** The context features of a county, in drawing order. */
export function contextFeatures(county: County): SampleFeature[] {
  const ring = pathToLongitudeLatitude(county.origin, county.boundary);
  ring.push(ring[0] as [number, number]);
  const features: SampleFeature[] = [
    {
      type: 'Feature',
      properties: { layer: 'boundary', name: county.name },
      geometry: { type: 'Polygon', coordinates: [ring] },
    },
  ];
  for (const river of county.rivers) {
    features.push({
      type: 'Feature',
      properties: { layer: 'river', name: river.name },
      geometry: {
        type: 'LineString',
        coordinates: pathToLongitudeLatitude(county.origin, river.path),
      },
    });
  }
  for (const town of county.towns) {
    features.push({
      type: 'Feature',
      properties: { layer: 'town', name: town.name },
      geometry: { type: 'Point', coordinates: toLongitudeLatitude(county.origin, town.centre) },
    });
  }
  features.push({
    type: 'Feature',
    properties: { layer: 'seat', name: county.seatName },
    geometry: { type: 'Point', coordinates: toLongitudeLatitude(county.origin, [0, 0]) },
  });
  return features;
}
