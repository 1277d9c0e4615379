/**
 * The Tables view's chart for an exported page: completed against planned km (road work in
 * projects) of the groups shown, in the view's order.
 */
import type { PageChart } from '../../page/drawPage.ts';
import { tablesText } from '../../i18n/tablesText.ts';
import type { AppState } from '../appState.svelte.ts';
import type { GroupField } from '../../domain/groupTable.ts';
import { namedTable, shownTable, type TableOrder } from './tableRows.ts';

/** Groups drawn at most (the page draws as many as fit). */
const MAX_BARS = 20;

/**
 * The chart of the grouping `groupBy` of what `state` shows.
 *
 * @example
 * pageChart(appState, ['town'], { by: 'lengthKm', descending: true }).bars[0]?.name;
 */
export function pageChart(
  state: AppState,
  groupBy: readonly GroupField[],
  order: TableOrder,
): PageChart {
  const text = tablesText(state.locale);
  const table = namedTable(shownTable(state, groupBy), state.strings, text, order);
  const bars = table.rows
    .map((row) => ({
      name: row.names.join(' · '),
      doneKm: (row.completionRatio ?? 0) * row.projectKm,
      plannedKm: row.projectKm,
    }))
    .filter((bar) => bar.plannedKm > 0)
    .slice(0, MAX_BARS);
  return {
    title: `${text.chartCompleted} · ${groupBy.map((field) => text.fields[field]).join(' × ')}`,
    series: [text.completedSeries, text.plannedSeries],
    bars,
  };
}
