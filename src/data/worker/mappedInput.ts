/**
 * What the mapping step returns and the pieces both of its halves share: the contract-file
 * pass-through and the number of features a proposal reads.
 */
import type { KeptField } from '../../contract/otherFields.ts';
import type { FieldMapping } from '../mapping/fieldMapping.ts';
import type { MappingNote } from '../mapping/notes.ts';
import { CONTRACT_PROPERTIES } from '../validate/featureProperties.ts';
import { keptValue } from './keptValue.ts';

/** How many features the proposal looks at. */
export const PROPOSAL_ROWS = 500;

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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file in the contract's names, unchanged, with the properties the contract does not name. */
export function keepContractFields(
  input: unknown,
  rows: readonly Record<string, unknown>[],
): MappedInput {
  const keptFields: (KeptField[] | undefined)[] = [];
  rows.forEach((row, index) => {
    const kept = Object.keys(row)
      .filter((name) => !CONTRACT_PROPERTIES.has(name))
      .map((name) => ({ name, value: keptValue(row[name]) }));
    if (kept.length > 0) keptFields[index] = kept;
  });
  return { value: input, mapping: null, notes: [], keptFields };
}
