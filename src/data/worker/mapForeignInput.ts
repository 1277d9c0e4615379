/**
 * Mapping a file that may not be in the contract's names: its schema recognised, then the
 * proposal (or the user's edited or stored mapping) applied to every feature, with grouped
 * notes and the fields that feed nothing kept. Loaded only for such files, so a contract file
 * opens without the schemas and the mapping rules.
 */
import type { Feature } from 'geojson';
import type { KeptField } from '../../contract/otherFields.ts';
import { applyMapping } from '../mapping/applyMapping.ts';
import type { FieldMapping } from '../mapping/fieldMapping.ts';
import { collectFields, fieldSamples } from '../mapping/fieldSamples.ts';
import { fieldSetKey, parseStoredMapping, withStoredMapping } from '../mapping/mappingKey.ts';
import { mergeNotes, type MappingNote } from '../mapping/notes.ts';
import type { OtherField } from '../mapping/otherFields.ts';
import { proposeMapping } from '../mapping/proposeMapping.ts';
import { recogniseSchema } from '../mapping/recogniseSchema.ts';
import { keptValue } from './keptValue.ts';
import {
  isRecord,
  keepContractFields,
  PROPOSAL_ROWS,
  type MappedInput,
  type MappingChoice,
} from './mappedInput.ts';

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

/**
 * Whether the file is in the contract's names and nothing the user said asks for a mapping:
 * the schema the proposal would recognise, with no edited or stored mapping for its fields.
 */
export function needsNoMapping(
  rows: readonly Record<string, unknown>[],
  choice: MappingChoice,
): boolean {
  if (choice.mapping !== undefined) return false;
  const { fieldNames, values } = collectFields(rows.slice(0, PROPOSAL_ROWS));
  if (choice.storedMappings?.[fieldSetKey(fieldNames)] !== undefined) return false;
  return recogniseSchema(fieldNames, fieldSamples(fieldNames, values)).schema === 'roadboard';
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
 * Maps every feature of a collection with the chosen mapping.
 *
 * @example
 * const mapped = mapForeignInput(collection, features, rows, { storedMappings });
 * mapped.mapping?.fields.route; // 'RN'
 */
export function mapForeignInput(
  input: Record<string, unknown>,
  features: readonly unknown[],
  rows: readonly Record<string, unknown>[],
  choice: MappingChoice,
): MappedInput {
  const mapping = chooseMapping(rows, choice);
  if (mapping.schema === 'roadboard') return keepContractFields(input, rows);
  const keptFields: (KeptField[] | undefined)[] = [];
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
