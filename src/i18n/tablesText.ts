/**
 * The words of the Tables view (分组统计), its files and its charts, in both languages. Only the
 * view's chunk and the table export import this file.
 */
import type { GroupField } from '../domain/groupTable.ts';
import type { Locale } from './strings.ts';

/** The figure columns of a grouped table, in their order. */
export const TABLE_COLUMNS = [
  'segments',
  'lengthKm',
  'projectKm',
  'completedKm',
  'completionRatio',
  'guardRequiredKm',
  'guardKm',
  'guardRatio',
  'investmentWan',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TablesText {
  title: string;
  groupBy: string;
  thenBy: string;
  noSecondLevel: string;
  fields: Record<GroupField, string>;
  /** The row name of segments with no value of the field. */
  noValue: Record<GroupField, string>;
  columns: Record<TableColumn, string>;
  /** Short column names for the view's header (the full name is its title). */
  columnsShort: Record<TableColumn, string>;
  total: string;
  townsOverlap: string;
  townsSplit: string;
  loadBoundaries: string;
  loadBoundariesHint: string;
  boundariesLoaded: (count: number) => string;
  boundariesNone: string;
  rowHint: string;
  downloadXlsx: string;
  downloadCsv: string;
  downloadEvery: string;
  downloadEveryHint: string;
  /** The title line of a file: dataset, filter and as-of date. */
  fileTitle: (words: { dataset: string; filter: string; asOf: string }) => string;
  noFilter: string;
  allRecords: string;
  hiddenEntries: (names: string) => string;
  sortBy: (column: string) => string;
  chartCompleted: string;
  chartGuard: string;
  completedSeries: string;
  plannedSeries: string;
  guardDoneSeries: string;
  guardRequiredSeries: string;
  /** A chart's accessible name. */
  chartLabel: (chart: string, count: number, field: string) => string;
  /** One bar pair's accessible text. */
  barLabel: (name: string, done: string, planned: string, series: [string, string]) => string;
  chartEmpty: string;
  rows: (count: number) => string;
  moreRows: (shown: number, total: number) => string;
  close: string;
}

const ZH: TablesText = {
  title: '分组统计',
  groupBy: '分组',
  thenBy: '再按',
  noSecondLevel: '（不再分）',
  fields: {
    town: '乡镇',
    project: '项目',
    class: '行政等级',
    status: '建设状态',
    year: '年度',
    route: '路线',
  },
  noValue: {
    town: '未注明乡镇',
    project: '不在项目中',
    class: '—',
    status: '—',
    year: '未注明年度',
    route: '无路线编号',
  },
  columns: {
    segments: '路段数',
    lengthKm: '里程（km）',
    projectKm: '项目里程（km）',
    completedKm: '已建成（km）',
    completionRatio: '完成率（%）',
    guardRequiredKm: '需防护（km）',
    guardKm: '已防护（km）',
    guardRatio: '防护率（%）',
    investmentWan: '投资（万元）',
  },
  columnsShort: {
    segments: '路段',
    lengthKm: '里程',
    projectKm: '项目里程',
    completedKm: '已建成',
    completionRatio: '完成率',
    guardRequiredKm: '需防护',
    guardKm: '已防护',
    guardRatio: '防护率',
    investmentWan: '投资(万元)',
  },
  total: '合计',
  townsOverlap:
    '未加载乡镇界：跨乡镇的路段计入其途经的每个乡镇，各乡镇之和大于合计；合计中每个路段只计一次。',
  townsSplit: '路段已按乡镇界切分：各乡镇里程之和等于合计；跨界路段在所跨的每个乡镇各计一段。',
  loadBoundaries: '加载乡镇界…',
  loadBoundariesHint: '乡镇界：GeoJSON 或 Shapefile（.zip）面要素，带乡镇名称字段',
  boundariesLoaded: (count) => `已按 ${count} 个乡镇的界线切分路段`,
  boundariesNone: '该文件中没有带名称字段的面要素，路段未切分',
  rowHint: '点击一行，地图筛选到该行',
  downloadXlsx: '下载 XLSX',
  downloadCsv: '下载 CSV',
  downloadEvery: 'XLSX（全部分组）',
  downloadEveryHint: '一个工作簿，每种分组一张工作表',
  fileTitle: ({ dataset, filter, asOf }) => `${dataset} · 筛选：${filter} · 截至：${asOf}`,
  noFilter: '无',
  allRecords: '全部记录',
  hiddenEntries: (names) => `图例隐藏：${names}`,
  sortBy: (column) => `按${column}排序`,
  chartCompleted: '已建成与计划里程（km）',
  chartGuard: '已防护与需防护里程（km）',
  completedSeries: '已建成',
  plannedSeries: '计划',
  guardDoneSeries: '已防护',
  guardRequiredSeries: '需防护',
  chartLabel: (chart, count, field) => `${chart}，前 ${count} 个${field}`,
  barLabel: (name, done, planned, [doneName, plannedName]) =>
    `${name}：${doneName} ${done} km，${plannedName} ${planned} km`,
  chartEmpty: '没有可画的数据',
  rows: (count) => `${count} 行`,
  moreRows: (shown, total) => `显示更多（已显示 ${shown} 行，共 ${total} 行；下载文件含全部行）`,
  close: '关闭',
};

const EN: TablesText = {
  title: 'Tables',
  groupBy: 'Group by',
  thenBy: 'then by',
  noSecondLevel: '(nothing)',
  fields: {
    town: 'Town',
    project: 'Project',
    class: 'Class',
    status: 'Status',
    year: 'Year',
    route: 'Route',
  },
  noValue: {
    town: 'No town given',
    project: 'Not in a project',
    class: '—',
    status: '—',
    year: 'No year given',
    route: 'No route code',
  },
  columns: {
    segments: 'Segments',
    lengthKm: 'Length (km)',
    projectKm: 'Km in projects',
    completedKm: 'Completed (km)',
    completionRatio: '% complete',
    guardRequiredKm: 'Guard required (km)',
    guardKm: 'Guard done (km)',
    guardRatio: '% guarded',
    investmentWan: 'Investment (10k CNY)',
  },
  columnsShort: {
    segments: 'Segs',
    lengthKm: 'Km',
    projectKm: 'In projects',
    completedKm: 'Completed',
    completionRatio: '% done',
    guardRequiredKm: 'Guard req.',
    guardKm: 'Guarded',
    guardRatio: '% guarded',
    investmentWan: 'Invest. (万元)',
  },
  total: 'Total',
  townsOverlap:
    'No town boundaries loaded: a road counts in each town it serves, so the towns add up to more than the total, which counts each segment once.',
  townsSplit:
    'Roads are split at the town boundaries: the towns’ km add up to the total; a segment crossing a boundary counts in each town it crosses.',
  loadBoundaries: 'Town boundaries…',
  loadBoundariesHint:
    'Town boundaries: GeoJSON or Shapefile (.zip) polygons with a town name field',
  boundariesLoaded: (count) => `Roads split at the boundaries of ${count} towns`,
  boundariesNone: 'No polygons with a name field in that file: roads are not split',
  rowHint: 'click a row to filter the map to it',
  downloadXlsx: 'Download XLSX',
  downloadCsv: 'Download CSV',
  downloadEvery: 'XLSX (every grouping)',
  downloadEveryHint: 'One workbook, a sheet for each grouping',
  fileTitle: ({ dataset, filter, asOf }) => `${dataset} · Filter: ${filter} · As of: ${asOf}`,
  noFilter: 'none',
  allRecords: 'all records',
  hiddenEntries: (names) => `hidden in the legend: ${names}`,
  sortBy: (column) => `Sort by ${column}`,
  chartCompleted: 'Completed against planned km',
  chartGuard: 'Guard done against required km',
  completedSeries: 'completed',
  plannedSeries: 'planned',
  guardDoneSeries: 'guard done',
  guardRequiredSeries: 'required',
  chartLabel: (chart, count, field) => `${chart}, first ${count} by ${field.toLowerCase()}`,
  barLabel: (name, done, planned, [doneName, plannedName]) =>
    `${name}: ${doneName} ${done} km, ${plannedName} ${planned} km`,
  chartEmpty: 'Nothing to draw',
  rows: (count) => (count === 1 ? '1 row' : `${count} rows`),
  moreRows: (shown, total) =>
    `Show more (${shown} of ${total} rows shown; the downloads hold every row)`,
  close: 'Close',
};

/** The Tables view's words in `locale`. */
export function tablesText(locale: Locale): TablesText {
  return locale === 'zh' ? ZH : EN;
}
