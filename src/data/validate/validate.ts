/**
 * The one validator of the data contract (v1), used by the app's data worker, the scripts and
 * the tests. It reads untrusted input into road segments and point features in the contract's
 * types and lists every problem it finds; it never throws for bad data.
 *
 * A feature with an error is skipped and the rest are kept; the input as a whole fails
 * (`ok: false`) only when it is not GeoJSON, is empty, or holds no usable road segment.
 * The rules and their codes are listed in `data/README.md`.
 */
import type {
  PointFeature,
  PointFeatureProperties,
  PointKind,
  RoadSegment,
  RoadSegmentProperties,
  ValidationResult,
  WorkType,
} from '../../contract/roadNetwork.ts';
import {
  CONTRACT_PROPERTIES,
  checkSegmentFigures,
  readPointProperties,
  readSegmentProperties,
} from './featureProperties.ts';
import { GEOMETRY_TYPES } from '../../contract/geometryTypes.ts';
import { ProblemLog, valueText } from './problemLog.ts';
import { isAbsent, type RawProperties } from './readProperties.ts';
import { readLineGeometry, readPointGeometry } from './validateGeometry.ts';
import { LINE_WORK_ORDER, POINT_WORK_ORDER, workFromProjectName } from './vocabulary.ts';

/** How many unknown property names are collected, and how many of them are named. */
const UNKNOWN_NAMES_COLLECTED = 200;
const UNKNOWN_NAMES_SHOWN = 20;
/** How many project names the `work-from-project` warning names. */
const WORK_PROJECTS_SHOWN = 10;

/** The work a point's kind implies when its project's name names none. */
const KIND_WORK: Readonly<Record<PointKind, WorkType>> = {
  bridge: 'bridge',
  station: 'facility',
  mooring: 'facility',
  other: 'road',
};

/** What kind of value something is, in words a problem can show. */
function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An `id` to name a feature by before its `id` has been checked. */
function provisionalId(
  properties: RawProperties,
  feature: Record<string, unknown>,
): string | undefined {
  const id = isAbsent(properties.id) ? feature.id : properties.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** State of one validation run. */
class DatasetReader {
  readonly log = new ProblemLog();
  readonly segments: RoadSegment[] = [];
  readonly points: PointFeature[] = [];
  /** Each `id` seen → the index of the feature that first used it. */
  private readonly featureIndexById = new Map<string, number>();
  private readonly unknownPropertyNames = new Set<string>();
  /** Features whose work type came from their project's name (or, failing that, a default). */
  private workFromProjectCount = 0;
  /** Of those, the ones whose project's name holds no work word. */
  private workDefaultedCount = 0;
  /** The projects those features belong to, in the order they came. */
  private readonly workFromProjects = new Set<string>();

  /** The features of the input, or undefined (reported) when it is not a collection or feature. */
  featuresOf(input: unknown): unknown[] | undefined {
    if (!isObject(input)) {
      this.log.error('not-geojson', undefined, { found: kindOf(input) });
      return undefined;
    }
    const type = input.type;
    if (type === 'FeatureCollection') {
      if (Array.isArray(input.features)) return input.features as unknown[];
      this.log.error('features-missing', 'features', { found: kindOf(input.features) });
      return undefined;
    }
    if (type === 'Feature') return [input];
    if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) {
      this.log.error('bare-geometry', undefined, { type });
    } else {
      this.log.error('not-geojson', undefined, {
        found: typeof type === 'string' ? valueText(type) : 'object',
      });
    }
    return undefined;
  }

  /** Reads one feature; keeps it unless it has an error. */
  readFeature(feature: unknown, index: number): void {
    const log = this.log;
    if (!isObject(feature) || feature.type !== 'Feature') {
      log.startFeature(index, undefined);
      log.error('not-a-feature', undefined, {
        found: isObject(feature) ? valueText(feature.type) : kindOf(feature),
      });
      return;
    }
    const rawProperties = feature.properties;
    const properties: RawProperties = isObject(rawProperties) ? rawProperties : {};
    log.startFeature(index, provisionalId(properties, feature));
    if (!isAbsent(rawProperties) && !isObject(rawProperties)) {
      log.warning('invalid-properties', 'properties', { found: kindOf(rawProperties) });
    }
    const geometry = feature.geometry;
    if (!isObject(geometry)) {
      log.error('missing-geometry', 'geometry', { found: kindOf(geometry) });
      return;
    }
    const type = geometry.type;
    if (type === 'LineString' || type === 'MultiLineString') {
      this.collectUnknownNames(properties);
      const id = this.readId(properties, feature, index);
      const line = readLineGeometry(type, geometry.coordinates, log);
      const segmentProperties = readSegmentProperties(properties, id, log);
      if (line !== undefined && log.featureErrors === 0) {
        const measuredKm = checkSegmentFigures(segmentProperties, line, log);
        if (log.featureErrors === 0) {
          this.fillWork(segmentProperties, LINE_WORK_ORDER, 'road');
          this.segments.push({ geometry: line, properties: segmentProperties, measuredKm });
        }
      }
    } else if (type === 'Point') {
      this.collectUnknownNames(properties);
      const id = this.readId(properties, feature, index);
      const point = readPointGeometry(geometry.coordinates, log);
      const pointProperties = readPointProperties(properties, id, log);
      if (point !== undefined && log.featureErrors === 0) {
        this.fillWork(pointProperties, POINT_WORK_ORDER, KIND_WORK[pointProperties.kind]);
        this.points.push({ geometry: point, properties: pointProperties });
      }
    } else {
      log.warning('unsupported-geometry', 'geometry', { type: valueText(type) });
    }
  }

  /**
   * The feature's `id`: the `id` property; else the Feature's own `id` member; else
   * `feature-<index>`. Each fallback is warned; an `id` used before is an error.
   */
  private readId(
    properties: RawProperties,
    feature: Record<string, unknown>,
    index: number,
  ): string {
    const log = this.log;
    const value = properties.id;
    let id: string | undefined;
    if (typeof value === 'string' && !isAbsent(value)) {
      id = value;
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      id = String(value);
      log.warning('coerced-to-string', 'id', { value: id });
    } else if (!isAbsent(value)) {
      log.warning('invalid-text', 'id', { value: valueText(value) });
    }
    const memberId = feature.id;
    if (id === undefined && (typeof memberId === 'number' || typeof memberId === 'string')) {
      const memberText = String(memberId);
      if (!isAbsent(memberText)) {
        id = memberText;
        log.warning('id-from-feature', 'id', { value: id });
      }
    }
    if (id === undefined) {
      id = `feature-${index}`;
      for (let suffix = 2; this.featureIndexById.has(id); suffix++)
        id = `feature-${index}-${suffix}`;
      log.warning('id-missing', 'id', { generatedId: id });
    }
    log.featureId = id;
    const firstIndex = this.featureIndexById.get(id);
    if (firstIndex === undefined) this.featureIndexById.set(id, index);
    else log.error('duplicate-id', 'id', { value: id, firstIndex });
    return id;
  }

  /**
   * Gives a feature of a project without `work` the work its project's name speaks of (`order`
   * says which type wins where the name holds words of several), else `fallback`, and counts
   * it for the file's one `work-from-project` warning. A feature outside projects keeps no work.
   */
  private fillWork(
    properties: RoadSegmentProperties | PointFeatureProperties,
    order: readonly WorkType[],
    fallback: WorkType,
  ): void {
    const project = properties.project;
    if (properties.work !== undefined || project === undefined) return;
    const named = workFromProjectName(project, order);
    properties.work = named ?? fallback;
    this.workFromProjectCount++;
    if (named === undefined) this.workDefaultedCount++;
    this.workFromProjects.add(project);
  }

  private collectUnknownNames(properties: RawProperties): void {
    const names = this.unknownPropertyNames;
    if (names.size >= UNKNOWN_NAMES_COLLECTED) return;
    for (const name in properties) {
      if (!CONTRACT_PROPERTIES.has(name)) names.add(name);
    }
  }

  /** File-level findings once every feature has been read. */
  finish(featureCount: number): boolean {
    const log = this.log;
    log.endFeature();
    const unknownNames = [...this.unknownPropertyNames];
    if (unknownNames.length > 0) {
      log.warning('unknown-properties', undefined, {
        names: unknownNames.slice(0, UNKNOWN_NAMES_SHOWN).join(', '),
        count: unknownNames.length,
      });
    }
    if (this.workFromProjectCount > 0) {
      const projects = [...this.workFromProjects];
      log.warning('work-from-project', 'work', {
        projects: projects.slice(0, WORK_PROJECTS_SHOWN).join(', '),
        projectCount: projects.length,
        count: this.workFromProjectCount,
        defaulted: this.workDefaultedCount,
      });
    }
    if (this.segments.length > 0) return true;
    log.error('no-valid-segment', undefined, {
      features: featureCount,
      points: this.points.length,
      skipped: featureCount - this.points.length,
    });
    return false;
  }
}

