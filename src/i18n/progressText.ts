/**
 * The words of the progress sheet files the app writes (the template 进度填报模板.xlsx and the
 * export of the joined progress), in both languages. Only the writers' chunk imports this file.
 */
import type { Locale } from './strings.ts';

export interface ProgressFileText {
  templateFileName: string;
  templateSheetName: string;
  /** The template's title row: what a row is and how to fill it in. */
  templateTitle: string;
  /** The template's example row: a project, its towns and a note saying it is an example. */
  exampleProject: string;
  exampleTowns: string[];
  exampleNote: string;
  exportFileName: (dataset: string) => string;
  exportSheetName: string;
  /** The export's title row: dataset and as-of date (null: the latest). */
  exportTitle: (words: { dataset: string; asOf: string | null }) => string;
}

export const PROGRESS_FILE_TEXT: Record<Locale, ProgressFileText> = {
  zh: {
    templateFileName: '进度填报模板.xlsx',
    templateSheetName: '进度填报',
    templateTitle:
      '进度填报模板：每行一段路（路线编码 + 起止桩号，如 K391+400），每月填报一次；建设状态从下拉列表选择；完成里程从起点桩号起算。',
    exampleProject: 'G247永明至花园公路工程',
    exampleTowns: ['永明镇'],
    exampleNote: '示例行，填报时请删除',
    exportFileName: (dataset) => `${dataset || '路网'}-进度.xlsx`,
    exportSheetName: '进度',
    exportTitle: ({ dataset, asOf }) =>
      `${dataset}：各段进度${asOf === null ? '（最新）' : `（截至 ${asOf}）`}，每行一段，可再次载入`,
  },
  en: {
    templateFileName: 'progress-template.xlsx',
    templateSheetName: 'Progress',
    templateTitle:
      'Progress sheet template: one row per stretch of road (route code + from and to chainage, e.g. K391+400), one report a month; pick the status from the drop-down list; completed km count from the start chainage.',
    exampleProject: 'G247 Yongming–Huayuan road',
    exampleTowns: ['Yongming'],
    exampleNote: 'Example row: delete it when you fill in the sheet',
    exportFileName: (dataset) => `${dataset || 'network'}-progress.xlsx`,
    exportSheetName: 'Progress',
    exportTitle: ({ dataset, asOf }) =>
      `${dataset}: progress by stretch${asOf === null ? ' (latest)' : ` as of ${asOf}`}, one row per stretch, can be loaded again`,
  },
};
