/**
 * The vocabulary of opening a dataset that the panels, the sentences and the data worker share:
 * the datums a user may say a lon/lat file is in, and the stages the progress display names.
 */

/** Lon/lat datums: WGS 84 / CGCS2000, and the offset systems of Chinese web maps (GCJ-02, BD-09). */
export type Datum = 'wgs84' | 'gcj02' | 'bd09';

/** Datums a lon/lat file may be in that cannot be told apart by looking at the numbers. */
export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02', 'bd09'];

/** Stages of opening, for the progress display. */
export type OpenStage = 'reading' | 'parsing' | 'converting' | 'validating' | 'measuring';
