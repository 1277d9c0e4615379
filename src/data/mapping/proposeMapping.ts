/**
 * Proposes a mapping for a file from its first features: the schema's field names where the
 * file has them, the generic names for the rest, checked against the values where a generic
 * name is ambiguous (`等级` holds classes in one file and technical grades in another).
 */
import { emptyRoleFields, MAPPING_VERSION, type FieldMapping } from './fieldMapping.ts';
import { recogniseSchema } from './recogniseSchema.ts';
import { SOURCE_ROLES, type SourceRole } from './roles.ts';
import { SCHEMA_FIELDS } from './schemas.ts';
import { collectFields, fieldSamples, SAMPLE_COUNT } from './fieldSamples.ts';
import { comparableFieldName } from './text.ts';

export { SAMPLE_COUNT };
import { classFromWord, statusFromWord, technicalGradeFrom } from './valueWords.ts';

/** Whether enough of a field's values mean something for a role whose generic name is vague. */
function valuesFit(role: SourceRole, values: readonly string[]): boolean {
  if (values.length === 0) return true;
  const reader =
    role === 'class'
      ? classFromWord
      : role === 'status'
        ? statusFromWord
        : role === 'technical_grade'
          ? technicalGradeFrom
          : undefined;
  if (reader === undefined) return true;
  const understood = values.filter((value) => reader(value) !== undefined).length;
  return understood * 2 >= values.length;
}

/**
 * Proposes a mapping for a file from some of its features' raw properties (the first few
 * hundred are plenty). Field names are matched case-insensitively, trimmed and with
 * full-width forms folded; the mapping names them as the file does.
 *
 * @example
 * const mapping = proposeMapping(features.slice(0, 500).map((feature) => feature.properties ?? {}));
 * mapping.schema; // 'rural'
 * mapping.fields.route; // 'LXBM'
 * mapping.samples.LXBM; // ['X396360726', 'C001360726']
 */
export function proposeMapping(rows: readonly Readonly<Record<string, unknown>>[]): FieldMapping {
  const { fieldNames, values } = collectFields(rows);
  const samples = fieldSamples(fieldNames, values);
  const { schema } = recogniseSchema(fieldNames, samples);
  const nameByComparable = new Map<string, string>();
  for (const name of fieldNames) {
    const comparable = comparableFieldName(name);
    if (!nameByComparable.has(comparable)) nameByComparable.set(comparable, name);
  }
  const fields = emptyRoleFields();
  const used = new Set<string>();
  const passes = schema === 'generic' ? [schema] : [schema, 'generic' as const];
  for (const pass of passes) {
    const roleNames = SCHEMA_FIELDS[pass];
    for (const role of SOURCE_ROLES) {
      if (fields[role] !== null) continue;
      for (const candidate of roleNames[role] ?? []) {
        const field = nameByComparable.get(comparableFieldName(candidate));
        if (field === undefined || used.has(field)) continue;
        // The schema's own names are trusted; generic names are checked against the values.
        if (pass === 'generic' && !valuesFit(role, values.get(field) ?? [])) {
          if (role === 'class' && fields.technical_grade === null) {
            if (valuesFit('technical_grade', values.get(field) ?? [])) {
              fields.technical_grade = field;
              used.add(field);
              break;
            }
          }
          continue;
        }
        fields[role] = field;
        used.add(field);
        break;
      }
    }
  }
  return { version: MAPPING_VERSION, schema, fieldNames, fields, samples };
}
