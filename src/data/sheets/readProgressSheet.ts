/**
 * Reads a progress sheet (进度填报表) from a file's bytes: an `.xlsx` workbook, whose sheets
 * are all candidates, or a `.csv` in UTF-8 or GBK. The sheet read is the one whose header names
 * the most known columns; the header may sit below title rows. Never throws for a bad file:
 * what cannot be read is a problem of the result.
 */
import { decodeSheetText } from './decodeSheetText.ts';
import { parseCsv } from './parseCsv.ts';
import { expectedHeaders, findHeader, type FoundHeader } from './progressHeader.ts';
import { progressRowsOf } from './progressRowsOf.ts';
import type { ProgressSheetResult, RowProblem, SheetGrid } from './progressRow.ts';
import { readWorkbook } from './readWorkbook.ts';

/** The formats a progress sheet may come in. */
type SheetFormat = 'xlsx' | 'xls' | 'csv' | 'unknown';

/** The format of a file by its first bytes, then by its name. */
function sheetFormat(bytes: Uint8Array, fileName: string): SheetFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'xlsx';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return 'xls';
  }
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'txt' ? 'csv' : 'unknown';
}

/** A result that reads nothing, with one problem of the file. */
function failure(problem: Omit<RowProblem, 'severity' | 'sourceRow'>): ProgressSheetResult {
  return {
    ok: false,
    sheetName: null,
    headerRow: null,
    columns: {},
    rows: [],
    problems: [{ severity: 'error', sourceRow: null, ...problem }],
  };
}

/**
 * Reads a progress sheet. `fileName` names the format where the bytes do not (a CSV) and the
 * sheet of a CSV.
 *
 * @example
 * const result = await readProgressSheet(bytes, '进度.xlsx');
 * if (result.ok) console.log(result.sheetName, result.rows.length);
 */
export async function readProgressSheet(
  bytes: Uint8Array,
  fileName: string,
): Promise<ProgressSheetResult> {
  if (bytes.byteLength === 0) return failure({ code: 'sheet-file-empty', params: { fileName } });
  const format = sheetFormat(bytes, fileName);
  if (format === 'xls') return failure({ code: 'sheet-xls-unsupported', params: { fileName } });
  if (format === 'unknown') return failure({ code: 'sheet-format-unknown', params: { fileName } });
  let grids: SheetGrid[];
  if (format === 'xlsx') {
    try {
      grids = await readWorkbook(bytes);
    } catch (error) {
      return failure({
        code: 'sheet-xlsx-unreadable',
        params: { fileName, reason: error instanceof Error ? error.message : String(error) },
      });
    }
  } else {
    grids = [
      { name: fileName.replace(/\.[^.]+$/, ''), rows: parseCsv(decodeSheetText(bytes).text) },
    ];
  }

  let chosen: { grid: SheetGrid; header: FoundHeader } | undefined;
  for (const grid of grids) {
    const header = findHeader(grid.rows);
    if (header && (!chosen || header.columnCount > chosen.header.columnCount)) {
      chosen = { grid, header };
    }
  }
  if (!chosen) {
    return failure({
      code: 'sheet-no-header',
      params: { expected: expectedHeaders(), sheets: grids.map((grid) => grid.name).join(', ') },
    });
  }
  return progressRowsOf(chosen.grid, chosen.header);
}
