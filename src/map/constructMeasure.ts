/**
 * The User Timing measure the map sets around `new maplibregl.Map(…)`. The benchmark's
 * baseline page sets the same one, so that a long task holding MapLibre's own start-up is told
 * apart from the app's work.
 */
export const MAPLIBRE_CONSTRUCT_MEASURE = 'maplibre:construct';
