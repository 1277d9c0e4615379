/**
 * The fields of a feature that feed no Roadboard property, kept with their names as decoded
 * from the file, their values as found, and what they mean where a schema says.
 */
import { fieldMeaning, type FieldMeaning } from './fieldMeanings.ts';
import type { FieldMapping } from './fieldMapping.ts';
import { MAPPED_PROPERTIES, type HelperRole } from './roles.ts';
import { surfaceTypeFrom, technicalGradeFrom } from './valueWords.ts';

/** A field kept beside the Roadboard properties ("Other fields" in the details). */
export interface OtherField {
  /** The field's name as decoded from the file. */
  name: string;
  /** The value as found. */
  value: unknown;
  /** What the field is, where the schema says (`technical-grade`, `section-code`, …). */
  meaning?: FieldMeaning;
  /** The value read through its code list, e.g. technical grade `3` → `grade-2`. */
  decoded?: string;
}

/** The meaning of a field that a rule reads. */
const HELPER_MEANINGS: Readonly<Record<HelperRole, FieldMeaning | undefined>> = {
  end_chainage: 'end-chainage',
  technical_grade: 'technical-grade',
  feature_code: 'feature-code',
  highway: 'highway-tag',
  alternate_name: undefined,
};

/** The fields of the mapping that feed a Roadboard property. */
export function propertyFields(mapping: FieldMapping): Set<string> {
  const fields = new Set<string>();
  for (const property of MAPPED_PROPERTIES) {
    const field = mapping.fields[property];
    if (field !== null) fields.add(field);
  }
  if (mapping.fields.alternate_name !== null) fields.add(mapping.fields.alternate_name);
  return fields;
}

/** The meaning of a field in this mapping: by the helper role it has, else by its name. */
function meaningOf(mapping: FieldMapping, name: string): FieldMeaning | undefined {
  for (const role of Object.keys(HELPER_MEANINGS) as HelperRole[]) {
    if (mapping.fields[role] === name) return HELPER_MEANINGS[role] ?? fieldMeaning(name);
  }
  return fieldMeaning(name);
}

/** One kept field, with its meaning and decoded value where known. */
export function otherField(mapping: FieldMapping, name: string, value: unknown): OtherField {
  const field: OtherField = { name, value };
  const meaning = meaningOf(mapping, name);
  if (meaning !== undefined) field.meaning = meaning;
  const decoded =
    meaning === 'technical-grade'
      ? technicalGradeFrom(value)
      : meaning === 'surface-type'
        ? surfaceTypeFrom(value)
        : undefined;
  if (decoded !== undefined) field.decoded = decoded;
  return field;
}
