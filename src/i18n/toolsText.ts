/**
 * The strings of the measuring, selecting and data-check tools, in Simplified Chinese and
 * English. Only the tools' chunk imports this file (not the first load).
 */
import type { DataCheck, DataCheckKind } from '../domain/dataChecks.ts';
import { formatChainage } from '../domain/chainage.ts';
import { formatKm, formatPercent } from '../domain/format.ts';
import type { Locale } from './strings.ts';

const zh = {
  tools: '测量与检查',
  close: '关闭',
  measure: '测量',
  select: '框选',
  checks: '数据质量',
  measureStraight: '直线',
  measureRoad: '沿路（桩号）',
  measureHint: '在地图上单击各点；双击或按 Esc 结束。',
  measureRoadHint: '单击路线上的点，吸附到道路并按桩号计距；双击或按 Esc 结束。',
  measureAgain: '重新测量',
  stopDrawing: '结束',
  clear: '清除',
  straightKm: '直线距离',
  legs: '段数',
  alongRoad: '沿路桩号距离',
  alongNone: '各点需在同一条有桩号的路线上，才能按桩号计距。',
  notSnapped: '未吸附到道路',
  pointsLabel: '测点',
  selectBox: '矩形',
  selectPolygon: '多边形',
  selectBoxHint: '在地图上拖出矩形；按 Esc 取消。',
  selectPolygonHint: '单击各顶点，双击或单击起点闭合；按 Esc 取消。',
  selectAgain: '重新框选',
  selectionEmpty: '框内没有显示中的路段。',
  selectionFollows: '按当前筛选与图例统计，整段计入。',
  roadClass: '等级',
  segments: '路段',
  km: '公里',
  completedKm: '建成公里',
  total: '合计',
  checksIntro: '报告前需要改正的数据问题。单击一行可定位到该路段。',
  lengthShare: '申报与实测长度相差超过',
  percentSign: '%',
  noChecks: '未发现问题。',
  exportCsv: '导出 CSV',
  checkCount: '{count} 个问题',
  kind: '问题',
  feature: '路段',
  detail: '说明',
  skipped: '打开时已跳过，不在地图上',
  tilesNote:
    '瓦片集不含路段线形：测量按直线计算，不贴合道路；框选和数据检查需打开路网文件（GeoJSON、Shapefile）。',
};

type ToolsStrings = typeof zh;

const en: ToolsStrings = {
  tools: 'Measure & check',
  close: 'Close',
  measure: 'Measure',
  select: 'Select',
  checks: 'Data checks',
  measureStraight: 'Straight',
  measureRoad: 'Along road (chainage)',
  measureHint: 'Click points on the map; double-click or press Esc to finish.',
  measureRoadHint:
    'Click points on a road: each snaps to it, and the distance is by chainage. Double-click or press Esc to finish.',
  measureAgain: 'Measure again',
  stopDrawing: 'Finish',
  clear: 'Clear',
  straightKm: 'Straight distance',
  legs: 'Legs',
  alongRoad: 'Distance by chainage',
  alongNone: 'The points must all be on one route with chainage for a distance by chainage.',
  notSnapped: 'not on a road',
  pointsLabel: 'Points',
  selectBox: 'Box',
  selectPolygon: 'Polygon',
  selectBoxHint: 'Drag a box on the map; Esc cancels.',
  selectPolygonHint:
    'Click the corners; double-click or click the first corner to close. Esc cancels.',
  selectAgain: 'Select again',
  selectionEmpty: 'No road shown on the map is in the selection.',
  selectionFollows: 'Follows the filters and the legend; whole segments count.',
  roadClass: 'Class',
  segments: 'Segments',
  km: 'km',
  completedKm: 'Built km',
  total: 'Total',
  checksIntro: 'Problems to fix before reporting. Click a row to go to the road.',
  lengthShare: 'Declared and measured lengths differ by more than',
  percentSign: '%',
  noChecks: 'No problems found.',
  exportCsv: 'Export CSV',
  checkCount: '{count} problems',
  kind: 'Problem',
  feature: 'Segment',
  detail: 'Detail',
  skipped: 'skipped when opened, not on the map',
  tilesNote:
    'A tile set keeps no road lines: measuring is straight, not along roads; selecting and data checks need the network file (GeoJSON, Shapefile).',
};

