/**
 * The contract's field names that mark a file as Roadboard's own schema (see `SCHEMA_MARKERS`
 * and `recogniseSchema`) and how many marker points a schema needs: the data worker reads them
 * before the other schemas are loaded.
 */

/** How many marker points a schema needs. */
export const MARKERS_NEEDED = 2;

/** Roadboard's markers. */
export const ROADBOARD_MARKERS = [
  'route',
  'class',
  'status',
  'towns',
  'length_km',
  'completed_km',
  'guard_required_km',
  'guard_km',
  'investment_wan',
  'start_chainage',
] as const;
