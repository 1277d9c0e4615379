/**
 * The field names of a file's first features and a few distinct values of each: what schema
 * recognition and the proposed mapping read.
 */
import { foldedText } from './text.ts';

/** How many distinct values per field the "Fields" step shows. */
export const SAMPLE_COUNT = 3;
/** How many distinct values per field the value checks look at. */
const CHECKED_VALUE_COUNT = 20;

/** The field names of the features, in first-seen order, and distinct values per field. */
export function collectFields(rows: readonly Readonly<Record<string, unknown>>[]): {
  fieldNames: string[];
  values: Map<string, string[]>;
} {
  const values = new Map<string, string[]>();
  for (const row of rows) {
    for (const name of Object.keys(row)) {
      let list = values.get(name);
      if (list === undefined) {
        list = [];
        values.set(name, list);
      }
      const text = foldedText(row[name]);
      if (text !== undefined && list.length < CHECKED_VALUE_COUNT && !list.includes(text)) {
        list.push(text);
      }
    }
  }
  return { fieldNames: [...values.keys()], values };
}

/** The first `SAMPLE_COUNT` values of each field, the samples the "Fields" step shows. */
export function fieldSamples(
  fieldNames: readonly string[],
  values: ReadonlyMap<string, readonly string[]>,
): Record<string, string[]> {
  return Object.fromEntries(
    fieldNames.map((name) => [name, (values.get(name) ?? []).slice(0, SAMPLE_COUNT)]),
  );
}
