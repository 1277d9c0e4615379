/**
 * Every problem code the progress-sheet reader (进度表) reports: about the file and its sheets,
 * and about single rows. None is the same as a validator, coordinate or file-format code; their
 * sentences are in `src/i18n/sheetProblems.ts`, typed against this list.
 */
export const SHEET_PROBLEM_CODES = [
  // The file as a whole (errors, sourceRow null; no row is read).
  'sheet-file-empty',
  'sheet-format-unknown',
  'sheet-xls-unsupported',
  'sheet-xlsx-unreadable',
  'sheet-no-header',
  'sheet-columns-missing',
  'sheet-no-rows',
  // A row left out (errors): it names no stretch that can be joined.
  'row-route-missing',
  'row-chainage-missing',
  'row-chainage-unreadable',
  'row-from-after-to',
  'row-status-unknown',
  // A row read with a value left out (warnings).
  'row-number-unreadable',
  'row-year-unreadable',
  'row-date-unreadable',
  'row-work-unknown',
] as const;

/** A problem code of the progress-sheet reader. */
export type SheetProblemCode = (typeof SHEET_PROBLEM_CODES)[number];
