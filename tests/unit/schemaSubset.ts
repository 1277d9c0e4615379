/**
 * A small checker for the subset of JSON Schema 2020-12 that `data/roadboard.schema.json`
 * uses, so the tests can run the schema against the fixtures without a schema library. Any
 * keyword outside the subset throws, so the schema cannot quietly grow beyond what is checked.
 */

/** A JSON Schema object (booleans schemas are not used). */
export type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment', '$defs']);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'required',
  'properties',
  'items',
  'prefixItems',
  'contains',
  'minItems',
  'maxItems',
  'minLength',
  'minimum',
  'maximum',
  'pattern',
  'anyOf',
]);

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      throw new Error(`unknown type ${type}`);
  }
}

/** Where a value failed its schema, as a JSON-pointer-like path and the keyword. */
export interface SchemaFailure {
  path: string;
  keyword: string;
}

function resolve(root: Schema, reference: string): Schema {
  if (!reference.startsWith('#/')) throw new Error(`only local references: ${reference}`);
  let node: unknown = root;
  for (const part of reference.slice(2).split('/')) node = (node as Schema)[part];
  if (typeof node !== 'object' || node === null) throw new Error(`unresolved ${reference}`);
  return node as Schema;
}

/**
 * The first place `value` fails `schema`, or null when it is valid.
 *
 * @example
 * checkSchema(schema, schema, { type: 'FeatureCollection', features: [] });
 * // { path: '/features', keyword: 'minItems' }
 */
export function checkSchema(
  root: Schema,
  schema: Schema,
  value: unknown,
  path = '',
): SchemaFailure | null {
  const fail = (keyword: string, at = path): SchemaFailure => ({ path: at, keyword });
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) {
      throw new Error(`keyword ${keyword} is outside the checked subset`);
    }
  }
  if (typeof schema.$ref === 'string') {
    const failure = checkSchema(root, resolve(root, schema.$ref), value, path);
    if (failure) return failure;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => typeMatches(value, type))) return fail('type');
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return fail('enum');
  if ('const' in schema && schema.const !== value) return fail('const');
  if (Array.isArray(schema.anyOf)) {
    const anyMatches = (schema.anyOf as Schema[]).some(
      (branch) => checkSchema(root, branch, value, path) === null,
    );
    if (!anyMatches) return fail('anyOf');
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) {
      return fail('minLength');
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      return fail('pattern');
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) return fail('maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      return fail('minItems');
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      return fail('maxItems');
    }
    const prefix = (schema.prefixItems ?? []) as Schema[];
    for (let i = 0; i < value.length; i++) {
      const itemSchema = i < prefix.length ? prefix[i] : (schema.items as Schema | undefined);
      if (!itemSchema) continue;
      const failure = checkSchema(root, itemSchema, value[i], `${path}/${i}`);
      if (failure) return failure;
    }
    if (schema.contains !== undefined) {
      const containsOne = value.some(
        (item, i) => checkSchema(root, schema.contains as Schema, item, `${path}/${i}`) === null,
      );
      if (!containsOne) return fail('contains');
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const name of (schema.required ?? []) as string[]) {
      if (!(name in object)) return fail('required', `${path}/${name}`);
    }
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of Object.keys(properties)) {
      if (!(name in object)) continue;
      const failure = checkSchema(root, properties[name]!, object[name], `${path}/${name}`);
      if (failure) return failure;
    }
  }
  return null;
}
