/**
 * The rows of the "Fields" step: each Roadboard property, the source fields that feed it, the
 * rule that reads them and a few sample values.
 */
import type { FieldMapping } from '../data/mapping/fieldMapping.ts';
import { MAPPED_PROPERTIES, type MappedProperty } from '../data/mapping/roles.ts';
import { describeSources } from '../data/mapping/summary.ts';

export type { FieldMapping };

/** One row of the "Fields" step: a Roadboard property and what feeds it. */
export interface FieldRow {
  property: MappedProperty;
  /** The field assigned to the property itself (the select); null when none. */
  field: string | null;
  /** Every field the property is read from, in the rule's order. */
  sources: string[];
  /** The rule that reads them (`class-from-fields`, `route-code`, …); null for a plain copy. */
  rule: string | null;
  /** A few values of the first source field. */
  samples: string[];
}

/** The "Fields" step's rows for a mapping, in the contract's order. */
export function fieldRows(mapping: FieldMapping): FieldRow[] {
  const sources = describeSources(mapping);
  return MAPPED_PROPERTIES.map((property) => {
    const source = sources[property];
    const first = source.fields[0];
    return {
      property,
      field: mapping.fields[property],
      sources: source.fields,
      rule: source.rule ?? null,
      samples: first === undefined ? [] : (mapping.samples[first] ?? []),
    };
  });
}
