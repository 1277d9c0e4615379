/**
 * A click on a grouped table's row: the map filtered to that group. Each level's value goes
 * into its filter field, on top of the filters already chosen, and the map frames the row's
 * roads; a route, which has no filter, is outlined on the map as a search result is. A row with no value (no project,
 * no year) leaves that field as it is.
 */
import type { BuildStatus, RoadClass } from '../../contract/roadNetwork.ts';
import type { GroupField } from '../../domain/groupTable.ts';
import type { FilterState } from '../../domain/types.ts';
import type { AppState } from '../appState.svelte.ts';

/**
 * The filter of `current` narrowed to the row's values.
 *
 * @example
 * rowFilter({}, ['town', 'class'], ['永明镇', 'county']); // { towns: ['永明镇'], classes: ['county'] }
 */
export function rowFilter(
  current: FilterState,
  groupBy: readonly GroupField[],
  keys: readonly string[],
): FilterState {
  const filter: FilterState = { ...current };
  groupBy.forEach((field, level) => {
    const key = keys[level];
    if (key === undefined || key === '') return;
    if (field === 'class') filter.classes = [key as RoadClass];
    else if (field === 'status') filter.statuses = [key as BuildStatus];
    else if (field === 'project') filter.projects = [key];
    else if (field === 'year') filter.years = [Number(key)];
    else if (field === 'town') filter.towns = [key];
  });
  return filter;
}

/**
 * Filters the map to a row and frames its roads; a route's roads are outlined too, as a search
 * result's are.
 */
export function showRow(
  state: AppState,
  groupBy: readonly GroupField[],
  keys: readonly string[],
): void {
  const filter = rowFilter(state.filter, groupBy, keys);
  state.setFilter(filter);
  const routeLevel = groupBy.indexOf('route');
  const route = routeLevel >= 0 ? keys[routeLevel] : undefined;
  const kept = state.segmentIndex.kept(filter);
  const indices: number[] = [];
  for (let i = 0; i < state.segmentIndex.size; i++) {
    if (!kept || kept[i] === 1) {
      if (!route || state.segments[i]?.properties.route === route) indices.push(i);
    }
  }
  if (route) state.found = indices;
  if (indices.length > 0) state.focusOn(indices);
}
