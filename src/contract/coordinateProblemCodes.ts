/**
 * Every problem code the coordinate step reports. They are apart from the validator's codes
 * (`problemCodes.ts`) and none is the same; their sentences are in `src/i18n/coordinateProblems.ts`.
 */
export const COORDINATE_PROBLEM_CODES = [
  // What was assumed (warnings, featureIndex null).
  'crs-assumed',
  'crs-from-member',
  'crs-contradicted',
  'crs-ignored',
  'crs-ambiguous',
  'crs-unknown',
  'lat-lon-swapped',
  'datum-shifted',
  // What stops the conversion (errors, featureIndex null; the output is null).
  'crs-unsupported',
  'central-meridian-needed',
  'central-meridian-invalid',
  'conversion-failed',
  // Where the data ended up (warnings; `outside-china` names a feature).
  'outside-china',
  'outside-china-more',
] as const;

/** A problem code of the coordinate step. */
export type CoordinateProblemCode = (typeof COORDINATE_PROBLEM_CODES)[number];
