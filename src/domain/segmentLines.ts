/**
 * Each segment's line again, from the road lines the map draws: a partly built segment is
 * drawn as two lines (built, then unbuilt, cut where its completed length ends), which join
 * back into the segment's own line. Measuring and selecting on the page use these lines, the
 * page holding no other copy of the geometry.
 */
import type { Feature, Geometry, Position } from 'geojson';

/** A segment's line as a list of parts (one for a LineString), longitude and latitude. */
export type SegmentLine = Position[][];

const PIECE_ORDER: Record<string, number> = { built: 0, whole: 1, unbuilt: 2 };

function partsOf(geometry: Geometry | null): Position[][] {
  if (geometry?.type === 'LineString') return [geometry.coordinates];
  if (geometry?.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * The line of each segment, by segment index (the drawn features' ids), from the drawn road
 * lines; a segment with no drawn line gets no parts.
 *
 * @example
 * const lines = segmentLines(decodeFeatures(await dataset.roadsData.arrayBuffer()).features, dataset.segments.length);
 * lines[3]; // [[[104.81, 31.06], [104.82, 31.05], …]]
 */
export function segmentLines(features: readonly Feature[], segmentCount: number): SegmentLine[] {
  const pieces: { order: number; parts: Position[][] }[][] = Array.from(
    { length: segmentCount },
    () => [],
  );
  for (const feature of features) {
    const index = feature.id;
    if (typeof index !== 'number' || index < 0 || index >= segmentCount) continue;
    const piece = String(feature.properties?.['piece'] ?? 'whole');
    pieces[index]!.push({ order: PIECE_ORDER[piece] ?? 1, parts: partsOf(feature.geometry) });
  }
  return pieces.map((list) => {
    list.sort((a, b) => a.order - b.order);
    const parts: Position[][] = [];
    for (const { parts: pieceParts } of list) {
      for (const part of pieceParts) {
        const last = parts.at(-1);
        // The built piece ends where the unbuilt one starts: one part again.
        if (last && samePosition(last.at(-1), part[0])) last.push(...part.slice(1));
        else parts.push([...part]);
      }
    }
    return parts;
  });
}
