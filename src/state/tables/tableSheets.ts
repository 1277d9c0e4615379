/**
 * Grouped tables as sheets for the XLSX and CSV files: the title line names the dataset, the
 * filter (with hidden legend entries) and the as-of date; the header is in the UI's language;
 * figures are numbers (km and investment to two decimals, ratios as percents).
 */
import type { TableSheet, SheetCell } from '../../data/export/tableSheet.ts';
import type { TableFigures } from '../../domain/groupTable.ts';
import { bucketLabel } from '../../i18n/bucketLabel.ts';
import type { Strings } from '../../i18n/strings.ts';
import { TABLE_COLUMNS, type TablesText } from '../../i18n/tablesText.ts';
import type { AppState } from '../appState.svelte.ts';
import type { NamedTable } from './tableRows.ts';

/** Decimals of each figure column in a file. */
const COLUMN_DECIMALS = {
  segments: 0,
  lengthKm: 2,
  projectKm: 2,
  completedKm: 2,
  completionRatio: 2,
  guardRequiredKm: 2,
  guardKm: 2,
  guardRatio: 2,
  investmentWan: 2,
} as const;

function figureCells(figures: TableFigures): SheetCell[] {
  return TABLE_COLUMNS.map((column) => {
    const value = figures[column];
    if (value === null) return null;
    const number = column === 'completionRatio' || column === 'guardRatio' ? value * 100 : value;
    return Math.round(number * 100) / 100;
  });
}

/** The filter and hidden legend entries the figures follow, in words. */
export function filterWords(state: AppState, strings: Strings, text: TablesText): string {
  const { filter, mode, hiddenBuckets } = state.shown;
  const parts: string[] = [];
  const separator = strings.listSeparator;
  if (filter.classes?.length) {
    parts.push(
      `${text.fields.class}: ${filter.classes.map((c) => strings.classes[c]).join(separator)}`,
    );
  }
  if (filter.statuses?.length) {
    parts.push(
      `${text.fields.status}: ${filter.statuses.map((s) => strings.statuses[s]).join(separator)}`,
    );
  }
  if (filter.towns?.length) parts.push(`${text.fields.town}: ${filter.towns.join(separator)}`);
  if (filter.projects?.length) {
    parts.push(`${text.fields.project}: ${filter.projects.join(separator)}`);
  }
  if (filter.years?.length) parts.push(`${text.fields.year}: ${filter.years.join(separator)}`);
  if (hiddenBuckets.length > 0) {
    const names = hiddenBuckets.map((bucket) => bucketLabel(strings, mode, bucket));
    parts.push(text.hiddenEntries(names.join(separator)));
  }
  return parts.length > 0 ? parts.join('; ') : text.noFilter;
}

/**
 * The title line of the files of what `state` shows: the as-of date is the date shown of the
 * progress history (its latest by default), or "all records" without one.
 */
export function fileTitle(state: AppState, strings: Strings, text: TablesText): string {
  const dataset = state.dataset?.info.name || strings.appSubtitle;
  return text.fileTitle({
    dataset,
    filter: filterWords(state, strings, text),
    asOf: state.asOf ?? state.asOfDates.at(-1) ?? text.allRecords,
  });
}

/**
 * One table as a sheet, its rows in the table's order and a totals row last.
 *
 * @example
 * tableSheet(namedTable(shownTable(appState, ['town']), strings, text), title, text);
 */
export function tableSheet(table: NamedTable, title: string, text: TablesText): TableSheet {
  const levels = table.groupBy.map((field) => text.fields[field]);
  const blanks = table.groupBy.slice(1).map(() => '');
  return {
    name: levels.join(' × ') || text.total,
    title,
    headers: [...levels, ...TABLE_COLUMNS.map((column) => text.columns[column])],
    rows: [
      ...table.rows.map((row) => [...row.names, ...figureCells(row)]),
      [text.total, ...blanks, ...figureCells(table.totals)],
    ],
    decimals: [
      ...levels.map(() => null),
      ...TABLE_COLUMNS.map((column) => COLUMN_DECIMALS[column]),
    ],
  };
}
