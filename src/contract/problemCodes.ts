/**
 * Every code the validator can report, in the order `data/README.md` lists them. Each code has
 * one sentence per language in `src/i18n/problems.ts`; the table there is typed against this
 * list, so a code without a sentence fails to compile.
 */
export const PROBLEM_CODES = [
  // The file as a whole (featureIndex null).
  'unreadable-input',
  'not-geojson',
  'bare-geometry',
  'features-missing',
  'empty-collection',
  'no-valid-segment',
  'unknown-properties',
  'work-from-project',
  // Feature structure and geometry.
  'not-a-feature',
  'missing-geometry',
  'unsupported-geometry',
  'malformed-coordinates',
  'invalid-coordinate',
  'coordinates-3d',
  'empty-geometry',
  'degenerate-line',
  'degenerate-part',
  'coordinate-out-of-range',
  'lat-lon-order',
  'projected-coordinates',
  // Properties.
  'invalid-properties',
  'id-missing',
  'id-from-feature',
  'duplicate-id',
  'class-derived',
  'class-missing',
  'unknown-class',
  'unknown-status',
  'kind-missing',
  'unknown-kind',
  'unknown-work',
  'value-alias',
  'invalid-towns',
  'invalid-year',
  'number-as-string',
  'not-a-number',
  'negative-number',
  'completed-exceeds-length',
  'guard-exceeds-required',
  'length-mismatch',
  'invalid-chainage',
  'invalid-date',
  'coerced-to-string',
  'invalid-text',
] as const;

/** A problem code the validator reports. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];
