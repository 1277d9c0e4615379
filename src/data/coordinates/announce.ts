/**
 * The warnings that tell the user which coordinate system was assumed, and on what grounds
 * (the numbers, the `crs` member, the user's choice), plus lat/lon order and web-map offsets.
 */
import type { Problem, ProblemSeverity } from '../../contract/roadNetwork.ts';
import type { CoordinateProblemCode } from '../../contract/coordinateProblemCodes.ts';
import { systemForEpsg, describeSystem, type SystemInfo } from './systems.ts';
import type { Datum } from '../../contract/opening.ts';
import type { Detection } from './types.ts';

/** A file-level problem of the coordinate step. */
export function problem(
  severity: ProblemSeverity,
  code: CoordinateProblemCode,
  params: Problem['params'] = {},
): Problem {
  return { severity, code, featureIndex: null, params };
}

/**
 * The warnings that say what was assumed, naming the system as `name`.
 *
 * @example
 * announce(detection, systemForEpsg(4523), 'wgs84', 'EPSG:4523 …');
 * // [{ severity: 'warning', code: 'crs-assumed', params: { system: 'EPSG:4523 …', basis: 'coordinates' }, … }]
 */
export function announce(
  detection: Detection,
  system: SystemInfo,
  datum: Datum,
  name: string,
): Problem[] {
  const found: Problem[] = [];
  const crs = detection.crsName ?? '';
  const projected = system.kind !== 'lonlat';
  if (detection.crsIgnored === true) found.push(problem('warning', 'crs-ignored', { crs }));
  if (detection.crsContradicted === true) {
    found.push(problem('warning', 'crs-contradicted', { crs, system: name }));
  } else if (detection.source === 'crs' && projected) {
    found.push(problem('warning', 'crs-from-member', { crs, system: name }));
  } else if (detection.source !== 'crs' && projected) {
    const basis =
      detection.source === 'user' || detection.needsCentralMeridian === true
        ? 'user'
        : 'coordinates';
    found.push(problem('warning', 'crs-assumed', { system: name, basis }));
  }
  const alternative = systemForEpsg(detection.alternativeEpsg ?? 0);
  if (alternative !== undefined) {
    found.push(
      problem('warning', 'crs-ambiguous', {
        system: name,
        alternative: describeSystem(alternative),
      }),
    );
  }
  if (!projected && detection.swapped === true) found.push(problem('warning', 'lat-lon-swapped'));
  if (datum !== 'wgs84') {
    const from = datum === 'bd09' && system.kind === 'web-mercator' ? 'bd09mc' : datum;
    found.push(problem('warning', 'datum-shifted', { datum: from }));
  }
  return found;
}
