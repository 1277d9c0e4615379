/**
 * Remembering an edited mapping: a key that is the same for every file with the same set of
 * field names (in any order, case or width), and a stored form that is checked when read back,
 * since browser storage may hold anything (an older version, another tab's edit, a hand edit).
 */
import { MAPPING_VERSION, type FieldMapping } from './fieldMapping.ts';
import { isSourceRole, SOURCE_ROLES, type SourceRole } from './roles.ts';
import { SCHEMA_NAMES, type SchemaName } from './schemas.ts';
import { comparableFieldName } from './text.ts';

/** A separator that no field name holds. */
const NAME_SEPARATOR = '\u001f';

/** FNV-1a, 32 bits, over UTF-16 code units: short, stable, good enough to tell field sets apart. */
function hash32(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The key under which an edited mapping is remembered for files with this set of field names.
 * Order, case, spaces around names, full-width forms and repeated names do not change it.
 *
 * @example
 * fieldSetKey(['RN', 'NAME', 'GB']) === fieldSetKey(['gb', 'rn', 'name']); // true
 * fieldSetKey(['RN', 'NAME', 'GB']); // 'roadboard-mapping-v1-3-…'
 */
export function fieldSetKey(fieldNames: readonly string[]): string {
  const names = [...new Set(fieldNames.map(comparableFieldName))].sort();
  return `roadboard-mapping-v${MAPPING_VERSION}-${names.length}-${hash32(names.join(NAME_SEPARATOR))}`;
}

/** What is remembered of an edited mapping: the schema and each role's field. */
export interface StoredMapping {
  version: typeof MAPPING_VERSION;
  schema: SchemaName;
  fields: Partial<Record<SourceRole, string | null>>;
}

/**
 * The text to remember a mapping by: its version, schema and fields (not the samples, which
 * belong to the file).
 *
 * @example
 * localStorage.setItem(fieldSetKey(mapping.fieldNames), serialiseMapping(mapping));
 */
export function serialiseMapping(mapping: FieldMapping): string {
  const stored: StoredMapping = {
    version: MAPPING_VERSION,
    schema: mapping.schema,
    fields: mapping.fields,
  };
  return JSON.stringify(stored);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads back a remembered mapping for a file, or undefined when the text is not one: not JSON,
 * another version, an unknown schema or role, or a field the file does not have. Field names
 * are matched as the key matches them and come back as this file writes them.
 *
 * @example
 * const stored = parseStoredMapping(localStorage.getItem(key) ?? '', proposal.fieldNames);
 * const mapping = stored === undefined ? proposal : withStoredMapping(proposal, stored);
 */
export function parseStoredMapping(
  text: string,
  fieldNames: readonly string[],
): StoredMapping | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== MAPPING_VERSION) return undefined;
  const schema = value.schema;
  if (typeof schema !== 'string' || !(SCHEMA_NAMES as readonly string[]).includes(schema)) {
    return undefined;
  }
  if (!isRecord(value.fields)) return undefined;
  const nameByComparable = new Map(fieldNames.map((name) => [comparableFieldName(name), name]));
  const fields: Partial<Record<SourceRole, string | null>> = {};
  for (const [role, field] of Object.entries(value.fields)) {
    if (!isSourceRole(role)) return undefined;
    if (field === null) {
      fields[role] = null;
      continue;
    }
    if (typeof field !== 'string') return undefined;
    const fileName = nameByComparable.get(comparableFieldName(field));
    if (fileName === undefined) return undefined;
    fields[role] = fileName;
  }
  return { version: MAPPING_VERSION, schema: schema as SchemaName, fields };
}

/**
 * A proposed mapping with a remembered one's schema and fields put in; roles the remembered
 * one does not name keep the proposal's field.
 *
 * @example
 * withStoredMapping(proposeMapping(rows), stored).fields.class; // the user's choice
 */
export function withStoredMapping(proposal: FieldMapping, stored: StoredMapping): FieldMapping {
  const fields = { ...proposal.fields };
  for (const role of SOURCE_ROLES) {
    const field = stored.fields[role];
    if (field !== undefined) fields[role] = field;
  }
  return { ...proposal, schema: stored.schema, fields };
}