/** How often validation reports progress, in features. */
const PROGRESS_EVERY_FEATURES = 5000;

export interface ValidateOptions {
  /** Called every few thousand features with how many are done out of how many. */
  onProgress?: (featuresValidated: number, featureCount: number) => void;
}

/**
 * Validates a parsed GeoJSON value against the data contract (v1).
 *
 * Accepts a FeatureCollection or a single Feature. Road segments are `LineString` and
 * `MultiLineString` features, point features are `Point`s (with a `kind`); other geometry is
 * skipped with a warning. Never throws: input that cannot be used gives `ok: false` and an
 * error that says why.
 *
 * @example
 * const result = validateDataset(JSON.parse(text));
 * if (!result.ok) console.log(result.errors.map((problem) => problem.code));
 * else console.log(`${result.segments.length} segments, ${result.errors.length} skipped`);
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const onProgress = options.onProgress;
  const reader = new DatasetReader();
  const log = reader.log;
  let ok = false;
  try {
    const features = reader.featuresOf(input);
    if (features !== undefined) {
      if (features.length === 0) {
        log.error('empty-collection');
      } else {
        for (let index = 0; index < features.length; index++) {
          reader.readFeature(features[index], index);
          if (onProgress && index % PROGRESS_EVERY_FEATURES === PROGRESS_EVERY_FEATURES - 1) {
            onProgress(index + 1, features.length);
          }
        }
        onProgress?.(features.length, features.length);
        ok = reader.finish(features.length);
      }
    }
  } catch (error) {
    // Only input built to defeat the checks (getters that throw, proxies) can get here.
    log.endFeature();
    log.error('unreadable-input', undefined, {
      message: valueText(error instanceof Error ? error.message : error),
    });
    ok = false;
  }
  return {
    ok,
    segments: ok ? reader.segments : [],
    points: ok ? reader.points : [],
    errors: log.errors,
    warnings: log.warnings,
  };
}
