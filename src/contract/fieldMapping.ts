/**
 * The vocabulary of field mapping that the mapping step and its sentences share: the schemas
 * recognised, the rules, the kinds of note, what a kept field can mean and the values it can be
 * decoded to. `src/data/mapping/` uses them; `src/i18n/mappingText.ts` words each in both
 * languages.
 */

/** The schemas, from the most specific to the catch-all. */
export const SCHEMA_NAMES = ['roadboard', 'rural', 'national', 'osm', 'generic'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** The rules that read more than one field or change the value on the way. */
export const MAPPING_RULES = [
  'class-from-fields',
  'status-from-fields',
  'route-code',
  'name-with-fallback',
  'length-from-chainages',
  'chainage',
] as const;
export type MappingRule = (typeof MAPPING_RULES)[number];

/** The kinds of change a mapping makes; `src/i18n/mappingText.ts` words each in both languages. */
export const MAPPING_NOTE_CODES = [
  'route-long-code-shortened',
  'route-several-codes',
  'route-old-alignment',
  'class-from-words',
  'class-from-route-code',
  'class-from-technical-grade',
  'class-from-feature-code',
  'class-from-highway-tag',
  'class-unknown-word',
  'class-missing',
  'status-from-words',
  'status-built-as-existing',
  'status-from-highway-tag',
  'status-unknown-word',
  'chainage-from-number',
  'chainage-unreadable',
  'length-from-chainages',
  'number-unreadable',
  'year-unreadable',
] as const;
export type MappingNoteCode = (typeof MAPPING_NOTE_CODES)[number];

/** The meanings a kept field can have; `src/i18n/mappingText.ts` names each in both languages. */
export const FIELD_MEANINGS = [
  'route-code',
  'section-code',
  'start-name',
  'end-name',
  'end-chainage',
  'technical-grade',
  'surface-type',
  'division-code',
  'maintainer',
  'feature-code',
  'highway-tag',
  'lane-count',
  'width',
  'built-year',
] as const;
export type FieldMeaning = (typeof FIELD_MEANINGS)[number];

/** Technical grades (技术等级), from the highest. */
export const TECHNICAL_GRADES = [
  'expressway',
  'grade-1',
  'grade-2',
  'grade-3',
  'grade-4',
  'substandard',
] as const;
export type TechnicalGrade = (typeof TECHNICAL_GRADES)[number];

/** Surface types (路面类型), by the first digit of the rural-road database's codes. */
export const SURFACE_TYPES = ['asphalt', 'cement-concrete', 'simple-paving', 'unpaved'] as const;
export type SurfaceType = (typeof SURFACE_TYPES)[number];
