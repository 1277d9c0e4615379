/**
 * A table ready to be written to a file: a title line, a header row and rows of text and
 * numbers. The XLSX and CSV writers take it; what the words are is decided before.
 */

/** A cell: text, a number, or nothing. */
export type SheetCell = string | number | null;

export interface TableSheet {
  /** The sheet's name in a workbook (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  /** One line above the header: the dataset, the filter, the as-of date. */
  title: string;
  headers: string[];
  rows: SheetCell[][];
  /** Per column: how many decimals its numbers show; null for a text column or whole numbers. */
  decimals: (number | null)[];
}
