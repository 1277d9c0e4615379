/**
 * The printed results: a Markdown table of medians with app ÷ baseline ratios, and the budget
 * verdicts.
 */
import { sizeLabel, type BudgetVerdict } from './budgets.ts';
import type { Medians, SizeSummary } from './stats.ts';
import type { TileSetSummary } from './tileSet.ts';

interface Row {
  figure: string;
  pick: (medians: Medians) => number;
  digits: number;
  /** Show app ÷ baseline. */
  ratio: boolean;
}

const ROWS: readonly Row[] = [
  { figure: 'first idle with data (ms)', pick: (m) => m.firstIdleMs, digits: 0, ratio: true },
  {
    figure: '… everything drawn: route codes, points (ms)',
    pick: (m) => m.allDrawnMs,
    digits: 0,
    ratio: true,
  },
  {
    figure: 'mode switch status→completion→guard (ms)',
    pick: (m) => m.modeMs,
    digits: 0,
    ratio: true,
  },
  { figure: 'filter change (ms)', pick: (m) => m.filterMs, digits: 0, ratio: true },
  {
    figure: 'as-of change, two dates (ms; app only)',
    pick: (m) => m.asOfMs,
    digits: 0,
    ratio: false,
  },
  {
    figure: '… mode switch on the same network with the sheet (ms; app only)',
    pick: (m) => m.joinedModeMs,
    digits: 0,
    ratio: false,
  },
  {
    figure: 'progress sheet join in the data worker (ms; app only)',
    pick: (m) => m.progressJoinMs,
    digits: 0,
    ratio: false,
  },
  {
    figure: 'long tasks during load (count)',
    pick: (m) => m.longTaskCount,
    digits: 0,
    ratio: false,
  },
  {
    figure: 'long tasks during load, total (ms)',
    pick: (m) => m.longTaskTotalMs,
    digits: 0,
    ratio: true,
  },
  { figure: 'longest task during load (ms)', pick: (m) => m.longestTaskMs, digits: 0, ratio: true },
  {
    figure: '… of them drawing a frame (ms)',
    pick: (m) => m.longestFrameMs,
    digits: 0,
    ratio: false,
  },
  {
    figure: '… taking in MapLibre tiles (ms)',
    pick: (m) => m.longestMaplibreMessageMs,
    digits: 0,
    ratio: false,
  },
  {
    figure: '… MapLibre start-up, new Map() (ms)',
    pick: (m) => m.longestMaplibreStartupMs,
    digits: 0,
    ratio: false,
  },
  { figure: "… the page's own work (ms)", pick: (m) => m.longestOwnMs, digits: 0, ratio: false },
  { figure: 'frames drawn during load', pick: (m) => m.framesDuringLoad, digits: 0, ratio: true },
  {
    figure: 'data worker answer arrives (ms)',
    pick: (m) => m.dataAnswerMs,
    digits: 0,
    ratio: false,
  },
  { figure: '… task taking it in (ms)', pick: (m) => m.dataAnswerTaskMs, digits: 0, ratio: false },
  {
    figure: 'copying data to MapLibre workers (ms)',
    pick: (m) => m.postToMaplibreMs,
    digits: 0,
    ratio: false,
  },
  { figure: 'JS heap after load + GC (MB)', pick: (m) => m.heapMB, digits: 1, ratio: true },
  { figure: 'JS gzip, all (kB)', pick: (m) => m.jsGzipKB, digits: 1, ratio: true },
  { figure: 'JS gzip, without MapLibre (kB)', pick: (m) => m.ownJsGzipKB, digits: 1, ratio: false },
  { figure: 'CSS gzip (kB)', pick: (m) => m.cssGzipKB, digits: 1, ratio: false },
];

function format(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

/** One Markdown table: a block of rows per network size. */
export function resultsTable(summaries: readonly SizeSummary[]): string {
  const lines = [
    '| segments | figure (median) | app | baseline | app ÷ baseline |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const summary of summaries) {
    for (const row of ROWS) {
      const app = row.pick(summary.app);
      const baseline = row.pick(summary.baseline);
      const ratio = row.ratio && baseline > 0 ? (app / baseline).toFixed(2) : '';
      lines.push(
        `| ${sizeLabel(summary.segments)} ×${summary.pairs} | ${row.figure} | ${format(app, row.digits)} | ${format(baseline, row.digits)} | ${ratio} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The tile-set part's figures (medians), a Markdown table. */
export function tileSetTable(summary: TileSetSummary): string {
  const { lng, lat, zoom } = summary.camera;
  const camera = `zoom ${zoom} at ${lng.toFixed(3)}, ${lat.toFixed(3)}`;
  const rows: [string, number, number | null, number][] = [
    [
      'first view as the app frames the set, app: the tile set ÷ 10k from GeoJSON (ms)',
      summary.firstIdleMs,
      summary.countyFirstIdleMs,
      0,
    ],
    ['… everything drawn: route codes, points (ms; app)', summary.allDrawnMs, null, 0],
    ['JS heap + array buffers after the first view + GC (MB; app)', summary.memoryMB, null, 1],
    ['… of them the JS heap (MB)', summary.heapMB, null, 1],
    ['… of them array buffers: typed arrays (MB)', summary.arrayBuffersMB, null, 1],
    ...[
      { view: 'first view', timings: summary.filters },
      { view: `zoom ${zoom}`, timings: summary.filtersAtCamera },
    ].flatMap(({ view, timings }) =>
      timings.map((timing): [string, number, number | null, number] => [
        `filter ${timing.name}, ${view}: figures shown (ms; app; map idle ${format(timing.mapIdleMs, 0)} ms, ${timing.keptSegments.toLocaleString('en')} kept)`,
        timing.figuresMs,
        null,
        0,
      ]),
    ),
    [
      `first view at ${camera}, app ÷ 10k from GeoJSON (ms)`,
      summary.mode.appFirstIdleMs,
      summary.countyFirstIdleMs,
      0,
    ],
    [
      `first idle at ${camera}: app ÷ plain MapLibre with the app's style (ms)`,
      summary.mode.appFirstIdleMs,
      summary.mode.styledFirstIdleMs,
      0,
    ],
    [
      `mode switch status→completion→guard at ${camera}: app ÷ plain MapLibre with the app's style (ms)`,
      summary.mode.appMs,
      summary.mode.styledMs,
      0,
    ],
    [
      `… app ÷ plain MapLibre with the roads alone (ms)`,
      summary.mode.appMs,
      summary.mode.baselineMs,
      0,
    ],
  ];
  const lines = [
    `| tile set ${summary.folder}, ${summary.segments.toLocaleString('en')} segments ×${summary.pairs} | measured | against | ratio |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([figure, measured, against, digits]) => {
      const ratio = against !== null && against > 0 ? (measured / against).toFixed(2) : '';
      const other = against === null ? '' : format(against, digits);
      return `| ${figure} | ${format(measured, digits)} | ${other} | ${ratio} |`;
    }),
  ];
  return lines.join('\n');
}

/** The verdicts, one line each. */
export function budgetLines(verdicts: readonly BudgetVerdict[]): string {
  return verdicts
    .map((verdict) => {
      const digits = verdict.unit === '×' ? 2 : 1;
      const measured = `${verdict.measured.toFixed(digits)} ${verdict.unit}`;
      const limit = `${verdict.limit.toFixed(digits)} ${verdict.unit}`;
      return `${verdict.passed ? 'PASS' : 'MISS'}  ${verdict.name}: ${measured} (budget ≤ ${limit})`;
    })
    .join('\n');
}
