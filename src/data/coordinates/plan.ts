/**
 * Turning a detection and the user's options into the system to convert from, the sentence of
 * what was assumed, and the file-level problems that say so (or say why nothing can be done).
 */
import type { Problem } from '../../contract/roadNetwork.ts';
import { announce, problem } from './announce.ts';
import type { CoordinateProblemCode } from '../../contract/coordinateProblemCodes.ts';
import {
  describeSystem,
  systemForCentralMeridian,
  systemForEpsg,
  type SystemInfo,
} from './systems.ts';
import type { Datum } from '../../contract/opening.ts';
import type { Detection, ToLonLatOptions } from './types.ts';

/** What to do: convert from `system` (none: leave the input as it is), or give up. */
export interface Plan {
  ok: boolean;
  system?: SystemInfo;
  swapped: boolean;
  datum: Datum;
  assumed: string;
  problems: Problem[];
}

function failed(code: CoordinateProblemCode, params: Problem['params'], assumed: string): Plan {
  return {
    ok: false,
    swapped: false,
    datum: 'wgs84',
    assumed,
    problems: [problem('error', code, params)],
  };
}

function datumOf(options: ToLonLatOptions): Datum {
  return options.datum === 'gcj02' || options.datum === 'bd09' ? options.datum : 'wgs84';
}

const DATUM_WORDS: Record<Datum, string> = {
  wgs84: '',
  gcj02: ', GCJ-02 (AMap/Tencent) offset removed',
  bd09: ', BD-09 (Baidu) offset removed',
};

const UNKNOWN_MERIDIAN = 'CGCS2000 / Gauss-Kruger without zone number, central meridian unknown';

/** The transverse Mercator system of a detection, or the failed plan that explains why not. */
function transverseSystem(detection: Detection, options: ToLonLatOptions): SystemInfo | Plan {
  const known = detection.needsCentralMeridian === true ? undefined : detection.epsg;
  if (known !== undefined) {
    return (
      systemForEpsg(known) ??
      failed('crs-unsupported', { epsg: known, crs: `EPSG:${known}` }, `EPSG:${known}`)
    );
  }
  const centralMeridianDeg =
    detection.needsCentralMeridian === true
      ? options.centralMeridianDeg
      : (detection.centralMeridianDeg ?? options.centralMeridianDeg);
  const { minX, maxX } = detection.sample;
  if (centralMeridianDeg === undefined) {
    return failed('central-meridian-needed', { minX, maxX }, UNKNOWN_MERIDIAN);
  }
  if (!Number.isFinite(centralMeridianDeg) || Math.abs(centralMeridianDeg) > 180) {
    return failed(
      'central-meridian-invalid',
      { value: String(centralMeridianDeg) },
      UNKNOWN_MERIDIAN,
    );
  }
  return systemForCentralMeridian(centralMeridianDeg);
}

/** The system a detection stands for, or a failed plan. */
function systemOf(detection: Detection, options: ToLonLatOptions): SystemInfo | Plan {
  if (detection.kind === 'lonlat')
    return systemForEpsg(detection.epsg ?? 4326) ?? (systemForEpsg(4326) as SystemInfo);
  if (detection.kind === 'web-mercator') return systemForEpsg(3857) as SystemInfo;
  return transverseSystem(detection, options);
}

/**
 * Plans the conversion of a detection with the user's options.
 *
 * @example
 * planConversion({ kind: 'gauss-kruger', needsCentralMeridian: true, source: 'coordinates',
 *   sample }, { centralMeridianDeg: 105 }).assumed;
 * // 'EPSG:4544 CGCS2000 / 3-degree Gauss-Kruger CM 105E'
 */
export function planConversion(detection: Detection, options: ToLonLatOptions): Plan {
  const datum = datumOf(options);
  if (detection.kind === 'unsupported') {
    const epsg = detection.epsg ?? 0;
    return failed(
      'crs-unsupported',
      { epsg, crs: detection.crsName ?? `EPSG:${epsg}` },
      `EPSG:${epsg}`,
    );
  }
  if (detection.kind === 'unknown') {
    const { count, minX, maxX, minY, maxY } = detection.sample;
    const problems =
      count === 0 ? [] : [problem('warning', 'crs-unknown', { count, minX, maxX, minY, maxY })];
    const assumed = count === 0 ? 'none (no coordinates)' : 'unknown (left as written)';
    return { ok: true, swapped: false, datum: 'wgs84', assumed, problems };
  }
  const system = systemOf(detection, options);
  if (!('kind' in system)) return system;
  const swapped = system.kind === 'lonlat' && detection.swapped === true;
  const baiduMetres = datum === 'bd09' && system.kind === 'web-mercator';
  const name = baiduMetres ? 'BD-09 Mercator (Baidu metres)' : describeSystem(system);
  let assumed = baiduMetres ? name : name + DATUM_WORDS[datum];
  if (swapped) assumed += ', latitude first (swapped)';
  const problems = announce(detection, system, datum, name);
  return { ok: true, system, swapped, datum, assumed, problems };
}
