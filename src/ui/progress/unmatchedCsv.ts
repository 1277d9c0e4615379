/**
 * The rows of progress sheets that lie on no road, as CSV for a spreadsheet (UTF-8 with a BOM
 * and CRLF, so Excel shows the Chinese): file, sheet, row, route and the reason in words.
 */
import type { SheetReport } from '../../contract/progressReport.ts';
import { unmatchedReason } from '../../i18n/progressJoinText.ts';
import type { Locale } from '../../i18n/strings.ts';
import { csvCell } from '../problemsCsv.ts';

const HEADERS: Record<Locale, string[]> = {
  zh: ['文件', '工作表', '行', '路线编码', '原因'],
  en: ['file', 'sheet', 'row', 'route', 'reason'],
};

/**
 * @example
 * unmatchedCsv(dataset.progress.sheets, 'zh'); // '\uFEFF文件,工作表,行,路线编码,原因\r\n进度.xlsx,Sheet1,7,Z999,路网中没有路线 Z999。\r\n'
 */
export function unmatchedCsv(sheets: readonly SheetReport[], locale: Locale): string {
  const lines = [HEADERS[locale].join(',')];
  for (const sheet of sheets) {
    for (const row of sheet.unmatched) {
      lines.push(
        [sheet.file, sheet.sheet ?? '', row.row, row.route, unmatchedReason(row, locale)]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
