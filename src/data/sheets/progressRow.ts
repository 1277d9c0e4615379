/**
 * What reading a progress sheet (进度填报表) gives: its rows, the columns found by header, and
 * the problems of the file and of single rows.
 */
import type { BuildStatus, WorkType } from '../../contract/roadNetwork.ts';
import type { SheetProblemCode } from '../../contract/sheetProblemCodes.ts';

/** The columns a progress sheet may hold, by their English keys. */
export const PROGRESS_COLUMNS = [
  'route',
  'from',
  'to',
  'project',
  'status',
  'completed_km',
  'guard_required_km',
  'guard_km',
  'year',
  'towns',
  'investment_wan',
  'work',
  'updated',
  'note',
] as const;

/** One column of a progress sheet. */
export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number];

/** The columns without which a row names no stretch. */
export const REQUIRED_PROGRESS_COLUMNS: readonly ProgressColumn[] = ['route', 'from', 'to'];

/** One row of a progress sheet: a stretch of a route and what it reports. */
export interface ProgressRow {
  /** The row's number in its sheet, counted from 1 as the spreadsheet shows it. */
  sourceRow: number;
  /** The route code, upper case without spaces (`G247`, `X085`). */
  route: string;
  /** The stretch's start chainage in km. */
  fromKm: number;
  /** The stretch's end chainage in km; never below `fromKm`. */
  toKm: number;
  project?: string;
  status?: BuildStatus;
  completedKm?: number;
  guardRequiredKm?: number;
  guardKm?: number;
  year?: number;
  towns?: string[];
  investmentWan?: number;
  work?: WorkType;
  /** The date the row reports, `YYYY-MM-DD`. */
  updated?: string;
  note?: string;
}

/**
 * A problem of the file (sourceRow null) or of one row. An error leaves the row out; a warning
 * keeps the row without the value concerned.
 */
export interface RowProblem {
  severity: 'error' | 'warning';
  code: SheetProblemCode;
  /** The row's number in its sheet (from 1); null for problems of the file or sheet. */
  sourceRow: number | null;
  /** The column concerned, where there is one. */
  column?: ProgressColumn;
  /** Values the sentence refers to (the bad value, the headers looked for, …). */
  params: Record<string, string | number>;
}

/** What reading a progress sheet gives; never throws for a bad file. */
export interface ProgressSheetResult {
  /** False when the file gives no usable row. */
  ok: boolean;
  /** The name of the sheet read (`Sheet1`, or the file's name for a CSV); null when none. */
  sheetName: string | null;
  /** The header's row number in the sheet (from 1); null when no header is recognised. */
  headerRow: number | null;
  /** Each column found and the header text that names it. */
  columns: Partial<Record<ProgressColumn, string>>;
  rows: ProgressRow[];
  problems: RowProblem[];
}

/** A cell as the readers give it: text, a number, a boolean, a date, or null when empty. */
export type SheetCell = string | number | boolean | Date | null;

/** A sheet as a grid of cells, row by row. */
export interface SheetGrid {
  name: string;
  rows: SheetCell[][];
}
