/**
 * Copying a GeoJSON input with new positions. Collections, features and geometries become new
 * objects (foreign members kept; `crs` and `bbox` dropped, as they describe the old numbers),
 * coordinate arrays become new arrays; `properties` objects are shared, never changed.
 */

import { MAX_DEPTH, isObject } from './walk.ts';

/** Makes the new position of an input position, or undefined to keep it as it is. */
export type PositionConverter = (position: readonly unknown[]) => number[] | undefined;

/** Called once per feature (or once for a lone feature or geometry) after its copy is made. */
export type FeatureDone = (featureIndex: number, feature: unknown) => void;

/** A shallow copy without the members that describe the old coordinates. */
function withoutStale(value: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key !== 'crs' && key !== 'bbox') copy[key] = value[key];
  }
  return copy;
}

function copyCoordinates(value: unknown, depth: number, convert: PositionConverter): unknown {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return value;
  if (value.length > 0 && Array.isArray(value[0])) {
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      copy[i] = copyCoordinates(value[i], depth + 1, convert);
    }
    return copy;
  }
  return convert(value) ?? value;
}

function copyGeometry(value: unknown, depth: number, convert: PositionConverter): unknown {
  if (!isObject(value) || depth > MAX_DEPTH) return value;
  const copy = withoutStale(value);
  if (value.type === 'GeometryCollection' && Array.isArray(value.geometries)) {
    const parts = value.geometries as unknown[];
    const copies: unknown[] = new Array(parts.length);
    for (let i = 0; i < parts.length; i++) {
      copies[i] = copyGeometry(parts[i], depth + 1, convert);
    }
    copy.geometries = copies;
  } else if (Object.hasOwn(value, 'coordinates')) {
    copy.coordinates = copyCoordinates(value.coordinates, 0, convert);
  }
  return copy;
}

function copyFeature(
  value: unknown,
  index: number,
  convert: PositionConverter,
  done: FeatureDone,
): unknown {
  let copy: unknown = value;
  if (isObject(value) && value.type === 'Feature') {
    const feature = withoutStale(value);
    feature.geometry = copyGeometry(value.geometry, 0, convert);
    copy = feature;
  } else if (isObject(value)) {
    copy = copyGeometry(value, 0, convert);
  }
  done(index, value);
  return copy;
}

/**
 * A copy of a FeatureCollection, Feature or bare geometry with each position replaced by
 * `convert`'s answer, visited in order; `done` is called after each feature's copy is made. Other values
 * are returned as they are.
 */
export function rebuildGeoJson(
  input: unknown,
  convert: PositionConverter,
  done: FeatureDone,
): unknown {
  if (!isObject(input)) return input;
  if (input.type !== 'FeatureCollection') return copyFeature(input, 0, convert, done);
  const copy = withoutStale(input);
  if (Array.isArray(input.features)) {
    const features = input.features as unknown[];
    const copies: unknown[] = new Array(features.length);
    for (let i = 0; i < features.length; i++)
      copies[i] = copyFeature(features[i], i, convert, done);
    copy.features = copies;
  }
  return copy;
}
