/**
 * Every string the user reads, in Simplified Chinese and English. The English table is typed
 * against the Chinese one, so a string missing in either language fails to compile.
 */
import type { BuildStatus, PointKind, RoadClass } from '../data/contract.ts';
import type { ColorMode, CompletionBucket, GuardBucket } from '../domain/types.ts';
import type { Datum, OpenStage } from '../data/datasetSource.ts';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const zh = {
  appTitle: '路网建设一张图',
  appSubtitle: '县域公路建设状态',
  sampleNotice: '示例数据，几何为虚构',
  loading: '正在加载路网…',
  loadFailed: '数据加载失败',
  colorBy: '着色方式',
  legend: '图例',
  filters: '筛选',
  statistics: '统计',
  segmentDetails: '路段详情',
  search: '搜索',
  searchPlaceholder: '路线编码或名称，如 G247',
  searchNoMatch: '没有匹配的路段',
  searchMatches: '个匹配',
  language: '语言',
  clearFilters: '清除筛选',
  all: '全部',
  close: '关闭',
  showPanels: '面板',
  onlineBasemap: '在线底图（需联网）',
  legendHint: '点击条目可隐藏或显示',
  hidden: '已隐藏',
  segmentsUnit: '段',
  km: '公里',
  kmShort: 'km',
  total: '合计',
  none: '—',
  filterClass: '行政等级',
  filterStatus: '建设状态',
  filterTown: '乡镇',
  filterProject: '项目',
  filterYear: '年度',
  statSegments: '路段数',
  statNetworkKm: '路网里程',
  statProjectKm: '项目里程',
  statCompletedKm: '已完成里程',
  statPercentComplete: '项目完成率',
  statGuardCoverage: '防护覆盖率',
  statGuardKm: '已防护 / 需防护',
  statTowns: '涉及乡镇',
  statByClassStatus: '各等级、各状态里程（公里）',
  statClass: '等级',
  detailsDeclaredKm: '申报长度',
  detailsMeasuredKm: '实测长度（椭球）',
  detailsCompletion: '完成进度',
  detailsGuard: '安全防护覆盖',
  detailsChainage: '桩号范围',
  detailsNotRequired: '无需防护',
  detailsNotAssessed: '未评估',
  detailsProperties: '全部属性',
  noSelection: '点击地图上的路段查看详情',
  openData: '打开数据',
  openDataHint: '或把 GeoJSON 文件拖到地图上',
  coordinateSource: '坐标来源',
  centralMeridian: '中央子午线（°E，无带号高斯投影时填写）',
  dropHere: '松开鼠标即可打开文件',
  cancel: '取消',
  loadedSummary: '已加载 {loaded} 个路段，跳过 {skipped} 个',
  warningsCount: '{count} 条提示',
  loadFailedTitle: '无法打开此文件',
  keptPrevious: '地图上的数据保持不变。',
  downloadProblems: '下载问题清单（CSV）',
  assumedCoordinateSystem: '坐标系：{name}',
  backToSample: '返回示例县',
  downloadData: '下载当前数据（GeoJSON）',
  yourData: '您打开的数据',
  moreProblems: '另有 {count} 条，见 CSV',
  progressStages: {
    reading: '读取中',
    parsing: '解析中',
    converting: '坐标转换中',
    validating: '校验中',
    measuring: '量算中',
  } satisfies Record<OpenStage, string>,
  datums: {
    wgs84: 'WGS 84 / CGCS2000（GPS、天地图）',
    gcj02: '高德、腾讯地图（GCJ-02）',
    bd09: '百度地图（BD-09）',
  } satisfies Record<Datum, string>,
  modes: {
    status: '建设状态',
    completion: '完成进度',
    guard: '安全防护覆盖',
  } satisfies Record<ColorMode, string>,
  classes: {
    expressway: '高速公路',
    national: '国道',
    provincial: '省道',
    county: '县道',
    township: '乡道',
    village: '村道',
    other: '专用公路/其他',
  } satisfies Record<RoadClass, string>,
  statuses: {
    existing: '既有',
    planned: '规划/储备',
    preliminary: '前期',
    construction: '在建',
    completed: '完工',
    open: '通车',
  } satisfies Record<BuildStatus, string>,
  completionBuckets: {
    none: '未完成 0%',
    started: '1–49%',
    half: '50–79%',
    most: '80–99%',
    done: '已完成 100%',
    'not-in-project': '既有路网（不在项目中）',
  } satisfies Record<CompletionBucket, string>,
  guardBuckets: {
    none: '未防护 0%',
    low: '低于 50%',
    partial: '50–89%',
    most: '90–99%',
    full: '全覆盖 100%',
    'not-required': '无需防护',
    'not-assessed': '未评估',
  } satisfies Record<GuardBucket, string>,
  pointKinds: {
    bridge: '桥梁',
    station: '运输服务站',
    mooring: '集中停泊区',
    other: '其他',
  } satisfies Record<PointKind, string>,
  properties: {
    id: '编号',
    route: '路线编码',
    name: '名称',
    class: '行政等级',
    status: '建设状态',
    project: '项目',
    towns: '乡镇',
    year: '年度',
    length_km: '申报长度（公里）',
    completed_km: '完成长度（公里）',
    guard_required_km: '需防护长度（公里）',
    guard_km: '已防护长度（公里）',
    investment_wan: '投资（万元）',
    start_chainage: '起点桩号',
    updated: '更新日期',
    note: '备注',
  } as Record<string, string>,
};

export type Strings = typeof zh;

