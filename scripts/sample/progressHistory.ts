/**
 * The sample county's 2023 history as a progress sheet (public/sample/progress-2023.csv): the
 * monthly rows a bureau would fill in, one per project segment and month in which its state
 * changes (and in January for all), located by route and chainage the way the app locates them
 * (the real chainage index over the validated sample). Synthetic, and the title row says so.
 */
import type { WorkType } from '../../src/contract/roadNetwork.ts';
import { PROGRESS_COLUMNS } from '../../src/data/sheets/progressRow.ts';
import {
  PROGRESS_HEADERS,
  STATUS_WORDS,
  WORK_WORDS,
} from '../../src/data/sheets/writeProgressSheet.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import { exactChainageText } from '../../src/domain/chainageText.ts';
import { measureSegments } from '../../src/domain/measure.ts';
import {
  buildRouteChainageIndex,
  type ChainageSpan,
  type RouteChainage,
} from '../../src/domain/routeChainage.ts';
import { PROJECT_PLANS, type MonthState, type PlannedSegment } from './progressPlans.ts';

/** Where the sheet goes, relative to the repository root. */
export const SAMPLE_PROGRESS_PATH = 'public/sample/progress-2023.csv';

/** The title row above the header. */
const TITLE =
  'XX县2023年交通建设项目月度进度（示例数据，虚构，由 npm run sample 生成） / ' +
  'Synthetic sample data: monthly progress of the sample county in 2023';

/** The header, in the sheet's Chinese words, the columns in the reader's order. */
const HEADER = PROGRESS_COLUMNS.map((column) => PROGRESS_HEADERS.zh[column]);

/** A km figure as text, to the millimetre, without trailing zeros. */
function kmText(km: number | undefined): string {
  return km === undefined ? '' : String(Number(km.toFixed(6)));
}

/** The last day of a month of 2023. */
function monthEnd(month: number): string {
  const day = new Date(Date.UTC(2023, month, 0)).getUTCDate();
  return `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The part of a segment's span no other segment of its route repeats (长链 overlaps of a few
 * metres): a row naming a repeated stretch would lie on both segments.
 */
function ownRange(route: RouteChainage, span: ChainageSpan): { fromKm: number; toKm: number } {
  let fromKm = span.fromKm;
  let toKm = span.toKm;
  for (const other of route.spans) {
    if (other.segmentIndex === span.segmentIndex) continue;
    if (!(other.fromKm < span.toKm && other.toKm > span.fromKm)) continue;
    if (other.fromKm <= span.fromKm) fromKm = Math.max(fromKm, other.toKm);
    else if (other.toKm >= span.toKm) toKm = Math.min(toKm, other.fromKm);
    else throw new Error(`segment ${span.segmentIndex} of ${route.route} contains another`);
  }
  if (!(fromKm < toKm)) throw new Error(`segment ${span.segmentIndex} of ${route.route} repeated`);
  return { fromKm, toKm };
}

/** The sample's progress sheet as CSV text (UTF-8 with BOM, CRLF), from the sample's roads. */
export function sampleProgressCsv(roadsText: string): string {
  const validation = validateDataset(JSON.parse(roadsText));
  if (!validation.ok) throw new Error('the sample does not validate');
  const segments = validation.segments;
  const measured = measureSegments(segments);
  const index = buildRouteChainageIndex(segments);
  const membersOf = new Map<string, number[]>();
  segments.forEach((segment, segmentIndex) => {
    const project = segment.properties.project;
    if (project === undefined) return;
    const members = membersOf.get(project) ?? [];
    members.push(segmentIndex);
    membersOf.set(project, members);
  });

  const lines = [TITLE, HEADER.join(',')];
  const previous = new Map<number, string>();
  for (let month = 1; month <= 12; month++) {
    for (const [project, members] of membersOf) {
      const plan = PROJECT_PLANS.get(project);
      members.forEach((segmentIndex, rank) => {
        const span = index.spans.get(segmentIndex);
        const segment = segments[segmentIndex]!;
        const route = segment.properties.route;
        if (span === undefined || route === undefined) return;
        if (plan === undefined) throw new Error(`no 2023 plan for the project ${project}`);
        const figures = measured[segmentIndex]!;
        const planned: PlannedSegment = {
          status: segment.properties.status,
          lengthKm: figures.lengthKm,
          completedKm: figures.completedKm,
          guardRequiredKm: figures.guardRequiredKm,
          guardKm: figures.guardKm,
          share: rank / members.length,
        };
        const state = plan(month, planned);
        const key = JSON.stringify(state);
        if (previous.get(segmentIndex) === key) return;
        previous.set(segmentIndex, key);
        lines.push(rowLine(state, month, index.routes.get(route)!, span, segment.properties));
      });
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One row of the sheet: a segment's own range and its state at a month's end. */
function rowLine(
  state: MonthState,
  month: number,
  route: RouteChainage,
  span: ChainageSpan,
  properties: {
    route?: string;
    project?: string;
    year?: number;
    towns: string[];
    investment_wan?: number;
    work?: WorkType;
  },
): string {
  const range = ownRange(route, span);
  const clipped = range.fromKm !== span.fromKm || range.toKm !== span.toKm;
  if (clipped && (span.reversed || state.guardKm !== undefined)) {
    throw new Error(`segment ${span.segmentIndex}: a clipped range needs a forward road row`);
  }
  // The start a repeated stretch takes off the row is the segment's own (built first), so the
  // row's completed km are what is left of the segment's.
  const leadKm = range.fromKm - span.fromKm;
  const completedKm =
    state.completedKm === undefined
      ? undefined
      : Math.min(Math.max(0, state.completedKm - leadKm), range.toKm - range.fromKm);
  const cells = [
    route.route,
    exactChainageText(range.fromKm),
    exactChainageText(range.toKm),
    properties.project ?? '',
    STATUS_WORDS.zh[state.status],
    kmText(completedKm),
    kmText(state.guardRequiredKm),
    kmText(state.guardKm),
    properties.year === undefined ? '' : String(properties.year),
    properties.towns.join('、'),
    properties.investment_wan === undefined ? '' : String(properties.investment_wan),
    properties.work === undefined ? '' : WORK_WORDS.zh[properties.work],
    monthEnd(month),
    state.note ?? '',
  ];
  return cells.map(csvCell).join(',');
}
