/**
 * Brings a parsed input to lon/lat WGS 84 before validation: projected coordinates (Web
 * Mercator, CGCS2000 Gauss–Krüger) and the Chinese web-map datums (GCJ-02, BD-09).
 */
import type { OpenOptions } from '../worker/workerProtocol.ts';
import type { Conversion } from './convertDetected.ts';
import { isPlainLonLatInChina } from './plainLonLat.ts';

export type { Conversion };

/**
 * Converts `input` to lon/lat WGS 84 where it is not already; returns it unchanged when it is.
 * `assumed` names the system in words whenever it was anything but plain WGS 84 lon/lat.
 * Plain lon/lat inside China passes as it is; detection and the converter are loaded for any
 * other input, and proj4 and gcoord only for input that is not plain WGS 84 lon/lat.
 */
export async function convertToLonLat(input: unknown, options: OpenOptions): Promise<Conversion> {
  if ((options.datum ?? 'wgs84') === 'wgs84' && isPlainLonLatInChina(input)) {
    return { ok: true, value: input, assumed: null, warnings: [] };
  }
  const { convertDetected } = await import('./convertDetected.ts');
  return convertDetected(input, options);
}
