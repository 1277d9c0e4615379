/**
 * A road line cut at town boundaries: the length it runs in each town, in order along the line.
 * Each edge is looked up at its ends; where the town changes, the crossing is found by halving
 * the edge (to about a millimetre on a kilometre's edge), so a line that leaves a town and comes
 * back within one edge keeps the whole edge in one town.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import { edgeLengthM } from './geodesicLength.ts';
import { townAt, type TownLookup } from './townAreas.ts';

/** A stretch of a line in one town (`town`: an index of the areas, or `OUTSIDE`). */
export interface TownPiece {
  town: number;
  lengthKm: number;
}

/** Halvings of an edge to find where it crosses a boundary. */
const HALVINGS = 20;

function at(from: Position, to: Position, fraction: number): [number, number] {
  return [from[0]! + (to[0]! - from[0]!) * fraction, from[1]! + (to[1]! - from[1]!) * fraction];
}

/**
 * The pieces of a line in each town, in order, consecutive stretches in one town joined.
 *
 * @example
 * townPieces(line, townLookup(areas)); // [{ town: 3, lengthKm: 2.41 }, { town: 7, lengthKm: 1.02 }]
 */
export function townPieces(line: LineString | MultiLineString, areas: TownLookup): TownPiece[] {
  const pieces: TownPiece[] = [];
  const add = (town: number, lengthKm: number) => {
    const last = pieces[pieces.length - 1];
    if (last && last.town === town) last.lengthKm += lengthKm;
    else pieces.push({ town, lengthKm });
  };
  const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
  for (const part of parts) {
    if (part.length === 0) continue;
    let fromTown = townAt(areas, part[0]![0]!, part[0]![1]!);
    if (part.length === 1) add(fromTown, 0);
    for (let i = 1; i < part.length; i++) {
      const from = part[i - 1]!;
      const to = part[i]!;
      const edgeKm = edgeLengthM(from, to) / 1000;
      const toTown = townAt(areas, to[0]!, to[1]!);
      let start = 0;
      let town = fromTown;
      // Walk the edge crossing by crossing until it reaches the town of its end.
      while (town !== toTown) {
        let inside = start;
        let beyond = 1;
        for (let halving = 0; halving < HALVINGS; halving++) {
          const middle = (inside + beyond) / 2;
          const [lon, lat] = at(from, to, middle);
          if (townAt(areas, lon, lat) === town) inside = middle;
          else beyond = middle;
        }
        add(town, (beyond - start) * edgeKm);
        start = beyond;
        const [lon, lat] = at(from, to, beyond);
        town = townAt(areas, lon, lat);
      }
      add(town, (1 - start) * edgeKm);
      fromTown = toTown;
    }
  }
  return pieces;
}
