/**
 * One pass from untrusted JSON to everything the app draws and counts: validate, measure,
 * and build the flat features MapLibre draws (with integer ids for feature-state; a partly
 * built road cut in two where its completed length ends, for the completion mode). Runs in a
 * worker.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { PointFeatureProperties, Problem } from '../../contract/roadNetwork.ts';
import { normalisedGeojson } from './normalisedGeojson.ts';
import type { DatasetInfo } from './datasetInfo.ts';
import { validateDataset, type ValidateOptions } from '../validate/validate.ts';
import { measureSegments } from '../../domain/measure.ts';
import type { MeasuredSegment } from '../../domain/types.ts';
import {
  BoundsAccumulator,
  drawNetwork,
  type DrawnNetwork,
  type RoadLabelProperties,
  type RoadLineProperties,
} from './drawNetwork.ts';
import type { KeptField } from '../../contract/otherFields.ts';
import { featureOrigins } from './featureOrigins.ts';

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
  /** Each segment's line, by segment index (kept in the data worker, never posted). */
  lines: (LineString | MultiLineString)[];
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

/** Nothing to draw, for a network drawn later (as pieces). */
function undrawn(segmentCount: number): DrawnNetwork {
  return {
    roads: { type: 'FeatureCollection', features: [] },
    labels: { type: 'FeatureCollection', features: [] },
    labelIds: new Uint32Array(0),
    segmentBounds: new Float64Array(segmentCount * 4),
    bounds: [Infinity, Infinity, -Infinity, -Infinity],
  };
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
  options: ValidateOptions & {
    keptFields?: readonly (KeptField[] | undefined)[];
    /**
     * Build the features to draw (default true). The data worker leaves them out where
     * progress sheets cut the network into pieces, which are drawn instead.
     */
    draw?: boolean;
  } = {},
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
  const lines = validation.segments.map((segment) => segment.geometry);
  const drawn = options.draw === false ? undrawn(segments.length) : drawNetwork(segments, lines);
  const bounds = new BoundsAccumulator();
  if (options.draw === false) for (const line of lines) bounds.addLine(line);
  else {
    bounds.add(drawn.bounds[0], drawn.bounds[1]);
    bounds.add(drawn.bounds[2], drawn.bounds[3]);
  }
  const points: Feature<Point, PointFeatureProperties>[] = validation.points.map((point, index) => {
    bounds.add(point.geometry.coordinates[0]!, point.geometry.coordinates[1]!);
    return { type: 'Feature', id: index, geometry: point.geometry, properties: point.properties };
  });
  const info = readInfo(input);
  return {
    ok: true,
    dataset: {
      info,
      segmentBounds: drawn.segmentBounds,
      lines,
      normalise: () =>
        normalisedGeojson(validation.segments, validation.points, info, otherFields, pointFields),
      otherFields,
      segments,
      roads: drawn.roads,
      labels: drawn.labels,
      labelIds: drawn.labelIds,
      points: { type: 'FeatureCollection', features: points },
      bounds: bounds.toArray(),
      errors: validation.errors,
      warnings: validation.warnings,
    },
  };
}
