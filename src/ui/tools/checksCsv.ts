/**
 * The data checks as CSV for a spreadsheet: UTF-8 with a byte-order mark and CRLF line ends,
 * so Excel on Windows shows the Chinese; one row per problem, headers in the UI's language.
 */
import type { DataCheck } from '../../domain/dataChecks.ts';
import { checkDetail, checkKindName, TOOLS_STRINGS } from '../../i18n/toolsText.ts';
import type { Locale } from '../../i18n/strings.ts';

/**
 * A CSV cell: quoted where it holds a comma, quote or line break; text that a spreadsheet would
 * take for a formula gets a leading apostrophe.
 */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * @example
 * checksCsv(checks, 'en');
 * // '\uFEFFcode,Problem,id,route,Segment,Detail\r\nlength-mismatch,Length mismatch,X085-02,X085,12,declared …\r\n'
 */
export function checksCsv(checks: readonly DataCheck[], locale: Locale): string {
  const strings = TOOLS_STRINGS[locale];
  const header = ['code', strings.kind, 'id', 'route', strings.feature, strings.detail];
  const rows = checks.map((check) =>
    [
      check.kind,
      checkKindName(locale, check.kind),
      check.id,
      check.route,
      check.segmentIndex ?? strings.skipped,
      checkDetail(locale, check),
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.map(cell).join(','), ...rows].join('\r\n')}\r\n`;
}
