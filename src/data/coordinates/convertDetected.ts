/**
 * The coordinate step for any input but the plain lon/lat of `plainLonLat.ts`: detect its
 * system, load proj4 and gcoord where it is not plain WGS 84 lon/lat, convert. Loaded only for
 * such input.
 */
import type { Problem } from '../../contract/roadNetwork.ts';
import type { OpenOptions } from '../worker/workerProtocol.ts';
import { toLonLat } from './convert.ts';
import { detectCoordinateSystem } from './detect.ts';
import { loadConversionLibraries } from './libraries.ts';

/** The input in lon/lat WGS 84, or the problems that stopped the conversion. */
export type Conversion =
  | { ok: true; value: unknown; assumed: string | null; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * Converts `input` to lon/lat WGS 84 as its detected system and `options` say.
 *
 * @example
 * const conversion = await convertDetected(gaussKrugerInput, {});
 * if (conversion.ok) conversion.assumed; // 'EPSG:4523 CGCS2000 / 3-degree Gauss-Kruger zone 35'
 */
export async function convertDetected(input: unknown, options: OpenOptions): Promise<Conversion> {
  const detection = detectCoordinateSystem(input);
  const plainLonLat = detection.kind === 'lonlat' && (options.datum ?? 'wgs84') === 'wgs84';
  if (!plainLonLat) await loadConversionLibraries();
  const result = toLonLat(input, detection, {
    datum: options.datum,
    centralMeridianDeg: options.centralMeridianDeg,
  });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const warnings = result.problems.filter((problem) => problem.severity === 'warning');
  if (!result.ok) return { ok: false, errors, warnings };
  return {
    ok: true,
    value: result.output,
    assumed: plainLonLat ? null : result.assumed,
    warnings,
  };
}
