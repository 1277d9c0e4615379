/**
 * What joining progress sheets onto a network reports, per sheet: the rows read, those that
 * matched a stretch of the network, and those left out with the reason (a reader's row problem,
 * or a range the network does not have).
 */

/** Why a row of a sheet was left out: a reader's code (`row-…`) or the join's. */
export type UnmatchedCode =
  | 'row-route-missing'
  | 'row-chainage-missing'
  | 'row-chainage-unreadable'
  | 'row-from-after-to'
  | 'row-status-unknown'
  | 'unknown-route'
  | 'from-after-to'
  | 'empty-range'
  | 'outside-route'
  | 'no-segment';

/** A row left out. */
export interface UnmatchedProgressRow {
  /** The row's number in its sheet, from 1. */
  row: number;
  /** The route code the row names ('' where it names none). */
  route: string;
  code: UnmatchedCode;
  /** The figures the reason's sentence names (chainages in km, the route's extent, the bad value). */
  params: Record<string, string | number>;
}

/** A problem of a sheet that is not one row's: a file that cannot be read, a header not found. */
export interface SheetIssue {
  code: string;
  /** The row concerned (from 1), or null for the file or sheet. */
  row: number | null;
  params: Record<string, string | number>;
}

/** One sheet joined onto the network. */
export interface SheetReport {
  /** The file's name. */
  file: string;
  /** The sheet read (a CSV's file name without extension); null when none could be read. */
  sheet: string | null;
  /** Rows read from the sheet, matched or not. */
  rows: number;
  /** Rows that lie on the network. */
  matched: number;
  unmatched: UnmatchedProgressRow[];
  /** Values left out of rows that were kept (an unreadable number, date or work type). */
  warnings: SheetIssue[];
  /** Problems of the file or sheet (no header, an unreadable file). */
  errors: SheetIssue[];
}

/** The sheets joined onto the network shown. */
export interface ProgressReport {
  sheets: SheetReport[];
  /** The dates of the matched rows, rising: the stops of the as-of slider. */
  dates: string[];
  /** How long the join took in the data worker, in milliseconds. */
  joinMs: number;
}
