/**
 * The features MapLibre draws for measured segments: the road lines in draw order (a partly
 * built segment in two pieces, cut where its completed length ends; a piece cut by progress
 * rows whole, built or not, with its state at each date of the history), the route-code
 * label points, and each segment's bounds.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { RoadPiece } from '../../contract/roadPiece.ts';
import { splitLine } from '../../domain/completedPart.ts';
import type { MeasuredSegment } from '../../domain/types.ts';
import { roadDrawRank } from '../../domain/classRank.ts';
import { labelFeatures, routeLabelAnchors } from '../../domain/routeLabelAnchors.ts';
import { datedLetters, piecePart } from '../../domain/datedDrawCodes.ts';
import type { PieceState } from '../../domain/progressPieces.ts';

/** Flat properties of a drawn road: what style expressions and filters read. */
export interface RoadDrawProperties {
  id: string;
  name: string;
  route: string;
  class: string;
  status: string;
  project: string;
  year: number;
  /** Towns as `|town one|town two|`, so a filter can test membership with `in`. */
  townsKey: string;
  completionBucket: string;
  guardBucket: string;
  /** completed ÷ length, 0…1. */
  completion: number;
  /** guard ÷ required, 0…1, or -1 when not required or not assessed. */
  guard: number;
}

/**
 * Properties of a drawn road line: its segment's, which piece of it the line is, and for a
 * piece with a progress history its dated letters (`datedDrawCodes.ts`).
 */
export interface RoadLineProperties extends RoadDrawProperties {
  piece: RoadPiece;
  datedStatus?: string;
  datedCompletion?: string;
  datedGuard?: string;
  datedPiece?: string;
}

/** A route-code label: its road's properties and the text angle (degrees clockwise from east). */
export interface RoadLabelProperties extends RoadDrawProperties {
  labelAngle: number;
  /** The zoom from which the label is written. */
  labelMinZoom: number;
}

function drawProperties(segment: MeasuredSegment): RoadDrawProperties {
  const properties = segment.properties;
  return {
    id: properties.id,
    name: properties.name ?? '',
    route: properties.route ?? '',
    class: properties.class,
    status: properties.status,
    project: properties.project ?? '',
    year: properties.year ?? 0,
    townsKey: properties.towns.length > 0 ? `|${properties.towns.join('|')}|` : '',
    completionBucket: segment.completionBucket,
    guardBucket: segment.guardBucket,
    completion: segment.completionRatio,
    guard: segment.guardRatio ?? -1,
  };
}

/**
 * The lines drawn for a segment: the whole line, or for a partly built segment its built and
 * unbuilt parts. One line layer draws them all: a separate layer for the built parts, drawn
 * over the whole roads, would lay them out again on every switch to completion mode and pass
 * over those roads twice in every frame.
 */
function roadPieces(
  geometry: LineString | MultiLineString,
  completionRatio: number,
): [RoadPiece, LineString | MultiLineString][] {
  if (!(completionRatio > 0 && completionRatio < 1)) return [['whole', geometry]];
  const { built, unbuilt } = splitLine(geometry, completionRatio);
  if (!built || !unbuilt) return [['whole', geometry]];
  return [
    ['built', built],
    ['unbuilt', unbuilt],
  ];
}

export class BoundsAccumulator {
  west = Infinity;
  south = Infinity;
  east = -Infinity;
  north = -Infinity;

  add(longitude: number, latitude: number): void {
    if (longitude < this.west) this.west = longitude;
    if (longitude > this.east) this.east = longitude;
    if (latitude < this.south) this.south = latitude;
    if (latitude > this.north) this.north = latitude;
  }

  reset(): void {
    this.west = Infinity;
    this.south = Infinity;
    this.east = -Infinity;
    this.north = -Infinity;
  }

  include(other: BoundsAccumulator): void {
    this.add(other.west, other.south);
    this.add(other.east, other.north);
  }

  addLine(geometry: LineString | MultiLineString): void {
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    for (const part of parts) for (const position of part) this.add(position[0]!, position[1]!);
  }

