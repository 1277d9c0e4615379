/** Whether a filter keeps everything: whether no list of it chooses anything. */
import type { FilterState } from './types.ts';

/**
 * True when no list of the filter chooses anything (absent and empty lists alike).
 *
 * @example
 * isEmptyFilter({ towns: [] }); // true
 * isEmptyFilter({ classes: ['county'] }); // false
 */
export function isEmptyFilter(filter: FilterState): boolean {
  return Object.values(filter).every((values) => !values || values.length === 0);
}
