/**
 * The properties of a road segment or a point feature, read into the contract's types, and the
 * checks that compare a segment's figures with each other and with its geometry.
 */
import type { LineString, MultiLineString } from 'geojson';
import {
  NUMERIC_PROPERTIES,
  POINT_PROPERTY_ORDER,
  SEGMENT_PROPERTY_ORDER,
  type PointFeatureProperties,
  type RoadSegmentProperties,
} from '../../contract/roadNetwork.ts';
import { lineLengthKm } from '../../domain/geodesicLength.ts';
import type { ProblemLog } from './problemLog.ts';
import {
  readChainage,
  readClass,
  readDate,
  readKind,
  readNonNegativeNumber,
  readStatus,
  readText,
  readTowns,
  readWork,
  readYear,
  type RawProperties,
} from './readProperties.ts';

/** Every property name the contract defines, for segments and points. */
export const CONTRACT_PROPERTIES: ReadonlySet<string> = new Set<string>([
  ...SEGMENT_PROPERTY_ORDER,
  ...POINT_PROPERTY_ORDER,
]);

/** How far `completed_km` or `guard_km` may exceed its bound, for rounding: 0.5 %. */
export const LENGTH_TOLERANCE = 0.005;
/** A declared length is "far" from the measured one when both gaps are exceeded. */
export const LENGTH_MISMATCH_RATIO = 0.2;
export const LENGTH_MISMATCH_MIN_KM = 0.05;
/** Below this, a difference is floating-point noise. */
const EPSILON_KM = 1e-9;

/** Rounds km to the metre, for the figures a problem shows. */
function roundKm(km: number): number {
  return Math.round(km * 1000) / 1000;
}

/** The properties segments and points both have, read in this order. */
type SharedProperties = Pick<
  RoadSegmentProperties & PointFeatureProperties,
  'name' | 'project' | 'work' | 'year'
>;

/**
 * Reads the name, project, work and year of a segment or a point (only those present). An
 * absent `work` is left absent here: the dataset reader reads it from the project's name.
 */
function readSharedProperties(properties: RawProperties, log: ProblemLog): SharedProperties {
  const shared: SharedProperties = {};
  const name = readText(properties, 'name', log);
  if (name !== undefined) shared.name = name;
  const project = readText(properties, 'project', log);
  if (project !== undefined) shared.project = project;
  const work = readWork(properties, log);
  if (work !== undefined) shared.work = work;
  const year = readYear(properties, log);
  if (year !== undefined) shared.year = year;
  return shared;
}

/** Reads a road segment's properties; `id` has been read and checked already. */
export function readSegmentProperties(
  properties: RawProperties,
  id: string,
  log: ProblemLog,
): RoadSegmentProperties {
  const route = readText(properties, 'route', log);
  const result: RoadSegmentProperties = {
    id,
    class: readClass(properties, route, log),
    status: readStatus(properties, log),
    towns: readTowns(properties, log),
  };
  if (route !== undefined) result.route = route;
  Object.assign(result, readSharedProperties(properties, log));
  for (const key of NUMERIC_PROPERTIES) {
    const value = readNonNegativeNumber(properties, key, log);
    if (value !== undefined) result[key] = value;
  }
  const startChainage = readChainage(properties, 'start_chainage', log);
  if (startChainage !== undefined) result.start_chainage = startChainage;
  const updated = readDate(properties, 'updated', log);
  if (updated !== undefined) result.updated = updated;
  const note = readText(properties, 'note', log);
  if (note !== undefined) result.note = note;
  return result;
}

/** Reads a point feature's properties; `id` has been read and checked already. */
export function readPointProperties(
  properties: RawProperties,
  id: string,
  log: ProblemLog,
): PointFeatureProperties {
  const result: PointFeatureProperties = {
    id,
    kind: readKind(properties, log),
    status: readStatus(properties, log),
  };
  Object.assign(result, readSharedProperties(properties, log));
  const route = readText(properties, 'route', log);
  if (route !== undefined) result.route = route;
  const chainage = readChainage(properties, 'chainage', log);
  if (chainage !== undefined) result.chainage = chainage;
  return result;
}

/**
 * Compares a segment's figures: declared length with the measured one (warning when far
 * apart), `completed_km` with the length (declared, else measured) and `guard_km` with
 * `guard_required_km` (errors when more, beyond 0.5 %). Returns the measured length in km, so
 * that it is measured once.
 */
export function checkSegmentFigures(
  properties: RoadSegmentProperties,
  geometry: LineString | MultiLineString,
  log: ProblemLog,
): number {
  const declaredKm = properties.length_km;
  const measuredKm = lineLengthKm(geometry);
  if (declaredKm !== undefined) {
    const gapKm = Math.abs(declaredKm - measuredKm);
    if (gapKm > LENGTH_MISMATCH_MIN_KM && gapKm > LENGTH_MISMATCH_RATIO * measuredKm) {
      log.warning('length-mismatch', 'length_km', {
        declaredKm,
        measuredKm: roundKm(measuredKm),
      });
    }
  }
  const completedKm = properties.completed_km;
  if (completedKm !== undefined) {
    const lengthKm = declaredKm ?? measuredKm;
    if (completedKm > lengthKm * (1 + LENGTH_TOLERANCE) + EPSILON_KM) {
      log.error('completed-exceeds-length', 'completed_km', {
        completedKm,
        lengthKm: roundKm(lengthKm),
        lengthSource: declaredKm === undefined ? 'measured' : 'declared',
      });
    }
  }
  const guardKm = properties.guard_km;
  const guardRequiredKm = properties.guard_required_km;
  if (
    guardKm !== undefined &&
    guardRequiredKm !== undefined &&
    guardKm > guardRequiredKm * (1 + LENGTH_TOLERANCE) + EPSILON_KM
  ) {
    log.error('guard-exceeds-required', 'guard_km', { guardKm, guardRequiredKm });
  }
  return measuredKm;
}
