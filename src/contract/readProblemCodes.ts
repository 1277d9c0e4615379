/**
 * Every problem code the file-format readers (shapefile, zip, KML, bare geometry, .prj) report.
 * None is the same as a validator or coordinate code; their sentences are in
 * `src/i18n/readProblems.ts`, typed against this list.
 */
export const READ_PROBLEM_CODES = [
  // The file as a whole (errors, featureIndex null; nothing is read).
  'file-empty',
  'format-unknown',
  'zip-unreadable',
  'zip-encrypted',
  'zip-too-large',
  'zip-ratio-too-high',
  'zip-no-layer',
  'shp-missing',
  'shp-header-invalid',
  'shp-shape-type-unsupported',
  'kml-unreadable',
  'layer-empty',
  'geometry-invalid',
  'prj-unreadable',
  // What was read with a caveat (warnings).
  'layer-several',
  'shp-record-truncated',
  'shp-record-invalid',
  'dbf-missing',
  'dbf-invalid',
  'dbf-record-count-mismatch',
  'dbf-encoding-garbage',
  'cpg-unknown',
  'prj-missing',
  'prj-approximate',
  'kml-no-lines',
  'geometry-wrapped',
  'reprojection-failed',
] as const;

/** A problem code of the file-format readers. */
export type ReadProblemCode = (typeof READ_PROBLEM_CODES)[number];