export const TOOLS_STRINGS: Record<Locale, ToolsStrings> = { zh, en };

const KIND_NAMES: Record<Locale, Record<DataCheckKind, string>> = {
  zh: {
    'length-mismatch': '长度不符',
    'chainage-overlap': '桩号重叠',
    'chainage-gap': '桩号缺失（断开）',
    'chainage-missing': '缺少起点桩号',
    'duplicate-id': '编号重复',
    'completed-over-length': '完成长度超过里程',
    'guard-over-required': '防护完成超过需防护',
  },
  en: {
    'length-mismatch': 'Length mismatch',
    'chainage-overlap': 'Overlapping chainage',
    'chainage-gap': 'Missing chainage (gap)',
    'chainage-missing': 'No start chainage',
    'duplicate-id': 'Duplicate id',
    'completed-over-length': 'Completed above length',
    'guard-over-required': 'Guard done above required',
  },
};

/** The name of a kind of data check. */
export function checkKindName(locale: Locale, kind: DataCheckKind): string {
  return KIND_NAMES[locale][kind];
}

const num = (value: number | string | undefined): number => Number(value ?? NaN);

/**
 * What a data check's row says, with its figures.
 *
 * @example
 * checkDetail('en', { kind: 'chainage-overlap', params: { fromKm: 0.9, reachedKm: 1, otherId: 'R-1' }, … });
 * // 'starts at K0+900, before K1+000 where R-1 ends'
 */
export function checkDetail(locale: Locale, check: DataCheck): string {
  const p = check.params;
  const zhText = locale === 'zh';
  switch (check.kind) {
    case 'length-mismatch': {
      const declared = formatKm(num(p['declaredKm']));
      const measured = formatKm(num(p['measuredKm']));
      const share = formatPercent(num(p['differenceShare']));
      return zhText
        ? `申报 ${declared} 公里，实测 ${measured} 公里，相差 ${share}`
        : `declared ${declared} km, measured ${measured} km: ${share} apart`;
    }
    case 'chainage-overlap':
    case 'chainage-gap': {
      const from = formatChainage(num(p['fromKm']));
      const reached = formatChainage(num(p['reachedKm']));
      const other = String(p['otherId'] ?? '');
      if (check.kind === 'chainage-overlap') {
        return zhText
          ? `起点 ${from}，早于 ${other} 的终点 ${reached}`
          : `starts at ${from}, before ${reached} where ${other} ends`;
      }
      return zhText
        ? `起点 ${from}，${other} 止于 ${reached}，中间缺 ${formatKm(num(p['fromKm']) - num(p['reachedKm']))} 公里`
        : `starts at ${from}; ${other} ends at ${reached}: ${formatKm(num(p['fromKm']) - num(p['reachedKm']))} km without chainage`;
    }
    case 'chainage-missing':
      return zhText
        ? `路线 ${check.route} 的其他路段有桩号，本段没有`
        : `other segments of ${check.route} have a start chainage, this one has none`;
    case 'duplicate-id':
      return zhText
        ? `编号 ${check.id} 不止一个要素使用`
        : `more than one feature uses the id ${check.id}`;
    case 'completed-over-length': {
      const completed = formatKm(num(p['completedKm']));
      const length = formatKm(num(p['lengthKm']));
      return zhText
        ? `完成 ${completed} 公里，里程 ${length} 公里`
        : `completed ${completed} km of ${length} km`;
    }
    case 'guard-over-required': {
      const guard = formatKm(num(p['guardKm']));
      const required = formatKm(num(p['guardRequiredKm']));
      return zhText
        ? `已防护 ${guard} 公里，需防护 ${required} 公里`
        : `guard done ${guard} km, required ${required} km`;
    }
  }
}
