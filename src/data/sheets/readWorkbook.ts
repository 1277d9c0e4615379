/**
 * The sheets of an `.xlsx` workbook as grids of cells, read with `read-excel-file`.
 *
 * The library is loaded on first use (dynamic import), so the app pays for it only when a
 * sheet is opened. Its `universal` entry is the one used: it reads an ArrayBuffer with fflate
 * and a JavaScript XML parser, touches no DOM and starts no Worker of its own, so it runs the
 * same inside the data worker and in Node (Vitest). The `browser` entry starts Workers itself,
 * which a worker need not do; the `node` entry needs Node's streams and the file system.
 *
 * Cells come as the library gives them: text, numbers, booleans, and Date objects for cells
 * formatted as dates; a formula's value is the value Excel cached in the file; a merged cell's
 * value sits in its top-left cell and the other cells are null.
 */
import type { SheetCell, SheetGrid } from './progressRow.ts';

/** A cell as read-excel-file types it (its typings name `typeof Date` where it gives a Date). */
type LibraryCell = unknown;

function sheetCell(value: LibraryCell): SheetCell {
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  return null;
}

/**
 * Every sheet of an `.xlsx` workbook, in workbook order. Throws when the bytes are not a
 * readable workbook.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetGrid[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const sheets = await readXlsxFile(buffer as ArrayBuffer);
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row) => row.map((value: LibraryCell) => sheetCell(value))),
  }));
}
