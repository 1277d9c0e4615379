/**
 * Table sheets as an XLSX workbook, one sheet each, with write-excel-file (loaded here, on the
 * first export): numbers stay numbers shown with their decimals, the title line above a bold
 * header, both frozen, and each column as wide as its longest entry.
 */
import type { Cell, Sheet } from 'write-excel-file/browser';
import type { SheetCell, TableSheet } from './tableSheet.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Widest and narrowest columns, in characters. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 40;

/** Width of text in Excel characters: a CJK character takes two. */
function textWidth(text: string): number {
  let width = text.length;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x2e80 && code <= 0xffef) width += 1;
  }
  return width;
}

/** The number format of a column with `decimals` decimals ("0.00"); none for whole numbers. */
function numberFormat(decimals: number | null): string | undefined {
  return decimals === null || decimals === 0 ? undefined : `0.${'0'.repeat(decimals)}`;
}

/** A cell: a plain value where no format is needed (text, whole numbers), else a styled one. */
function cellOf(cell: SheetCell, format: string | undefined): Cell {
  if (cell === null || typeof cell === 'string' || format === undefined) return cell;
  return { value: cell, type: Number, format };
}

function columnWidths(sheet: TableSheet): { width: number }[] {
  return sheet.headers.map((header, column) => {
    let width = textWidth(header);
    for (const row of sheet.rows) {
      const cell = row[column];
      if (cell === null || cell === undefined) continue;
      const decimals = sheet.decimals[column] ?? null;
      const text =
        typeof cell === 'number' && decimals !== null ? cell.toFixed(decimals) : String(cell);
      width = Math.max(width, textWidth(text));
    }
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)) };
  });
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'Sheet';
  let unique = base;
  for (let count = 2; taken.has(unique); count++) unique = `${base} ${count}`;
  taken.add(unique);
  return unique;
}

/**
 * The sheets as one workbook.
 *
 * @example
 * const blob = await sheetsXlsx([sheetOfTownTable, sheetOfProjectTable]);
 */
export async function sheetsXlsx(sheets: readonly TableSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const taken = new Set<string>();
  const workbook: Sheet<Blob>[] = sheets.map((sheet) => {
    const formats = sheet.decimals.map(numberFormat);
    return {
      sheet: sheetName(sheet.name, taken),
      data: [
        [{ value: sheet.title, type: String, fontWeight: 'bold' }],
        sheet.headers.map((header) => ({
          value: header,
          type: String,
          fontWeight: 'bold' as const,
        })),
        ...sheet.rows.map((row) => row.map((cell, column) => cellOf(cell, formats[column]))),
      ],
      columns: columnWidths(sheet),
      stickyRowsCount: 2,
    };
  });
  const blob = await writeXlsxFile(workbook).toBlob();
  return new Blob([blob], { type: XLSX_TYPE });
}
