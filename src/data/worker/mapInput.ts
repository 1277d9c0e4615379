/**
 * The field-mapping step, between reading and validation: recognises the file's schema,
 * proposes a mapping (or takes the one the user edited, or stored for the same field set), and
 * rewrites each feature's properties in the contract's names. Fields that feed no property are
 * kept beside the feature, by its index in the input. A file already in the contract's names
 * passes unchanged (the validator reads it as before); its unknown properties are kept too.
 * Only the recognition is loaded with the worker: the mapping rules (`mapForeignInput.ts`) come
 * when a file needs them.
 */
import { collectFields, fieldSamples } from '../mapping/fieldSamples.ts';
import { fieldSetKey } from '../mapping/mappingKey.ts';
import { recogniseSchema } from '../mapping/recogniseSchema.ts';
import {
  isRecord,
  keepContractFields,
  PROPOSAL_ROWS,
  type MappedInput,
  type MappingChoice,
} from './mappedInput.ts';

export type { MappedInput, MappingChoice };

/**
 * Whether the file is in the contract's names and nothing the user said asks for a mapping:
 * the schema the proposal would recognise, with no edited or stored mapping for its fields.
 */
function needsNoMapping(rows: readonly Record<string, unknown>[], choice: MappingChoice): boolean {
  if (choice.mapping !== undefined) return false;
  const { fieldNames, values } = collectFields(rows.slice(0, PROPOSAL_ROWS));
  if (choice.storedMappings?.[fieldSetKey(fieldNames)] !== undefined) return false;
  return recogniseSchema(fieldNames, fieldSamples(fieldNames, values)).schema === 'roadboard';
}

/**
 * Maps a parsed input's features.
 *
 * @example
 * const mapped = await mapInput(collection, { storedMappings });
 * mapped.mapping?.fields.route; // 'RN'
 */
export async function mapInput(input: unknown, choice: MappingChoice = {}): Promise<MappedInput> {
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
  if (needsNoMapping(rows, choice)) return keepContractFields(input, rows);
  const { mapForeignInput } = await import('./mapForeignInput.ts');
  return mapForeignInput(input, features, rows, choice);
}
