/**
 * Geometry checks of the validator: every position a pair of finite lon/lat numbers in range,
 * lines with at least two distinct positions, 3-D positions cut to 2-D. Builds the clean
 * geometry (sharing the input's 2-D position arrays) or reports why there is none.
 */
import type { LineString, MultiLineString, Point, Position } from 'geojson';
import { valueText, type ProblemLog } from './problemLog.ts';

/** Above this magnitude a coordinate is metres of a projected system, not degrees. */
const PROJECTED_MAGNITUDE = 1000;
const GEOMETRY = 'geometry';

/** What the positions of one feature revealed; reset for each feature. */
class PositionScan {
  /** Running index of the position across all parts of the feature. */
  vertex = 0;
  dimensions = 2;
  outOfRangeVertex = -1;
  outOfRangeX = 0;
  outOfRangeY = 0;
  /** Whether every position would be in range with longitude and latitude swapped. */
  swappedInRange = true;
  projected = false;

  reset(): void {
    this.vertex = 0;
    this.dimensions = 2;
    this.outOfRangeVertex = -1;
    this.swappedInRange = true;
    this.projected = false;
  }

  /** The position as 2-D, or undefined (reported) when it is not a pair of finite numbers. */
  read(value: unknown, log: ProblemLog): Position | undefined {
    const vertex = this.vertex++;
    if (!Array.isArray(value) || value.length < 2) {
      log.error('invalid-coordinate', GEOMETRY, { value: valueText(value), vertex });
      return undefined;
    }
    const x: unknown = value[0];
    const y: unknown = value[1];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      log.error('invalid-coordinate', GEOMETRY, { value: valueText(x), vertex });
      return undefined;
    }
    if (typeof y !== 'number' || !Number.isFinite(y)) {
      log.error('invalid-coordinate', GEOMETRY, { value: valueText(y), vertex });
      return undefined;
    }
    if (x < -180 || x > 180 || y < -90 || y > 90) {
      if (this.outOfRangeVertex < 0) {
        this.outOfRangeVertex = vertex;
        this.outOfRangeX = x;
        this.outOfRangeY = y;
      }
      if (Math.abs(x) > PROJECTED_MAGNITUDE || Math.abs(y) > PROJECTED_MAGNITUDE) {
        this.projected = true;
      }
    }
    if (y < -180 || y > 180 || x < -90 || x > 90) this.swappedInRange = false;
    if (value.length === 2) return value as Position;
    if (value.length > this.dimensions) this.dimensions = value.length;
    return [x, y];
  }

  /** Reports 3-D and range findings; false when a position is out of range. */
  finish(log: ProblemLog): boolean {
    if (this.dimensions > 2) {
      log.warning('coordinates-3d', GEOMETRY, { dimensions: this.dimensions });
    }
    if (this.outOfRangeVertex < 0) return true;
    const where = { x: this.outOfRangeX, y: this.outOfRangeY, vertex: this.outOfRangeVertex };
    if (this.swappedInRange) log.error('lat-lon-order', GEOMETRY, where);
    else if (this.projected) log.error('projected-coordinates', GEOMETRY, where);
    else log.error('coordinate-out-of-range', GEOMETRY, where);
    return false;
  }
}

const scan = new PositionScan();

/**
 * The positions of one path, or undefined (reported) at the first bad one. The input's array is
 * returned as it is unless a position had to be cut to 2-D.
 */
function readPath(value: unknown, type: string, log: ProblemLog): Position[] | undefined {
  if (!Array.isArray(value)) {
    log.error('malformed-coordinates', GEOMETRY, { type });
    return undefined;
  }
  const input = value as unknown[];
  let path: Position[] | undefined;
  for (let i = 0; i < input.length; i++) {
    const position = scan.read(input[i], log);
    if (position === undefined) return undefined;
    if (path !== undefined) path.push(position);
    else if (position !== input[i]) {
      path = input.slice(0, i) as Position[];
      path.push(position);
    }
  }
  return path ?? (input as Position[]);
}

