/**
 * What the measuring and selecting tests read from the sample county's file itself, apart from
 * the app: a road's vertices with the chainage there, and which segments a box touches.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { parseChainageKm } from '../../src/domain/chainage.ts';
import { pathLengthKm } from '../../src/domain/geodesicLength.ts';

export const sampleRoads = JSON.parse(
  readFileSync(new URL('../../public/sample/roads.geojson', import.meta.url), 'utf8'),
) as FeatureCollection;

function feature(id: string): Feature<LineString> {
  const found = sampleRoads.features.find((candidate) => candidate.properties?.['id'] === id);
  if (!found || found.geometry.type !== 'LineString') throw new Error(`no line ${id}`);
  return found as Feature<LineString>;
}

/**
 * A vertex of a sample segment and the chainage there: its start chainage plus its declared
 * length times the share of its line before the vertex.
 */
export function vertexChainage(id: string, vertex: number): { at: Position; chainageKm: number } {
  const road = feature(id);
  const line = road.geometry.coordinates;
  const share = pathLengthKm(line.slice(0, vertex + 1)) / pathLengthKm(line);
  const startKm = parseChainageKm(String(road.properties?.['start_chainage']))!;
  return {
    at: line[vertex]!,
    chainageKm: startKm + share * Number(road.properties?.['length_km']),
  };
}

/** Whether the segment from `a` to `b` meets the box (Liang–Barsky clipping). */
function edgeMeetsBox(a: Position, b: Position, box: readonly number[]): boolean {
  const [west, south, east, north] = box as [number, number, number, number];
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  let from = 0;
  let to = 1;
  const sides: [number, number][] = [
    [-dx, a[0]! - west],
    [dx, east - a[0]!],
    [-dy, a[1]! - south],
    [dy, north - a[1]!],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from > to) return false;
  }
  return true;
}

/** The ids of the sample's road segments whose line meets a box (west, south, east, north). */
export function idsMeetingBox(box: readonly number[]): string[] {
  const ids: string[] = [];
  for (const road of sampleRoads.features) {
    const geometry = road.geometry;
    if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') continue;
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    const meets = parts.some((part) =>
      part.some((position, i) => i > 0 && edgeMeetsBox(part[i - 1]!, position, box)),
    );
    if (meets) ids.push(String(road.properties?.['id']));
  }
  return ids;
}
