/**
 * A table sheet as CSV that Excel on Windows opens right: UTF-8 with a byte-order mark (so
 * Chinese is not read as the ANSI code page), CRLF line ends, fields quoted where needed.
 */
import type { SheetCell, TableSheet } from './tableSheet.ts';

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

function field(cell: SheetCell, decimals: number | null): string {
  if (cell === null) return '';
  const text =
    typeof cell === 'number' ? (decimals === null ? String(cell) : cell.toFixed(decimals)) : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The sheet's title line, header and rows as CSV text, starting with the byte-order mark.
 *
 * @example
 * sheetCsv({ name: 'T', title: '示例', headers: ['乡镇', '里程'], rows: [['永明镇', 17.19]],
 *   decimals: [null, 2] }); // '\uFEFF示例\r\n乡镇,里程\r\n永明镇,17.19\r\n'
 */
export function sheetCsv(sheet: TableSheet): string {
  const lines = [
    field(sheet.title, null),
    sheet.headers.map((header) => field(header, null)).join(','),
  ];
  for (const row of sheet.rows) {
    lines.push(row.map((cell, column) => field(cell, sheet.decimals[column] ?? null)).join(','));
  }
  return BYTE_ORDER_MARK + lines.join(LINE_END) + LINE_END;
}

/** The CSV as a Blob to download. */
export function sheetCsvBlob(sheet: TableSheet): Blob {
  return new Blob([sheetCsv(sheet)], { type: 'text/csv;charset=utf-8' });
}
