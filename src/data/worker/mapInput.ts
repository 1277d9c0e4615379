/**
 * The field-mapping step, between reading and validation: recognises the file's schema,
 * proposes a mapping (or takes the one the user edited, or stored for the same field set), and
 * rewrites each feature's properties in the contract's names. Fields that feed no property are
 * kept beside the feature, by its index in the input. A file already in the contract's names
 * passes unchanged (the validator reads it as before); its unknown properties are kept too.
 */
import type { Feature } from 'geojson';
import type { KeptField } from '../../contract/otherFields.ts';
import { CONTRACT_PROPERTIES } from '../validate/featureProperties.ts';
import { applyMapping } from '../mapping/applyMapping.ts';
import type { FieldMapping } from '../mapping/fieldMapping.ts';
import { fieldSetKey, parseStoredMapping, withStoredMapping } from '../mapping/mappingKey.ts';
import { mergeNotes, type MappingNote } from '../mapping/notes.ts';
import type { OtherField } from '../mapping/otherFields.ts';
import { proposeMapping } from '../mapping/proposeMapping.ts';

/** How many features the proposal looks at. */
const PROPOSAL_ROWS = 500;

/** What the page tells the mapping step. */
export interface MappingChoice {
  /** A mapping the user edited (`serialiseMapping`), used when it fits the file's fields. */
  mapping?: string;
  /** Every mapping stored in the browser, by `fieldSetKey`; the file's own key is looked up. */
  storedMappings?: Record<string, string>;
}

/** The mapped input. */
export interface MappedInput {
  /** The input with every feature's properties in the contract's names. */
  value: unknown;
  /** The mapping used; null for a file in the contract's names (or not a collection). */
  mapping: FieldMapping | null;
  /** Grouped notes of what the mapping rules did. */
  notes: MappingNote[];
  /** The kept fields of each input feature, by its index in the input (absent: none). */
  keptFields: (KeptField[] | undefined)[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keptValue(value: unknown): KeptField['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function keptField(field: OtherField): KeptField {
  const kept: KeptField = { name: field.name, value: keptValue(field.value) };
  if (field.meaning !== undefined) kept.meaning = field.meaning;
  if (field.decoded !== undefined) kept.decoded = field.decoded;
  return kept;
}

/** A point's kind from its name, for files that do not say (`桥` a bridge, `站` a station). */
function pointKind(properties: Record<string, unknown>, name: string | undefined): string {
  if (typeof properties.kind === 'string') return properties.kind;
  if (name && /桥|橋|bridge/i.test(name)) return 'bridge';
  if (name && /站|station/i.test(name)) return 'station';
  return 'other';
}

/** The mapping for this file: the edited one, else the stored one, else the proposal. */
export function chooseMapping(
  rows: readonly Readonly<Record<string, unknown>>[],
  choice: MappingChoice,
): FieldMapping {
  const proposal = proposeMapping(rows.slice(0, PROPOSAL_ROWS));
  const candidates = [choice.mapping, choice.storedMappings?.[fieldSetKey(proposal.fieldNames)]];
  for (const text of candidates) {
    if (text === undefined) continue;
    const stored = parseStoredMapping(text, proposal.fieldNames);
    if (stored) return withStoredMapping(proposal, stored);
  }
  return proposal;
}

/**
 * Maps a parsed input's features.
 *
 * @example
 * const mapped = mapInput(collection, { storedMappings });
 * mapped.mapping?.fields.route; // 'RN'
 */
export function mapInput(input: unknown, choice: MappingChoice = {}): MappedInput {
  const features =
    isRecord(input) && input.type === 'FeatureCollection' && Array.isArray(input.features)
      ? (input.features as unknown[])
      : null;
  if (!features || !isRecord(input)) {
    return { value: input, mapping: null, notes: [], keptFields: [] };
  }
  const rows = features.map((feature) =>
    isRecord(feature) && isRecord(feature.properties) ? feature.properties : {},
  );
  const mapping = chooseMapping(rows, choice);
  const keptFields: (KeptField[] | undefined)[] = [];
  if (mapping.schema === 'roadboard') {
    rows.forEach((row, index) => {
      const kept = Object.keys(row)
        .filter((name) => !CONTRACT_PROPERTIES.has(name))
        .map((name) => ({ name, value: keptValue(row[name]) }));
      if (kept.length > 0) keptFields[index] = kept;
    });
    return { value: input, mapping: null, notes: [], keptFields };
  }
  const notes: MappingNote[] = [];
  const mapped = features.map((feature, index): unknown => {
    if (!isRecord(feature)) return feature;
    const result = applyMapping(mapping, rows[index]!, index);
    mergeNotes(notes, result.notes);
    if (result.otherFields.length > 0) keptFields[index] = result.otherFields.map(keptField);
    const geometry = isRecord(feature.geometry) ? feature.geometry : null;
    let properties: Record<string, unknown> = result.properties;
    if (geometry?.type === 'Point') {
      const { id, name, status, project, year, updated, note } = result.properties;
      properties = { id, name, status, project, year, updated, note };
      for (const key of Object.keys(properties)) {
        if (properties[key] === undefined) delete properties[key];
      }
      properties.kind = pointKind(rows[index]!, name);
    }
    const out: Feature = {
      type: 'Feature',
      geometry: feature.geometry as Feature['geometry'],
      properties,
    };
    if (typeof feature.id === 'string' || typeof feature.id === 'number') out.id = feature.id;
    return out;
  });
  return { value: { ...input, features: mapped }, mapping, notes, keptFields };
}
