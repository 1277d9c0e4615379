/**
 * The progress panel's words and the sentences that say why a row of a progress sheet lies on
 * no road, in Simplified Chinese and English. Loaded with the panel and the API's answer, not
 * in the first load.
 */
import type { UnmatchedProgressRow, SheetIssue } from '../contract/progressReport.ts';
import type { SheetProblemCode } from '../contract/sheetProblemCodes.ts';
import { SHEET_PROBLEM_CODES } from '../contract/sheetProblemCodes.ts';
import { formatChainage } from '../domain/chainage.ts';
import { SHEET_PROBLEM_SENTENCES } from './sheetProblems.ts';
import type { Locale } from './strings.ts';

type Params = Record<string, string | number>;

function km(params: Params, key: string): string {
  return formatChainage(Number(params[key] ?? 0));
}

const JOIN_SENTENCES: Record<string, Record<Locale, (route: string, params: Params) => string>> = {
  'unknown-route': {
    zh: (route) => `路网中没有路线 ${route}。`,
    en: (route) => `The network has no route ${route}.`,
  },
  'from-after-to': {
    zh: (_route, p) => `起点桩号 ${km(p, 'fromKm')} 在止点桩号 ${km(p, 'toKm')} 之后。`,
    en: (_route, p) => `The start chainage ${km(p, 'fromKm')} lies after the end ${km(p, 'toKm')}.`,
  },
  'empty-range': {
    zh: (_route, p) => `起止桩号相同（${km(p, 'fromKm')}），不是一段路。`,
    en: (_route, p) => `The start and end chainage are the same (${km(p, 'fromKm')}): no stretch.`,
  },
  'outside-route': {
    zh: (route, p) =>
      `${km(p, 'fromKm')}–${km(p, 'toKm')} 超出路线 ${route} 的桩号范围 ${km(p, 'routeFromKm')}–${km(p, 'routeToKm')}。`,
    en: (route, p) =>
      `${km(p, 'fromKm')}–${km(p, 'toKm')} lies outside route ${route}'s chainage ${km(p, 'routeFromKm')}–${km(p, 'routeToKm')}.`,
  },
  'no-segment': {
    zh: (route, p) =>
      `${km(p, 'fromKm')}–${km(p, 'toKm')} 落在路线 ${route} 的断链（短链）处，没有路段。`,
    en: (route, p) =>
      `${km(p, 'fromKm')}–${km(p, 'toKm')} falls in a chainage gap (短链) of route ${route}: no segment there.`,
  },
};

function isSheetCode(code: string): code is SheetProblemCode {
  return (SHEET_PROBLEM_CODES as readonly string[]).includes(code);
}

/** Why a row lies on no road, as a sentence. */
export function unmatchedReason(row: UnmatchedProgressRow, locale: Locale): string {
  if (isSheetCode(row.code)) return SHEET_PROBLEM_SENTENCES[row.code][locale](row.params);
  return JOIN_SENTENCES[row.code]?.[locale](row.route, row.params) ?? row.code;
}

/** A problem of a sheet (or a value left out of a row), as a sentence. */
export function sheetIssueText(issue: SheetIssue, locale: Locale): string {
  const sentence = isSheetCode(issue.code)
    ? SHEET_PROBLEM_SENTENCES[issue.code][locale](issue.params)
    : issue.code;
  if (issue.row === null) return sentence;
  return locale === 'zh' ? `第 ${issue.row} 行：${sentence}` : `Row ${issue.row}: ${sentence}`;
}

/** The progress panel's words. */
export const PROGRESS_PANEL_TEXT = {
  zh: {
    title: '进度表',
    load: '载入进度表…',
    loadHint: '.xlsx 或 .csv：路线编码、起止桩号、建设状态、完成里程、填报日期……',
    sample: '载入示例县 2023 年进度',
    template: '下载填报模板',
    exportJoined: '导出进度（.xlsx）',
    clear: '移除进度表',
    loading: '正在连接进度表…',
    rows: (rows: number, matched: number) => `${rows} 行，${matched} 行落在路网上`,
    unmatchedTitle: (count: number) => `未匹配的行（${count}）`,
    unmatchedCsv: '下载未匹配行（CSV）',
    row: '行',
    route: '路线',
    reason: '原因',
    refused: '这个表中没有一行落在路网上，地图未改变。',
    asOf: '截至',
    latest: '最新',
    joinTime: (ms: number) => `连接用时 ${Math.round(ms)} 毫秒`,
    source: '来源',
    chainageRange: '桩号范围',
    synthetic: '示例数据，虚构',
  },
  en: {
    title: 'Progress sheets',
    load: 'Load a progress sheet…',
    loadHint: '.xlsx or .csv: route, from and to chainage, status, completed km, date…',
    sample: "Load the sample county's 2023 progress",
    template: 'Download the template',
    exportJoined: 'Export progress (.xlsx)',
    clear: 'Remove the progress sheets',
    loading: 'Joining the progress sheet…',
    rows: (rows: number, matched: number) => `${rows} rows, ${matched} on the network`,
    unmatchedTitle: (count: number) => `Rows not matched (${count})`,
    unmatchedCsv: 'Download the rows not matched (CSV)',
    row: 'Row',
    route: 'Route',
    reason: 'Reason',
    refused: 'No row of this sheet lies on the network; the map is unchanged.',
    asOf: 'As of',
    latest: 'latest',
    joinTime: (ms: number) => `joined in ${Math.round(ms)} ms`,
    source: 'Source',
    chainageRange: 'Chainage',
    synthetic: 'sample data, synthetic',
  },
} as const;