/** How many distinct positions a path has, counting no further than 2. */
function distinctPositions(path: readonly Position[]): number {
  const first = path[0];
  if (first === undefined) return 0;
  for (let i = 1; i < path.length; i++) {
    const position = path[i] as Position;
    if (position[0] !== first[0] || position[1] !== first[1]) return 2;
  }
  return 1;
}

function readLineString(coordinates: unknown, log: ProblemLog): LineString | undefined {
  if (Array.isArray(coordinates) && coordinates.length === 0) {
    log.error('empty-geometry', GEOMETRY, { type: 'LineString' });
    return undefined;
  }
  const path = readPath(coordinates, 'LineString', log);
  if (path === undefined || !scan.finish(log)) return undefined;
  const distinct = distinctPositions(path);
  if (distinct < 2) {
    log.error('degenerate-line', GEOMETRY, { distinctPositions: distinct });
    return undefined;
  }
  return { type: 'LineString', coordinates: path };
}

function readMultiLineString(coordinates: unknown, log: ProblemLog): MultiLineString | undefined {
  if (!Array.isArray(coordinates)) {
    log.error('malformed-coordinates', GEOMETRY, { type: 'MultiLineString' });
    return undefined;
  }
  const parts: Position[][] = [];
  let positionCount = 0;
  for (const part of coordinates as unknown[]) {
    const path = readPath(part, 'MultiLineString', log);
    if (path === undefined) return undefined;
    positionCount += path.length;
    parts.push(path);
  }
  if (positionCount === 0) {
    log.error('empty-geometry', GEOMETRY, { type: 'MultiLineString' });
    return undefined;
  }
  if (!scan.finish(log)) return undefined;
  const kept: Position[][] = [];
  let mostDistinct = 0;
  for (const path of parts) {
    const distinct = distinctPositions(path);
    if (distinct === 2) kept.push(path);
    else if (distinct > mostDistinct) mostDistinct = distinct;
  }
  if (kept.length === 0) {
    log.error('degenerate-line', GEOMETRY, { distinctPositions: mostDistinct });
    return undefined;
  }
  if (kept.length < parts.length) {
    for (let part = 0; part < parts.length; part++) {
      if (distinctPositions(parts[part] as Position[]) < 2) {
        log.warning('degenerate-part', GEOMETRY, { part });
      }
    }
  }
  return { type: 'MultiLineString', coordinates: kept };
}

/**
 * The clean 2-D line of a `LineString` or `MultiLineString`, or undefined when it cannot be
 * drawn (the reasons are in `log`). Parts of a MultiLineString with fewer than two distinct
 * positions are dropped with a warning while at least one good part remains.
 *
 * @example
 * readLineGeometry('LineString', [[105, 30, 412], [105.01, 30, 415]], log);
 * // { type: 'LineString', coordinates: [[105, 30], [105.01, 30]] }, with a `coordinates-3d` warning
 */
export function readLineGeometry(
  type: 'LineString' | 'MultiLineString',
  coordinates: unknown,
  log: ProblemLog,
): LineString | MultiLineString | undefined {
  scan.reset();
  return type === 'LineString'
    ? readLineString(coordinates, log)
    : readMultiLineString(coordinates, log);
}

/**
 * The clean 2-D position of a `Point`, or undefined (reported) when it is not a valid position.
 *
 * @example
 * readPointGeometry([105.2, 30.1], log); // { type: 'Point', coordinates: [105.2, 30.1] }
 */
export function readPointGeometry(coordinates: unknown, log: ProblemLog): Point | undefined {
  scan.reset();
  if (!Array.isArray(coordinates)) {
    log.error('malformed-coordinates', GEOMETRY, { type: 'Point' });
    return undefined;
  }
  if (coordinates.length === 0) {
    log.error('empty-geometry', GEOMETRY, { type: 'Point' });
    return undefined;
  }
  const position = scan.read(coordinates, log);
  if (position === undefined || !scan.finish(log)) return undefined;
  return { type: 'Point', coordinates: position };
}
