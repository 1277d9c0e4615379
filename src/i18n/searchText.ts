/**
 * The words of search results and of a chosen result's summary, in Simplified Chinese and
 * English. Only the search's chunk and the summary's import this file.
 */
import type { SearchKind } from '../domain/searchNetwork.ts';
import type { Locale } from './strings.ts';

interface SearchTexts {
  /** Result groups by kind. */
  kinds: Record<SearchKind, string>;
  noMatch: string;
  groupCount: string;
  groupShown: string;
  segmentCount: string;
  segmentCountOne: string;
  pointCount: string;
  pointCountOne: string;
  /** The chosen result's summary. */
  resultSummary: string;
  resultKm: string;
  resultBuiltKm: string;
  resultBuiltPercent: string;
  resultNoRoad: string;
  resultGuard: string;
  resultSegments: string;
}

const zh: SearchTexts = {
  kinds: {
    route: '路线',
    project: '项目',
    road: '道路',
    town: '乡镇',
    village: '村',
    bridge: '桥梁',
    station: '运输服务站',
    mooring: '集中停泊区',
    other: '其他地点',
  },
  noMatch: '没有匹配的结果',
  groupCount: '{count} 个',
  groupShown: '显示 {shown} 个，共 {total} 个',
  segmentCount: '{count} 个路段',
  segmentCountOne: '1 个路段',
  pointCount: '{count} 个点位',
  pointCountOne: '1 个点位',
  resultSummary: '搜索结果',
  resultKm: '里程',
  resultBuiltKm: '已建成道路',
  resultBuiltPercent: '建成率',
  resultNoRoad: '无道路工程',
  resultGuard: '已防护 / 需防护',
  resultSegments: '路段（回车查看详情）',
};

const en: SearchTexts = {
  kinds: {
    route: 'Routes',
    project: 'Projects',
    road: 'Roads',
    town: 'Towns',
    village: 'Villages',
    bridge: 'Bridges',
    station: 'Transport stations',
    mooring: 'Mooring areas',
    other: 'Other places',
  },
  noMatch: 'Nothing matches',
  groupCount: '{count}',
  groupShown: '{shown} of {total}',
  segmentCount: '{count} segments',
  segmentCountOne: '1 segment',
  pointCount: '{count} points',
  pointCountOne: '1 point',
  resultSummary: 'Search result',
  resultKm: 'Length',
  resultBuiltKm: 'Road built',
  resultBuiltPercent: 'Built',
  resultNoRoad: 'No road work',
  resultGuard: 'Guarded / needed',
  resultSegments: 'Segments (Enter for details)',
};

/** The search's words in each language. */
export const SEARCH_TEXTS: Readonly<Record<Locale, SearchTexts>> = { zh, en };
