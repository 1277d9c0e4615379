/**
 * One pass from untrusted JSON to everything the app draws and counts: validate, measure,
 * and build the flat features MapLibre draws (with integer ids for feature-state; a partly
 * built road cut in two where its completed length ends, for the completion mode). Runs in a
 * worker.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { PointFeatureProperties, Problem } from '../../contract/roadNetwork.ts';
import type { RoadPiece } from '../../contract/roadPiece.ts';
import { normalisedGeojson } from './normalisedGeojson.ts';
import type { DatasetInfo } from './datasetInfo.ts';
import { validateDataset, type ValidateOptions } from '../validate/validate.ts';
import { measureSegments } from '../../domain/measure.ts';
import { splitLine } from '../../domain/completedPart.ts';
import type { MeasuredSegment } from '../../domain/types.ts';
import { roadDrawRank } from '../../domain/classRank.ts';
import { labelFeatures, routeLabelAnchors } from '../../domain/routeLabelAnchors.ts';
import type { KeptField } from '../../contract/otherFields.ts';
import { featureOrigins } from './featureOrigins.ts';

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

/** Properties of a drawn road line: its segment's, and which piece of it the line is. */
export interface RoadLineProperties extends RoadDrawProperties {
  piece: RoadPiece;
}

/** A route-code label: its road's properties and the text angle (degrees clockwise from east). */
export interface RoadLabelProperties extends RoadDrawProperties {
  labelAngle: number;
  /** The zoom from which the label is written. */
  labelMinZoom: number;
}

/** A dataset ready to draw and count. */
export interface PreparedDataset {
  info: DatasetInfo;
  segments: MeasuredSegment[];
  /**
   * The road lines, in draw order, with the segment index as id: one per segment, or two for a
   * partly built one, cut where its completed length ends (`piece`).
   */
  roads: FeatureCollection<LineString | MultiLineString, RoadLineProperties>;
  /** Route-code label points (ids and properties of the road each sits on). */
  labels: FeatureCollection<Point, RoadLabelProperties>;
  /** The feature ids (segment indices) in `labels`. */
  labelIds: Uint32Array;
  points: FeatureCollection<Point, PointFeatureProperties>;
  /** [west, south, east, north] of the roads and points. */
  bounds: [number, number, number, number];
  /** West, south, east, north of each segment in turn (4 numbers per segment index). */
  segmentBounds: Float64Array;
  /**
   * The dataset as contract GeoJSON text (for "Download" and the copy kept in IndexedDB); built
   * only when called, since building it takes long on a large dataset (see docs/performance.md),
   * so that it can wait until the map has its data.
   */
  normalise: () => string;
  /**
   * The source fields kept beside each segment (by segment index; absent: none): fields of the
   * user's file that feed no property, for the details' "Other fields".
   */
  otherFields: (KeptField[] | undefined)[];
  errors: Problem[];
  warnings: Problem[];
}

/** The outcome of preparing: the dataset, or the problems that stopped it. */
export type PrepareOutcome =
  { ok: true; dataset: PreparedDataset } | { ok: false; errors: Problem[]; warnings: Problem[] };

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

class BoundsAccumulator {
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

function readInfo(input: unknown): DatasetInfo {
  const member =
    typeof input === 'object' && input !== null
      ? (input as { roadboard?: { name?: unknown; synthetic?: unknown } }).roadboard
      : undefined;
  return {
    name: typeof member?.name === 'string' ? member.name : '',
    synthetic: member?.synthetic === true,
  };
}

/**
 * Validates and measures a parsed GeoJSON value and builds the features to draw.
 *
 * @example
 * const outcome = prepareDataset(JSON.parse(text));
 * if (outcome.ok) console.log(outcome.dataset.segments.length);
 */
export function prepareDataset(
  input: unknown,
  options: ValidateOptions & { keptFields?: readonly (KeptField[] | undefined)[] } = {},
): PrepareOutcome {
  const validation = validateDataset(input, options);
  if (!validation.ok) {
    return { ok: false, errors: validation.errors, warnings: validation.warnings };
  }
  const kept = options.keptFields ?? [];
  const origins =
    kept.length > 0
      ? featureOrigins(
          input,
          validation.errors,
          validation.segments.length,
          validation.points.length,
        )
      : null;
  const otherFields: (KeptField[] | undefined)[] = [];
  const pointFields: (KeptField[] | undefined)[] = [];
  if (origins) {
    origins.segments.forEach((inputIndex, index) => (otherFields[index] = kept[inputIndex]));
    origins.points.forEach((inputIndex, index) => (pointFields[index] = kept[inputIndex]));
  }
  const segments = measureSegments(validation.segments);
  const bounds = new BoundsAccumulator();
  const lineBounds = new BoundsAccumulator();
  const segmentBounds = new Float64Array(segments.length * 4);
  const roads: Feature<LineString | MultiLineString, RoadLineProperties>[] = [];
  const drawn: RoadDrawProperties[] = [];
  for (const segment of segments) {
    const geometry = validation.segments[segment.index]!.geometry;
    const properties = drawProperties(segment);
    drawn[segment.index] = properties;
    lineBounds.reset();
    lineBounds.addLine(geometry);
    bounds.include(lineBounds);
    segmentBounds.set(lineBounds.toArray(), segment.index * 4);
    for (const [piece, line] of roadPieces(geometry, segment.completionRatio)) {
      roads.push({
        type: 'Feature',
        id: segment.index,
        geometry: line,
        properties: { ...properties, piece },
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
      geometry: validation.segments[segment.index]!.geometry,
      roadClass: segment.properties.class,
      route: segment.properties.route ?? '',
      lengthKm: segment.lengthKm,
    })),
  );
  const points: Feature<Point, PointFeatureProperties>[] = validation.points.map((point, index) => {
    bounds.add(point.geometry.coordinates[0]!, point.geometry.coordinates[1]!);
    return { type: 'Feature', id: index, geometry: point.geometry, properties: point.properties };
  });
  const info = readInfo(input);
  return {
    ok: true,
    dataset: {
      info,
      segmentBounds,
      normalise: () =>
        normalisedGeojson(validation.segments, validation.points, info, otherFields, pointFields),
      otherFields,
      segments,
      roads: { type: 'FeatureCollection', features: roads },
      labels: {
        type: 'FeatureCollection',
        features: labelFeatures(anchors, (index) => drawn[index]!),
      },
      labelIds: Uint32Array.from(anchors, (anchor) => anchor.index),
      points: { type: 'FeatureCollection', features: points },
      bounds: bounds.toArray(),
      errors: validation.errors,
      warnings: validation.warnings,
    },
  };
}
