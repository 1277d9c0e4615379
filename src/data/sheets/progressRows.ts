/**
 * A progress sheet's rows below its header, read into {@link ProgressRow}s. A row that names no
 * stretch (no route, a chainage that cannot be read, from after to) or an unknown status word
 * is left out with an error; a value that cannot be read is left out of its row with a warning.
 */
import type { WorkType } from '../../contract/roadNetwork.ts';
import { statusFromWord } from '../mapping/valueWords.ts';
import { WORK_VOCABULARY, lookUp } from '../validate/vocabulary.ts';
import type { FoundHeader } from './progressHeader.ts';
import type { ProgressColumn, ProgressRow, RowProblem, SheetCell } from './progressRow.ts';
import {
  cellText,
  chainageKmOf,
  dateOf,
  isBlankCell,
  numberOf,
  writtenText,
  yearOf,
} from './sheetValues.ts';

/** Work words the contract's vocabulary lacks: Traditional characters, a few more names. */
const MORE_WORK_WORDS: ReadonlyMap<string, WorkType> = new Map([
  ['橋梁', 'bridge'],
  ['危橋改造', 'bridge'],
  ['桥梁工程', 'bridge'],
  ['安防設施', 'guard'],
  ['安防设施', 'guard'],
  ['安全防护', 'guard'],
  ['路面', 'road'],
  ['公路', 'road'],
]);

/** Words of a row that sums the rows above it (合计, 小计); such a row names no stretch. */
const TOTAL_WORDS = /^(合计|小计|总计|累计|合計|小計|總計|total|subtotal)$/i;

/** Splits a towns cell: `城关镇、白马乡`, `城关镇,白马乡`, `城关镇 白马乡`. */
const TOWN_SEPARATOR = /[、,，;；/／\s\u3000]+/;

/** The work type a cell names, or undefined. */
function workOf(text: string): WorkType | undefined {
  return lookUp(WORK_VOCABULARY, text) ?? MORE_WORK_WORDS.get(text);
}

/** Whether a row sums others: a total word in any of its cells and no route. */
function isTotalRow(cells: readonly SheetCell[]): boolean {
  return cells.some(
    (cell) => typeof cell === 'string' && TOTAL_WORDS.test(cell.replace(/[\s\u3000]+/g, '')),
  );
}

/** The rows below a header, read; problems carry the sheet's row numbers (from 1). */
export function readProgressRows(
  grid: readonly (readonly SheetCell[])[],
  header: FoundHeader,
): { rows: ProgressRow[]; problems: RowProblem[] } {
  const rows: ProgressRow[] = [];
  const problems: RowProblem[] = [];
  for (let rowIndex = header.rowIndex + 1; rowIndex < grid.length; rowIndex++) {
    const cells = grid[rowIndex] ?? [];
    if (cells.every((cell) => isBlankCell(cell))) continue;
    const row = readRow(cells, rowIndex + 1, header, problems);
    if (row) rows.push(row);
  }
  return { rows, problems };
}

function readRow(
  cells: readonly SheetCell[],
  sourceRow: number,
  header: FoundHeader,
  problems: RowProblem[],
): ProgressRow | undefined {
  const cell = (column: ProgressColumn): SheetCell | undefined => {
    const index = header.cellIndexes[column];
    return index === undefined ? undefined : cells[index];
  };
  const rowProblems: RowProblem[] = [];
  const error = (
    code: RowProblem['code'],
    column: ProgressColumn | undefined,
    params: Record<string, string | number> = {},
  ) =>
    rowProblems.push({
      severity: 'error',
      code,
      sourceRow,
      ...(column === undefined ? {} : { column }),
      params: { ...(column === undefined ? {} : { column }), ...params },
    });
  const warning = (
    code: RowProblem['code'],
    column: ProgressColumn,
    value: SheetCell | undefined,
  ) =>
    rowProblems.push({
      severity: 'warning',
      code,
      sourceRow,
      column,
      params: { column, value: value instanceof Date ? value.toISOString() : String(value) },
    });

  const route = cellText(cell('route'))
    ?.replace(/[\s\u3000]+/g, '')
    .toUpperCase();
  if (route === undefined) {
    if (isTotalRow(cells)) return undefined;
    error('row-route-missing', 'route');
  }
  const fromKm = chainageOfColumn('from');
  const toKm = chainageOfColumn('to');
  if (fromKm !== undefined && toKm !== undefined && fromKm > toKm) {
    error('row-from-after-to', undefined, { fromKm, toKm });
  }

  const statusText = cellText(cell('status'));
  const status = statusText === undefined ? undefined : statusFromWord(statusText);
  if (statusText !== undefined && status === undefined) {
    error('row-status-unknown', 'status', { value: statusText });
  }

  const row: ProgressRow = { sourceRow, route: route ?? '', fromKm: fromKm ?? 0, toKm: toKm ?? 0 };
  const project = writtenText(cell('project'));
  if (project !== undefined) row.project = project;
  if (status !== undefined) row.status = status;
  const completedKm = numberOfColumn('completed_km');
  if (completedKm !== undefined) row.completedKm = completedKm;
  const guardRequiredKm = numberOfColumn('guard_required_km');
  if (guardRequiredKm !== undefined) row.guardRequiredKm = guardRequiredKm;
  const guardKm = numberOfColumn('guard_km');
  if (guardKm !== undefined) row.guardKm = guardKm;
  const investmentWan = numberOfColumn('investment_wan');
  if (investmentWan !== undefined) row.investmentWan = investmentWan;
  if (!isBlankCell(cell('year'))) {
    const year = yearOf(cell('year'));
    if (year === undefined) warning('row-year-unreadable', 'year', cell('year'));
    else row.year = year;
  }
  const towns = writtenText(cell('towns'));
  if (towns !== undefined) row.towns = towns.split(TOWN_SEPARATOR).filter((town) => town !== '');
  const workText = cellText(cell('work'));
  if (workText !== undefined) {
    const work = workOf(workText);
    if (work === undefined) warning('row-work-unknown', 'work', workText);
    else row.work = work;
  }
  if (!isBlankCell(cell('updated'))) {
    const updated = dateOf(cell('updated'));
    if (updated === undefined) warning('row-date-unreadable', 'updated', cell('updated'));
    else row.updated = updated;
  }
  const note = writtenText(cell('note'));
  if (note !== undefined) row.note = note;

  problems.push(...rowProblems);
  return rowProblems.some((problem) => problem.severity === 'error') ? undefined : row;

  function chainageOfColumn(column: 'from' | 'to'): number | undefined {
    const value = cell(column);
    if (isBlankCell(value)) {
      error('row-chainage-missing', column);
      return undefined;
    }
    const km = chainageKmOf(value);
    if (km === undefined) error('row-chainage-unreadable', column, { value: String(value) });
    return km;
  }

  function numberOfColumn(column: ProgressColumn): number | undefined {
    const value = cell(column);
    if (isBlankCell(value)) return undefined;
    const number = numberOf(value);
    if (number === undefined) warning('row-number-unreadable', column, value);
    return number;
  }
}
