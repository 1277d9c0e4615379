/**
 * The result of reading one sheet whose header is found: its columns, its rows, and the
 * problems of the sheet and its rows.
 */
import { PROGRESS_HEADER_WORDS, type FoundHeader } from './progressHeader.ts';
import { readProgressRows } from './progressRows.ts';
import {
  REQUIRED_PROGRESS_COLUMNS,
  type ProgressSheetResult,
  type SheetGrid,
} from './progressRow.ts';

/**
 * Reads a sheet below its header. A header without a route, from or to column gives no row and
 * a problem naming the missing columns; a sheet without a usable row is not `ok`.
 */
export function progressRowsOf(grid: SheetGrid, header: FoundHeader): ProgressSheetResult {
  const base = {
    sheetName: grid.name,
    headerRow: header.rowIndex + 1,
    columns: header.headers,
  };
  const missing = REQUIRED_PROGRESS_COLUMNS.filter(
    (column) => header.cellIndexes[column] === undefined,
  );
  if (missing.length > 0) {
    return {
      ...base,
      ok: false,
      rows: [],
      problems: [
        {
          severity: 'error',
          code: 'sheet-columns-missing',
          sourceRow: header.rowIndex + 1,
          params: {
            missing: missing
              .map((column) => `${PROGRESS_HEADER_WORDS[column][0]}/${column}`)
              .join(', '),
            sheet: grid.name,
          },
        },
      ],
    };
  }
  const { rows, problems } = readProgressRows(grid.rows, header);
  if (rows.length === 0) {
    problems.unshift({
      severity: 'error',
      code: 'sheet-no-rows',
      sourceRow: null,
      params: { sheet: grid.name },
    });
  }
  return { ...base, ok: rows.length > 0, rows, problems };
}