const en: Strings = {
  appTitle: 'Roadboard',
  appSubtitle: 'County road network build status',
  sampleNotice: 'Sample data, synthetic geometry',
  loading: 'Loading the road network…',
  loadFailed: 'The data could not be loaded',
  colorBy: 'Color by',
  legend: 'Legend',
  filters: 'Filters',
  statistics: 'Statistics',
  segmentDetails: 'Segment details',
  search: 'Search',
  searchPlaceholder: 'Route code or name, e.g. G247',
  searchNoMatch: 'No segment matches',
  searchMatches: 'matches',
  language: 'Language',
  clearFilters: 'Clear filters',
  all: 'All',
  close: 'Close',
  showPanels: 'Panels',
  onlineBasemap: 'Online basemap (needs internet)',
  legendHint: 'Click an entry to hide or show it',
  hidden: 'hidden',
  segmentsUnit: 'segments',
  km: 'km',
  kmShort: 'km',
  total: 'Total',
  none: '—',
  filterClass: 'Road class',
  filterStatus: 'Build status',
  filterTown: 'Town',
  filterProject: 'Project',
  filterYear: 'Year',
  statSegments: 'Segments',
  statNetworkKm: 'Network length',
  statProjectKm: 'Length in projects',
  statCompletedKm: 'Completed',
  statPercentComplete: 'Projects complete',
  statGuardCoverage: 'Safety guard coverage',
  statGuardKm: 'Guarded / needing guard',
  statTowns: 'Towns served',
  statByClassStatus: 'Kilometres by class and status',
  statClass: 'Class',
  detailsDeclaredKm: 'Declared length',
  detailsMeasuredKm: 'Measured length (ellipsoidal)',
  detailsCompletion: 'Completion',
  detailsGuard: 'Safety guard coverage',
  detailsChainage: 'Chainage',
  detailsNotRequired: 'Not required',
  detailsNotAssessed: 'Not assessed',
  detailsProperties: 'All properties',
  noSelection: 'Click a road on the map to see its details',
  openData: 'Open data',
  openDataHint: 'or drop a GeoJSON file on the map',
  coordinateSource: 'Coordinates from',
  centralMeridian: 'Central meridian (°E, for Gauss–Krüger without zone)',
  dropHere: 'Drop the file to open it',
  cancel: 'Cancel',
  loadedSummary: '{loaded} segments loaded, {skipped} skipped',
  warningsCount: '{count} warnings',
  loadFailedTitle: 'This file could not be opened',
  keptPrevious: 'The data on the map is unchanged.',
  downloadProblems: 'Download problems (CSV)',
  assumedCoordinateSystem: 'Coordinate system: {name}',
  backToSample: 'Back to the sample county',
  downloadData: 'Download current data (GeoJSON)',
  yourData: 'Your data',
  moreProblems: '{count} more in the CSV',
  progressStages: {
    reading: 'Reading',
    parsing: 'Parsing',
    converting: 'Converting coordinates',
    validating: 'Validating',
    measuring: 'Measuring',
  },
  datums: {
    wgs84: 'WGS 84 / CGCS2000 (GPS, Tianditu)',
    gcj02: 'AMap / Tencent (GCJ-02)',
    bd09: 'Baidu (BD-09)',
  },
  modes: { status: 'Build status', completion: 'Completion', guard: 'Safety guard coverage' },
  classes: {
    expressway: 'Expressway',
    national: 'National highway',
    provincial: 'Provincial highway',
    county: 'County road',
    township: 'Township road',
    village: 'Village road',
    other: 'Other / special',
  },
  statuses: {
    existing: 'Existing',
    planned: 'Planned',
    preliminary: 'Preliminary',
    construction: 'Under construction',
    completed: 'Completed',
    open: 'Open to traffic',
  },
  completionBuckets: {
    none: 'Not started 0%',
    started: '1–49%',
    half: '50–79%',
    most: '80–99%',
    done: 'Complete 100%',
    'not-in-project': 'Existing, not in a project',
  },
  guardBuckets: {
    none: 'Unguarded 0%',
    low: 'Under 50%',
    partial: '50–89%',
    most: '90–99%',
    full: 'Fully guarded 100%',
    'not-required': 'Not required',
    'not-assessed': 'Not assessed',
  },
  pointKinds: {
    bridge: 'Bridge',
    station: 'Transport service station',
    mooring: 'Mooring area',
    other: 'Other',
  },
  properties: {
    id: 'ID',
    route: 'Route code',
    name: 'Name',
    class: 'Road class',
    status: 'Build status',
    project: 'Project',
    towns: 'Towns',
    year: 'Year',
    length_km: 'Declared length (km)',
    completed_km: 'Completed length (km)',
    guard_required_km: 'Length needing guard (km)',
    guard_km: 'Length guarded (km)',
    investment_wan: 'Investment (10k CNY)',
    start_chainage: 'Start chainage',
    updated: 'Updated',
    note: 'Note',
  },
};

/** The string table of each locale. */
export const STRINGS: Record<Locale, Strings> = { zh, en };

/**
 * The locale asked for by `?lang=`, else the first browser language we speak, else Chinese.
 *
 * @example
 * pickLocale('?lang=en', ['zh-CN']); // 'en'
 */
export function pickLocale(search: string, browserLanguages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'zh' || asked === 'en') return asked;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'zh' || primary === 'en') return primary;
  }
  return 'zh';
}

/**
 * Fills `{name}` placeholders of a string.
 *
 * @example
 * fill('{loaded} segments loaded', { loaded: '1,243' }); // '1,243 segments loaded'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
