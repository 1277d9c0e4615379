/**
 * The first step of a conversion, position by position: projected metres to lon/lat with a
 * proj4 projection made once per run, lat/lon swapped, or a plain copy. Positions that are not
 * pairs of finite numbers are left to the validator (undefined: kept as written).
 */
import { conversionLibraries } from './libraries.ts';
import { WEB_MERCATOR_HALF_M } from './chinaExtent.ts';
import { lonLatInRange } from './numbers.ts';
import type { PositionConverter } from './rebuild.ts';
import { proj4Definition, type SystemInfo } from './systems.ts';

const DEGREES_PER_RADIAN = 180 / Math.PI;

/** A new position from x and y, keeping any further values (heights) as they were. */
function withRest(position: readonly unknown[], x: number, y: number): number[] {
  if (position.length === 2) return [x, y];
  const result = [x, y];
  for (let i = 2; i < position.length; i++) result.push(position[i] as number);
  return result;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The inverse of a projected system: metres to lon/lat degrees, undefined where it fails. */
export function inverseOf(system: SystemInfo): PositionConverter {
  const projection = new (conversionLibraries().proj4.Proj)(proj4Definition(system));
  return (position) => {
    const x = position[0];
    const y = position[1];
    if (!isFiniteNumber(x) || !isFiniteNumber(y)) return undefined;
    const radians = projection.inverse({ x, y });
    const lonDeg = radians.x * DEGREES_PER_RADIAN;
    const latDeg = radians.y * DEGREES_PER_RADIAN;
    if (!Number.isFinite(lonDeg) || !Number.isFinite(latDeg)) return undefined;
    return withRest(position, lonDeg, latDeg);
  };
}

/** Copies finite positions (gcoord then changes the copies in place). */
export const copyPosition: PositionConverter = (position) => {
  const x = position[0];
  const y = position[1];
  return isFiniteNumber(x) && isFiniteNumber(y) ? withRest(position, x, y) : undefined;
};

export const swapPosition: PositionConverter = (position) => {
  const x = position[0];
  const y = position[1];
  return isFiniteNumber(x) && isFiniteNumber(y) ? withRest(position, y, x) : undefined;
};

/**
 * Which new positions gcoord may shift: lon/lat in range, or metres within the Mercator square
 * (others would come back as NaN; the validator reports them as they are).
 */
export function plausibleFor(units: 'degrees' | 'metres'): (position: number[]) => boolean {
  if (units === 'degrees')
    return (position) => lonLatInRange(position[0] ?? NaN, position[1] ?? NaN);
  return (position) =>
    Math.abs(position[0] ?? NaN) <= WEB_MERCATOR_HALF_M &&
    Math.abs(position[1] ?? NaN) <= WEB_MERCATOR_HALF_M;
}