  toArray(): [number, number, number, number] {
    return [this.west, this.south, this.east, this.north];
  }
}

/** The states of the pieces at each date of a progress history (`ProgressHistory`). */
export interface DrawHistory {
  indices: Uint32Array;
  states: readonly PieceState[];
}

/** What `drawNetwork` gives. */
export interface DrawnNetwork {
  roads: FeatureCollection<LineString | MultiLineString, RoadLineProperties>;
  labels: FeatureCollection<Point, RoadLabelProperties>;
  /** The feature ids (segment indices) in `labels`. */
  labelIds: Uint32Array;
  /** West, south, east, north of each segment in turn (4 numbers per segment index). */
  segmentBounds: Float64Array;
  /** West, south, east, north of all the lines. */
  bounds: [number, number, number, number];
}

/** A history's dated letters by segment index, for the pieces that have them. */
function datedLettersByIndex(
  history: DrawHistory | undefined,
): Map<number, Record<string, string>> {
  const byIndex = new Map<number, Record<string, string>>();
  if (!history) return byIndex;
  const count = history.indices.length;
  const dates = count === 0 ? 0 : history.states.length / count;
  for (let j = 0; j < count; j++) {
    const states: PieceState[] = [];
    for (let k = 0; k < dates; k++) states.push(history.states[k * count + j]!);
    byIndex.set(history.indices[j]!, datedLetters(states));
  }
  return byIndex;
}

/**
 * The features to draw for measured segments and their lines (by segment index).
 *
 * @example
 * const drawn = drawNetwork(measureSegments(features), features.map((f) => f.geometry));
 * drawn.roads.features.length; // one per segment, two per partly built one
 */
export function drawNetwork(
  segments: readonly MeasuredSegment[],
  lines: readonly (LineString | MultiLineString)[],
  history?: DrawHistory,
): DrawnNetwork {
  const dated = datedLettersByIndex(history);
  const bounds = new BoundsAccumulator();
  const lineBounds = new BoundsAccumulator();
  const segmentBounds = new Float64Array(segments.length * 4);
  const roads: Feature<LineString | MultiLineString, RoadLineProperties>[] = [];
  const drawn: RoadDrawProperties[] = [];
  for (const segment of segments) {
    const geometry = lines[segment.index]!;
    const properties = drawProperties(segment);
    drawn[segment.index] = properties;
    lineBounds.reset();
    lineBounds.addLine(geometry);
    bounds.include(lineBounds);
    segmentBounds.set(lineBounds.toArray(), segment.index * 4);
    const pieces: [RoadPiece, LineString | MultiLineString][] = segment.stretch
      ? [[piecePart(segment), geometry]]
      : roadPieces(geometry, segment.completionRatio);
    const letters = dated.get(segment.index);
    for (const [piece, line] of pieces) {
      roads.push({
        type: 'Feature',
        id: segment.index,
        geometry: line,
        properties: letters ? { ...properties, ...letters, piece } : { ...properties, piece },
      });
    }
  }
  // MapLibre draws features in file order: the worker writes them in draw order (a stable
  // sort: the two pieces of a segment stay together).
  const rank = (feature: Feature<LineString | MultiLineString, RoadLineProperties>) =>
    roadDrawRank(feature.properties.class, feature.properties.status);
  roads.sort((a, b) => rank(a) - rank(b));
  const anchors = routeLabelAnchors(
    segments.map((segment) => ({
      index: segment.index,
      geometry: lines[segment.index]!,
      roadClass: segment.properties.class,
      route: segment.properties.route ?? '',
      lengthKm: segment.lengthKm,
    })),
  );
  return {
    roads: { type: 'FeatureCollection', features: roads },
    labels: {
      type: 'FeatureCollection',
      features: labelFeatures(anchors, (index) => drawn[index]!),
    },
    labelIds: Uint32Array.from(anchors, (anchor) => anchor.index),
    segmentBounds,
    bounds: bounds.toArray(),
  };
}
