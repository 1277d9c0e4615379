/**
 * The budgets of issue 4, checked against the medians. The benchmark exits non-zero when one
 * is missed and names it.
 */
import type { SizeSummary } from './stats.ts';
import type { TileSetSummary } from './tileSet.ts';

export interface BudgetVerdict {
  name: string;
  measured: number;
  limit: number;
  unit: string;
  passed: boolean;
}

/** First idle is held to the baseline only where data is big enough to matter. */
const FIRST_IDLE_SIZES = [10_000, 100_000];
const FIRST_IDLE_RATIO = 1.15;
const MODE_RATIO = 1.1;
const FILTER_RATIO = 1.1;
const LONGEST_TASK_SIZE = 100_000;
const LONGEST_TASK_MS = 200;
const OWN_JS_KB = 80;
/** Joining a progress sheet of a row per ten segments onto 100k segments, in the data worker. */
const PROGRESS_JOIN_SIZE = 100_000;
const PROGRESS_JOIN_MS = 1000;

/** A tile set's first view ÷ the app's first view of the 10k network from GeoJSON (issue 20). */
const TILE_FIRST_VIEW_RATIO = 1.5;
/** A filter's statistics on a tile set: until the panels' figures describe it. */
const TILE_STATISTICS_MS = 200;
/**
 * Main-thread JS memory of the app after a tile set's first view and a full GC: the heap and
 * the array buffers (the columns' typed arrays live outside the heap).
 */
const TILE_MEMORY_MB = 300;

function verdict(name: string, measured: number, limit: number, unit: string): BudgetVerdict {
  return { name, measured, limit, unit, passed: measured <= limit };
}

function sizeLabel(segments: number): string {
  return segments >= 1000 && segments % 1000 === 0 ? `${segments / 1000}k` : String(segments);
}

/** The verdicts for the sizes measured (a budget whose size was not run is left out). */
export function checkBudgets(summaries: readonly SizeSummary[]): BudgetVerdict[] {
  const verdicts: BudgetVerdict[] = [];
  for (const summary of summaries) {
    const label = sizeLabel(summary.segments);
    if (FIRST_IDLE_SIZES.includes(summary.segments)) {
      verdicts.push(
        verdict(
          `first idle app ÷ baseline, ${label}`,
          summary.ratios.firstIdle,
          FIRST_IDLE_RATIO,
          '×',
        ),
      );
    }
    verdicts.push(
      verdict(`mode switch app ÷ baseline, ${label}`, summary.ratios.mode, MODE_RATIO, '×'),
    );
    verdicts.push(
      verdict(`filter app ÷ baseline, ${label}`, summary.ratios.filter, FILTER_RATIO, '×'),
    );
    // An as-of change costs no more than a mode switch on the same network (cut into pieces by
    // the sheet), and at 100k stays within the mode switch's budget against plain MapLibre.
    verdicts.push(
      verdict(
        `as-of change ÷ mode switch, same network, ${label}`,
        summary.app.asOfMs / summary.app.joinedModeMs,
        MODE_RATIO,
        '×',
      ),
    );
    if (summary.segments === PROGRESS_JOIN_SIZE) {
      verdicts.push(
        verdict(
          `as-of change app ÷ baseline mode switch, ${label}`,
          summary.ratios.asOf,
          MODE_RATIO,
          '×',
        ),
      );
      verdicts.push(
        verdict(
          `progress sheet join in the data worker, ${label} segments, a row per ten`,
          summary.app.progressJoinMs,
          PROGRESS_JOIN_MS,
          'ms',
        ),
      );
    }
    if (summary.segments === LONGEST_TASK_SIZE) {
      verdicts.push(
        verdict(
          `longest main-thread task of the app's own during load, ${label}`,
          summary.app.longestOwnMs,
          LONGEST_TASK_MS,
          'ms',
        ),
      );
    }
  }
  const first = summaries[0];
  if (first)
    verdicts.push(verdict('app JS without MapLibre, gzip', first.app.ownJsGzipKB, OWN_JS_KB, 'kB'));
  return verdicts;
}

/** The verdicts of the tile-set part (tileSet.ts). */
export function checkTileSetBudgets(summary: TileSetSummary): BudgetVerdict[] {
  const segments = `${(summary.segments / 1e6).toFixed(1)}M segments`;
  return [
    verdict(
      `first view of the tile set (${segments}) ÷ first view of 10k from GeoJSON, app`,
      summary.firstViewRatio,
      TILE_FIRST_VIEW_RATIO,
      '×',
    ),
    verdict(
      `a filter's statistics on the tile set (slowest: ${summary.slowestFilter})`,
      summary.statisticsMs,
      TILE_STATISTICS_MS,
      'ms',
    ),
    verdict(
      `mode switch on the tile set, app ÷ plain MapLibre with the app's style, zoom ${summary.camera.zoom}`,
      summary.mode.ratio,
      MODE_RATIO,
      '×',
    ),
    verdict(
      `JS heap + array buffers after the tile set's first view + GC, app`,
      summary.memoryMB,
      TILE_MEMORY_MB,
      'MB',
    ),
  ];
}

export { sizeLabel };
