/**
 * A field mapping: which source field feeds each Roadboard property (and each helper a rule
 * reads), with a few sample values per field for the "Fields" step. Plain data, so it can be
 * sent to and from the worker, stored and edited.
 */
import { SOURCE_ROLES, type SourceRole } from './roles.ts';
import type { SchemaName } from './schemas.ts';

/** The version of the mapping's shape, stored with an edited mapping. */
export const MAPPING_VERSION = 1;

/** Which field feeds what, for one file. */
export interface FieldMapping {
  version: typeof MAPPING_VERSION;
  /** The schema recognised (or chosen). */
  schema: SchemaName;
  /** The file's field names as decoded from it, in first-seen order. */
  fieldNames: string[];
  /** Each role's source field, as the file names it; null when none feeds it. */
  fields: Record<SourceRole, string | null>;
  /** Up to three distinct values per field name, as text, for the "Fields" step. */
  samples: Record<string, string[]>;
}

/** A mapping's `fields` with every role fed by nothing. */
export function emptyRoleFields(): Record<SourceRole, string | null> {
  return Object.fromEntries(SOURCE_ROLES.map((role) => [role, null])) as Record<
    SourceRole,
    string | null
  >;
}

/**
 * The mapping with one role fed by another field, or by none (`null`). A field feeds one role
 * at a time, so a role that had the field loses it. Returns a new mapping.
 *
 * @throws RangeError when the field is not one of the file's field names
 * @example
 * const edited = setRoleField(mapping, 'class', '等级');
 * const without = setRoleField(edited, 'project', null);
 */
export function setRoleField(
  mapping: FieldMapping,
  role: SourceRole,
  field: string | null,
): FieldMapping {
  if (field !== null && !mapping.fieldNames.includes(field)) {
    throw new RangeError(`"${field}" is not a field of this file`);
  }
  const fields = { ...mapping.fields };
  if (field !== null) {
    for (const other of SOURCE_ROLES) if (fields[other] === field) fields[other] = null;
  }
  fields[role] = field;
  return { ...mapping, fields };
}
