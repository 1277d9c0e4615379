/**
 * What `roadboard.loadProgress` resolves to: the sheet's rows, how many lie on the network, the
 * rows that do not with the reason in words, and the warnings. Loaded on demand.
 */
import type { SheetReport } from '../contract/progressReport.ts';
import { sheetIssueText, unmatchedReason } from '../i18n/progressJoinText.ts';
import type { Locale } from '../i18n/strings.ts';
import type { LoadReport } from './loadReport.ts';

export interface ProgressResult {
  /** True when rows of the sheet lie on the network and the map shows them. */
  ok: boolean;
  rows: number;
  matched: number;
  unmatched: { row: number; route: string; code: string; reason: string }[];
  /** Problems of the file or sheet, and values left out of rows kept, in words. */
  warnings: string[];
  /** How long joining the sheets took in the data worker, ms (NaN where none was joined). */
  joinMs: number;
}

/** The answer for a sheet joined (or refused). */
export function progressResult(
  report: LoadReport | null,
  sheet: SheetReport | null,
  locale: Locale,
  joinMs = Number.NaN,
): ProgressResult {
  if (!sheet) {
    return {
      ok: false,
      rows: 0,
      matched: 0,
      unmatched: [],
      warnings: report && !report.ok ? report.errors.map((error) => error.message) : [],
      joinMs,
    };
  }
  return {
    ok: Boolean(report?.ok) && sheet.matched > 0,
    rows: sheet.rows,
    matched: sheet.matched,
    unmatched: sheet.unmatched.map((row) => ({
      row: row.row,
      route: row.route,
      code: row.code,
      reason: unmatchedReason(row, locale),
    })),
    warnings: [...sheet.errors, ...sheet.warnings].map((issue) => sheetIssueText(issue, locale)),
    joinMs,
  };
}
