/**
 * Brings a parsed input to lon/lat WGS 84 before validation: projected coordinates (Web
 * Mercator, CGCS2000 Gauss–Krüger) and the Chinese web-map datums (GCJ-02, BD-09).
 */
import type { Problem } from '../../contract/roadNetwork.ts';
import type { OpenOptions } from '../worker/workerProtocol.ts';
import { detectCoordinateSystem } from './detect.ts';
import { loadConversionLibraries } from './libraries.ts';
import { allInsideChina, needsNoConversion } from './plainLonLat.ts';

export type Conversion =
  | { ok: true; value: unknown; assumed: string | null; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * Converts `input` to lon/lat WGS 84 where it is not already; returns it unchanged when it is.
 * `assumed` names the system in words whenever it was anything but plain WGS 84 lon/lat.
 * A plain lon/lat file inside China is passed on as it is; the converter is loaded for any
 * other, and proj4 and gcoord only for input that is not plain WGS 84 lon/lat.
 */
export async function convertToLonLat(input: unknown, options: OpenOptions): Promise<Conversion> {
  const detection = detectCoordinateSystem(input);
  const datum = options.datum ?? 'wgs84';
  if (needsNoConversion(detection, datum) && allInsideChina(input)) {
    return { ok: true, value: input, assumed: null, warnings: [] };
  }
  const plainLonLat = detection.kind === 'lonlat' && datum === 'wgs84';
  const [{ toLonLat }] = await Promise.all([
    import('./convert.ts'),
    plainLonLat ? null : loadConversionLibraries(),
  ]);
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
