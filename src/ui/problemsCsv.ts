/**
 * The problems of an opening as CSV, for a spreadsheet: one row per problem, with a BOM so
 * Excel reads the Chinese text as UTF-8.
 */
import type { ReportedProblem } from '../state/datasetLoader.svelte.ts';

const COLUMNS = ['severity', 'feature_index', 'feature_id', 'property', 'code', 'message'];

/** A CSV cell: quoted where it holds a comma, a quote or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * @example
 * problemsCsv([{ severity: 'error', code: 'duplicate-id', featureIndex: 3, … }]);
 * // '\uFEFFseverity,feature_index,…\r\nerror,3,…'
 */
export function problemsCsv(problems: readonly ReportedProblem[]): string {
  const rows = problems.map((problem) =>
    [
      problem.severity,
      problem.featureIndex,
      problem.featureId,
      problem.property,
      problem.code,
      problem.message,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
