/**
 * Recognises a file's schema from its field names, and from a few values where names alone
 * are ambiguous (a `GB` column holding road feature codes).
 */
import { classFromFeatureCode } from './featureClass.ts';
import { SCHEMA_MARKERS, SCHEMA_NAMES, type SchemaName } from './schemas.ts';
import { comparableFieldName } from './text.ts';
import { MARKERS_NEEDED } from './roadboardMarkers.ts';

/** The markers that say "this is OpenStreetMap" on their own count double. */
const STRONG_MARKERS: ReadonlySet<string> = new Set(['highway', 'name:zh', 'osm_id', '@id']);

/** The schema a file is read with and the field names that made it so. */
export interface SchemaRecognition {
  schema: SchemaName;
  /** The file's field names that are markers of the schema, as the file writes them. */
  markers: string[];
}

/**
 * The schema of a file: the one with the most marker points (at least two; `highway`,
 * `name:zh`, `osm_id` and `@id` count two, and a `GB` column whose values are road feature codes
 * one more), the earlier in `SCHEMA_NAMES` on a tie; `generic` when none has enough.
 *
 * @param fieldNames the file's field names, as written
 * @param sampleValues a few values per field name, to weigh the ambiguous ones
 * @example
 * recogniseSchema(['GB', 'RN', 'NAME', 'RTEG']).schema; // 'national'
 * recogniseSchema(['lxbm', 'LXMC', 'QDZH']).schema; // 'rural'
 */
export function recogniseSchema(
  fieldNames: readonly string[],
  sampleValues: Readonly<Record<string, readonly string[]>> = {},
): SchemaRecognition {
  let best: SchemaRecognition = { schema: 'generic', markers: [] };
  let bestPoints = MARKERS_NEEDED - 1;
  for (const schema of SCHEMA_NAMES) {
    const markerNames = new Set(SCHEMA_MARKERS[schema].map(comparableFieldName));
    const markers = fieldNames.filter((name) => markerNames.has(comparableFieldName(name)));
    let points = 0;
    for (const name of markers) {
      const comparable = comparableFieldName(name);
      points += schema === 'osm' && STRONG_MARKERS.has(comparable) ? 2 : 1;
      if (schema === 'national' && comparable === 'gb') {
        const values = sampleValues[name] ?? [];
        if (values.some((value) => classFromFeatureCode(value) !== undefined)) points++;
      }
    }
    if (points > bestPoints) {
      best = { schema, markers };
      bestPoints = points;
    }
  }
  return best;
}
