/**
 * The progress sheet files the app offers for download: the template (进度填报模板.xlsx) and the
 * joined progress as a workbook, one row per stretch. Loaded on demand (`await import(…)`) with
 * the XLSX writer: neither is in the first load.
 */
import { stretchRows, type StretchPiece } from '../data/sheets/stretchRows.ts';
import { writeProgressSheet } from '../data/sheets/writeProgressSheet.ts';
import { PROGRESS_FILE_TEXT } from '../i18n/progressText.ts';
import type { Locale } from '../i18n/strings.ts';

/**
 * The template: title, header, one example row (a G247 stretch of the sample county, marked as
 * an example), a drop-down of the status words on the status column.
 *
 * @example
 * const blob = await progressTemplate('zh'); // save as PROGRESS_FILE_TEXT.zh.templateFileName
 */
export function progressTemplate(locale: Locale): Promise<Blob> {
  const text = PROGRESS_FILE_TEXT[locale];
  return writeProgressSheet({
    language: locale,
    sheetName: text.templateSheetName,
    title: text.templateTitle,
    rows: [
      {
        route: 'G247',
        fromKm: 391.4,
        toKm: 393,
        project: text.exampleProject,
        status: 'construction',
        completedKm: 0.8,
        year: 2023,
        towns: text.exampleTowns,
        work: 'road',
        updated: '2023-06-30',
        note: text.exampleNote,
      },
    ],
  });
}

/**
 * The joined progress: one row per stretch a sheet reported on, in the template's columns, so
 * that loading the file again gives the same figures.
 *
 * @example
 * const blob = await progressWorkbook(dataset.segments, 'zh', { dataset: '示例县', asOf: null });
 */
export function progressWorkbook(
  pieces: readonly StretchPiece[],
  locale: Locale,
  about: { dataset: string; asOf: string | null } = { dataset: '', asOf: null },
): Promise<Blob> {
  const text = PROGRESS_FILE_TEXT[locale];
  return writeProgressSheet({
    language: locale,
    sheetName: text.exportSheetName,
    title: text.exportTitle(about),
    rows: stretchRows(pieces),
  });
}
