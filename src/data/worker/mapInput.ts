/**
 * The field-mapping step, between reading and validation: recognises the file's schema,
 * proposes a mapping (or takes the one the user edited, or stored for the same field set), and
 * rewrites each feature's properties in the contract's names. Fields that feed no property are
 * kept beside the feature, by its index in the input. A file already in the contract's names
 * passes unchanged (the validator reads it as before); its unknown properties are kept too.
 * Only the contract names' short way is loaded with the worker: recognition and the mapping
 * rules (`mapForeignInput.ts`) come when a file needs them.
 */
import { inContractNames } from './contractNames.ts';
import {
  isRecord,
  keepContractFields,
  PROPOSAL_ROWS,
  type MappedInput,
  type MappingChoice,
} from './mappedInput.ts';

export type { MappedInput, MappingChoice };

/** Whether the user edited a mapping or has any stored: then recognition decides. */
function mappingAsked(choice: MappingChoice): boolean {
  if (choice.mapping !== undefined) return true;
  return choice.storedMappings !== undefined && Object.keys(choice.storedMappings).length > 0;
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
  if (!mappingAsked(choice) && inContractNames(rows.slice(0, PROPOSAL_ROWS))) {
    return keepContractFields(input, rows);
  }
  const { mapForeignInput, needsNoMapping } = await import('./mapForeignInput.ts');
  if (needsNoMapping(rows, choice)) return keepContractFields(input, rows);
  return mapForeignInput(input, features, rows, choice);
}
