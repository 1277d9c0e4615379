/**
 * Helpers of the coordinate-step tests: fixture reading, small inputs, forward projections and
 * distances.
 */
import { readFileSync } from 'node:fs';
import geodesic from 'geographiclib-geodesic';
import proj4 from 'proj4';
import {
  proj4Definition,
  systemForEpsg,
  type SystemInfo,
} from '../../src/data/coordinates/systems.ts';

const FIXTURES = new URL('../fixtures/coordinates/', import.meta.url);

/** A coordinate fixture, parsed. */
export function readCoordinateFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as unknown;
}

/** A FeatureCollection of one LineString (id `a`), with foreign members `extra`. */
export function line(coordinates: unknown, extra: Record<string, unknown> = {}): unknown {
  const feature = {
    type: 'Feature',
    properties: { id: 'a' },
    geometry: { type: 'LineString', coordinates },
  };
  return { type: 'FeatureCollection', ...extra, features: [feature] };
}

/** A `crs` member naming `name`. */
export function crs(name: string): Record<string, unknown> {
  return { crs: { type: 'name', properties: { name } } };
}

/** Every position of a FeatureCollection, in order. */
export function positionsOf(collection: unknown): number[][] {
  const found: number[][] = [];
  const walk = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') found.push(value as number[]);
    else value.forEach(walk);
  };
  const features = (collection as { features: { geometry: { coordinates: unknown } }[] }).features;
  for (const feature of features) walk(feature.geometry.coordinates);
  return found;
}

/** proj4's forward projection (lon/lat → metres) of a system, from this module's definition. */
export function forwardOf(epsg: number): (lon: number, lat: number) => [number, number] {
  const converter = proj4('EPSG:4326', proj4Definition(systemForEpsg(epsg) as SystemInfo));
  return (lon, lat) => converter.forward([lon, lat]) as [number, number];
}

/** Geodesic distance on WGS 84 between two lon/lat positions, metres (GeographicLib). */
export function distanceM(a: readonly number[], b: readonly number[]): number {
  const inverse = geodesic.Geodesic.WGS84.Inverse(a[1] ?? 0, a[0] ?? 0, b[1] ?? 0, b[0] ?? 0);
  return inverse.s12 ?? NaN;
}

/** A small deterministic random number generator (a linear congruential one), for fuzzing. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Freezes a value and everything in it, so any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
