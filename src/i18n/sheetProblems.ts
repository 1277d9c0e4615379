/**
 * The sentences that explain the progress-sheet reader's problems (进度表), in Simplified
 * Chinese and English, made from each problem's parameters. Typed against
 * `src/contract/sheetProblemCodes.ts`, so a code without its sentences fails to compile.
 */
import type { SheetProblemCode } from '../contract/sheetProblemCodes.ts';
import { formatChainage } from '../domain/chainage.ts';

/** A problem's parameters: the values its sentence names. */
export type SheetProblemParams = Record<string, string | number>;

/** Writes one problem's sentence from its parameters. */
export type SheetProblemSentence = (params: SheetProblemParams) => string;

/** A parameter as text; absent ones empty. */
function text(params: SheetProblemParams, key: string): string {
  const value = params[key];
  return value === undefined ? '' : String(value);
}

/** A distance in km as a chainage (`K12+300`) for the sentences. */
function chainage(params: SheetProblemParams, key: string): string {
  return formatChainage(Number(params[key] ?? 0));
}

/** Column keys as people read them. */
const COLUMN_NAMES: Record<string, { zh: string; en: string }> = {
  route: { zh: '路线编码', en: 'route' },
  from: { zh: '起点桩号', en: 'from' },
  to: { zh: '止点桩号', en: 'to' },
  status: { zh: '建设状态', en: 'status' },
  completed_km: { zh: '完成里程', en: 'completed km' },
  guard_required_km: { zh: '需防护里程', en: 'guard required km' },
  guard_km: { zh: '已防护里程', en: 'guarded km' },
  year: { zh: '年度', en: 'year' },
  investment_wan: { zh: '投资', en: 'investment' },
  work: { zh: '工程类别', en: 'work type' },
  updated: { zh: '填报日期', en: 'date' },
};

function column(params: SheetProblemParams, locale: 'zh' | 'en'): string {
  const key = text(params, 'column');
  return COLUMN_NAMES[key]?.[locale] ?? key;
}

/** Every progress-sheet problem's sentence in both languages. */
export const SHEET_PROBLEM_SENTENCES: Record<
  SheetProblemCode,
  { zh: SheetProblemSentence; en: SheetProblemSentence }
> = {
  'sheet-file-empty': {
    zh: (p) => `文件 ${text(p, 'fileName')} 是空的（0 字节）。`,
    en: (p) => `The file ${text(p, 'fileName')} is empty (0 bytes).`,
  },
  'sheet-format-unknown': {
    zh: (p) => `无法识别 ${text(p, 'fileName')} 的格式：进度表支持 .xlsx 和 .csv。`,
    en: (p) =>
      `The format of ${text(p, 'fileName')} is not recognised: progress sheets are read from .xlsx and .csv.`,
  },
  'sheet-xls-unsupported': {
    zh: (p) =>
      `${text(p, 'fileName')} 是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再载入。`,
    en: (p) =>
      `${text(p, 'fileName')} is an old .xls workbook; save it as .xlsx or .csv in Excel and load that.`,
  },
  'sheet-xlsx-unreadable': {
    zh: (p) => `${text(p, 'fileName')} 已损坏或不是有效的 .xlsx 工作簿，未载入。`,
    en: (p) =>
      `${text(p, 'fileName')} is damaged or not a valid .xlsx workbook; nothing was loaded.`,
  },
  'sheet-no-header': {
    zh: (p) =>
      `在工作表（${text(p, 'sheets')}）中找不到可识别的表头。查找的列名：${text(p, 'expected')}。`,
    en: (p) =>
      `No sheet (${text(p, 'sheets')}) has a recognisable header. The headers looked for: ${text(p, 'expected')}.`,
  },
  'sheet-columns-missing': {
    zh: (p) => `工作表 ${text(p, 'sheet')} 的表头缺少必需的列：${text(p, 'missing')}。`,
    en: (p) =>
      `The header of sheet ${text(p, 'sheet')} lacks the columns every row needs: ${text(p, 'missing')}.`,
  },
  'sheet-no-rows': {
    zh: (p) => `工作表 ${text(p, 'sheet')} 的表头下没有可用的数据行。`,
    en: (p) => `Sheet ${text(p, 'sheet')} has no usable row below its header.`,
  },
  'row-route-missing': {
    zh: () => '没有路线编码，无法确定是哪条路线，本行未读入。',
    en: () => 'The row has no route code, so it names no route; it was left out.',
  },
  'row-chainage-missing': {
    zh: (p) => `${column(p, 'zh')}为空，本行未读入。`,
    en: (p) => `The ${column(p, 'en')} chainage is empty; the row was left out.`,
  },
  'row-chainage-unreadable': {
    zh: (p) =>
      `${column(p, 'zh')}“${text(p, 'value')}”无法识别（应写作 K12+300 或公里数 12.3），本行未读入。`,
    en: (p) =>
      `The ${column(p, 'en')} chainage "${text(p, 'value')}" cannot be read (write K12+300, or km as 12.3); the row was left out.`,
  },
  'row-from-after-to': {
    zh: (p) =>
      `起点桩号 ${chainage(p, 'fromKm')} 在止点桩号 ${chainage(p, 'toKm')} 之后，本行未读入。`,
    en: (p) =>
      `The start chainage ${chainage(p, 'fromKm')} lies after the end chainage ${chainage(p, 'toKm')}; the row was left out.`,
  },
  'row-status-unknown': {
    zh: (p) =>
      `建设状态“${text(p, 'value')}”无法识别（可用：规划、储备、前期、在建、完工、通车），本行未读入。`,
    en: (p) =>
      `The status "${text(p, 'value')}" is not known (use 规划, 储备, 前期, 在建, 完工, 通车 or planned, preliminary, construction, completed, open); the row was left out.`,
  },
  'row-number-unreadable': {
    zh: (p) => `${column(p, 'zh')}“${text(p, 'value')}”不是数字，已忽略该值。`,
    en: (p) =>
      `The ${column(p, 'en')} "${text(p, 'value')}" is not a number; the value was ignored.`,
  },
  'row-year-unreadable': {
    zh: (p) => `年度“${text(p, 'value')}”不是年份，已忽略该值。`,
    en: (p) => `The year "${text(p, 'value')}" is not a year; the value was ignored.`,
  },
  'row-date-unreadable': {
    zh: (p) =>
      `填报日期“${text(p, 'value')}”无法识别（可写作 2023-03-31、2023/3/31 或 2023年3月31日），已忽略该值。`,
    en: (p) =>
      `The date "${text(p, 'value')}" cannot be read (write 2023-03-31, 2023/3/31 or 2023年3月31日); the value was ignored.`,
  },
  'row-work-unknown': {
    zh: (p) =>
      `工程类别“${text(p, 'value')}”无法识别（可用：道路、安防、桥梁、设施），已忽略该值。`,
    en: (p) =>
      `The work type "${text(p, 'value')}" is not known (use road, guard, bridge, facility or 道路, 安防, 桥梁, 设施); the value was ignored.`,
  },
};
