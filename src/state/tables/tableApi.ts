/**
 * `roadboard.table` and `roadboard.exportTable`: the grouped table of what the map shows, as
 * plain rows, and as a file. Loaded when first called.
 */
import { GROUP_FIELDS, type GroupField } from '../../domain/groupTable.ts';
import { tablesText } from '../../i18n/tablesText.ts';
import type { AppState } from '../appState.svelte.ts';
import { exportTables, type TableFormat } from './tableExport.ts';
import { namedTable, shownTable } from './tableRows.ts';

/** A row of `roadboard.table`. */
export interface ApiTableRow {
  /** The group's value (two levels: joined with " × "); '' for none. */
  key: string;
  /** The group's name in the UI's language. */
  label: string;
  segments: number;
  lengthKm: number;
  projectKm: number;
  completedKm: number;
  guardRequiredKm: number;
  guardKm: number;
  investmentWan: number;
}

/** `'town'`, `['town', 'class']` or `'town×class'` as a list of one or two fields. */
export function groupFields(groupBy: GroupField | readonly GroupField[] | string): GroupField[] {
  const fields = typeof groupBy === 'string' ? groupBy.split(/\s*[×x,]\s*/) : [...groupBy];
  if (fields.length < 1 || fields.length > 2) {
    throw new TypeError('groupBy must be one or two fields');
  }
  for (const field of fields) {
    if (!GROUP_FIELDS.includes(field as GroupField)) {
      throw new TypeError(`groupBy must be among ${GROUP_FIELDS.join(', ')}`);
    }
  }
  return fields as GroupField[];
}

/** The rows of the grouped table of what `state` shows, in name order. */
export function apiTable(state: AppState, groupBy: GroupField[]): ApiTableRow[] {
  const table = namedTable(shownTable(state, groupBy), state.strings, tablesText(state.locale));
  return table.rows.map((row) => ({
    key: row.keys.join(' × '),
    label: row.names.join(' × '),
    segments: row.segments,
    lengthKm: row.lengthKm,
    projectKm: row.projectKm,
    completedKm: row.completedKm,
    guardRequiredKm: row.guardRequiredKm,
    guardKm: row.guardKm,
    investmentWan: row.investmentWan,
  }));
}

/** The file of one grouping, or of several (XLSX: a sheet each). */
export function apiExport(
  state: AppState,
  groupBys: GroupField[][],
  format: TableFormat,
): Promise<Blob> {
  if (format !== 'xlsx' && format !== 'csv') throw new TypeError("format must be 'xlsx' or 'csv'");
  return exportTables(state, groupBys, format);
}

// The Tables view loads the table code through this module too, so that the view and the API
// share one chunk.
export { exportFileName, exportTables, type TableFormat } from './tableExport.ts';
export { showRow } from './rowFilter.ts';
export { NAME_ORDER, namedTable, shownTable, type TableOrder } from './tableRows.ts';
export { pageChart } from './pageChart.ts';
