/**
 * Grouped tables of what the map shows, as a file: XLSX (one sheet per grouping) or CSV (the
 * first grouping). Loaded with the Tables view or by `roadboard.exportTable`; the XLSX writer
 * is loaded on top when first used.
 */
import type { GroupField } from '../../domain/groupTable.ts';
import { sheetCsvBlob } from '../../data/export/csvText.ts';
import { tablesText } from '../../i18n/tablesText.ts';
import type { AppState } from '../appState.svelte.ts';
import { namedTable, shownTable, type TableOrder } from './tableRows.ts';
import { fileTitle, tableSheet } from './tableSheets.ts';

export type TableFormat = 'xlsx' | 'csv';

/**
 * The file of the groupings `groupBys` (each one or two fields) of what `state` shows.
 *
 * @example
 * const blob = await exportTables(appState, [['town'], ['project']], 'xlsx');
 */
export async function exportTables(
  state: AppState,
  groupBys: readonly (readonly GroupField[])[],
  format: TableFormat,
  order?: TableOrder,
): Promise<Blob> {
  const strings = state.strings;
  const text = tablesText(state.locale);
  const title = fileTitle(state, strings, text);
  const sheets = groupBys.map((groupBy) =>
    tableSheet(namedTable(shownTable(state, groupBy), strings, text, order), title, text),
  );
  if (format === 'csv') return sheetCsvBlob(sheets[0]!);
  const { sheetsXlsx } = await import('../../data/export/xlsxWorkbook.ts');
  return sheetsXlsx(sheets);
}

/** A file name for the export: the groupings and the date. */
export function exportFileName(
  state: AppState,
  groupBys: readonly (readonly GroupField[])[],
  format: TableFormat,
): string {
  const text = tablesText(state.locale);
  const names = groupBys.map((groupBy) => groupBy.map((field) => text.fields[field]).join('×'));
  const date = new Date().toISOString().slice(0, 10);
  return `${text.title}-${names.join('-')}-${date}.${format}`;
}
