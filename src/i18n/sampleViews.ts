/**
 * The views the sample county ships: its 2023 story, from the whole network to the safety
 * guards. Each frames what its filters keep (no fixed camera), so it fits any screen.
 */
import type { SavedView } from '../domain/savedViews.ts';
import type { ColorMode, FilterState } from '../domain/types.ts';
import type { Locale } from './strings.ts';

interface SampleView {
  title: Record<Locale, string>;
  note: Record<Locale, string>;
  mode: ColorMode;
  filter: FilterState;
}

const SAMPLE_VIEWS: readonly SampleView[] = [
  {
    title: { zh: '全县路网', en: 'The whole network' },
    note: {
      zh: '2023 年全县公路建设一览：高速、国省干线、县乡村道。',
      en: "The county's road building in 2023: expressways, trunk roads, county and village roads.",
    },
    mode: 'status',
    filter: {},
  },
  {
    title: { zh: 'G5 京昆高速扩容与德遂高速', en: 'G5 widening and the Desui expressway' },
    note: {
      zh: '德遂高速 2023 年 9 月底通车；G5 扩容在建。',
      en: 'The Desui expressway opened at the end of September 2023; the G5 widening is under way.',
    },
    mode: 'status',
    filter: { projects: ['G5京昆高速扩容工程', '德遂高速公路XX段'] },
  },
  {
    title: { zh: 'G247 永明至花园公路', en: 'G247 Yongming–Huayuan road' },
    note: { zh: '国道 G247 改建，在建。', en: 'The rebuilding of national road G247, under way.' },
    mode: 'completion',
    filter: { projects: ['G247永明至花园公路工程'] },
  },
  {
    title: { zh: 'S209 改建', en: 'S209 rebuilding' },
    note: {
      zh: '一期石安至永新段通车，二期在建，龙树至塔山段前期。',
      en: 'Phase 1 open, phase 2 under construction, Longshu–Tashan in preparation.',
    },
    mode: 'status',
    filter: {
      projects: [
        'S209塔山至永新段改建工程（一期 石安至永新段）',
        'S209塔山至永新段改建工程（二期 塔山至石安段）',
        'S209龙树至塔山段改建工程',
      ],
    },
  },
  {
    title: { zh: '一环路南段绕城改线', en: 'The southern ring road' },
    note: { zh: '梓州大桥至顺江村，在建。', en: 'Zizhou bridge to Shunjiang village, under way.' },
    mode: 'completion',
    filter: { projects: ['一环路南段（梓州大桥至顺江村）绕城改线工程'] },
  },
  {
    title: { zh: '村道工程：撤并建制村与自然村', en: 'Village programmes' },
    note: {
      zh: '撤并建制村畅通工程 314 公里、自然村通硬化路 157 公里，全部完工。',
      en: 'Merged administrative villages 314 km and natural villages 157 km, all completed.',
    },
    mode: 'completion',
    filter: { projects: ['撤并建制村畅通工程', '自然村通硬化路'] },
  },
  {
    title: { zh: '村道生命安全防护工程', en: 'Village-road safety guards' },
    note: { zh: '完成安全防护 62.92 公里。', en: '62.92 km of safety guards completed.' },
    mode: 'guard',
    filter: { projects: ['村道生命安全防护工程'] },
  },
];

/** The sample county's views, titled in `locale`. */
export function sampleViews(locale: Locale): SavedView[] {
  return SAMPLE_VIEWS.map((view) => ({
    title: view.title[locale],
    note: view.note[locale],
    camera: null,
    mode: view.mode,
    filter: view.filter,
    hiddenBuckets: [],
    asOf: null,
  }));
}
