/**
 * How each project of the sample county went through 2023, month by month, as its progress
 * sheet reports it. The seed (../shared/DOMAIN.md) tells the story: 德遂高速 opens at the end
 * of September, G247 starts in February, S209 phase 1 opens at the year's end while phase 2
 * starts in April, the village programmes and the safety guards are finished over the year.
 * Every plan ends in December on the segment's figures in the sample, so the sheet as of
 * 2023-12-31 gives the sample's figures.
 */
import type { BuildStatus } from '../../src/contract/roadNetwork.ts';

/** A segment's state at the end of one month, as a row of the sheet reports it. */
export interface MonthState {
  status: BuildStatus;
  /** Completed km of the segment; absent: the row writes none and its status decides. */
  completedKm?: number;
  guardRequiredKm?: number;
  guardKm?: number;
  note?: string;
}

/** What a plan knows of a segment: its figures in the sample and its place in its project. */
export interface PlannedSegment {
  status: BuildStatus;
  lengthKm: number;
  completedKm: number;
  guardRequiredKm: number | null;
  guardKm: number;
  /** The segment's rank among its project's segments, as a share 0…1 (spreads works over the year). */
  share: number;
}

/** A project's state of one segment at the end of a month (1 = January … 12 = December). */
export type ProjectPlan = (month: number, segment: PlannedSegment) => MonthState;

/** Statuses under which a segment is, or is being, built. */
const BUILDING: readonly BuildStatus[] = ['construction', 'completed', 'open'];

function roundKm(km: number): number {
  return Math.round(km * 100) / 100;
}

/** The note of a month: the latest one given at or before it. */
function noteOf(notes: Readonly<Record<number, string>>, month: number): string | undefined {
  let note: string | undefined;
  for (let m = 1; m <= month; m++) note = notes[m] ?? note;
  return note;
}

/** A project whose status only changes by month, without building (planned, preliminary). */
function stagesPlan(
  stages: readonly [month: number, status: BuildStatus][],
  notes: Readonly<Record<number, string>> = {},
): ProjectPlan {
  return (month) => {
    let status = stages[0]?.[1] ?? 'planned';
    for (const [from, stageStatus] of stages) if (month >= from) status = stageStatus;
    const note = noteOf(notes, month);
    return note === undefined ? { status } : { status, note };
  };
}

/** A trunk road project: one schedule for all its segments. */
interface TrunkSchedule {
  /** The month construction is under way from (1: all year). */
  startMonth: number;
  /** The status before `startMonth`. */
  statusBefore?: BuildStatus;
  /** Share of the December completed km already built at the end of `startMonth`. */
  startShare: number;
  /** The month the road is finished (takes its final status, completed or open); absent: not in 2023. */
  doneMonth?: number;
  notes: Readonly<Record<number, string>>;
}

/**
 * A trunk road project. Segments not being built at the year's end (a planned stretch of a
 * project under way) keep their status all year.
 */
function trunkPlan(schedule: TrunkSchedule): ProjectPlan {
  return (month, segment) => {
    const note = noteOf(schedule.notes, month);
    const withNote = (state: MonthState): MonthState =>
      note === undefined ? state : { ...state, note };
    if (!BUILDING.includes(segment.status)) return withNote({ status: segment.status });
    if (month < schedule.startMonth) {
      return withNote({ status: schedule.statusBefore ?? 'preliminary' });
    }
    const doneMonth = schedule.doneMonth ?? 13;
    if (month >= doneMonth) return withNote({ status: segment.status });
    const finalKm = schedule.doneMonth === undefined ? segment.completedKm : segment.lengthKm;
    const share =
      schedule.startShare +
      ((1 - schedule.startShare) * (month - schedule.startMonth)) /
        (Math.min(doneMonth, 12) - schedule.startMonth);
    const completedKm = share >= 1 ? finalKm : roundKm(finalKm * share);
    return withNote({ status: 'construction', completedKm });
  };
}

/** A programme of many small works, each finished in a month of its own. */
interface ProgrammeSchedule {
  /** The month the first works are finished; the last are finished in December. */
  firstDoneMonth: number;
  /** How many months a work is under construction before its finishing month. */
  buildMonths: number;
}

/** The months a work of a programme is under way: construction from `start`, done at `done`. */
function programmeMonths(
  schedule: ProgrammeSchedule,
  share: number,
): { start: number; done: number } {
  const spread = 13 - schedule.firstDoneMonth;
  const done = Math.min(12, schedule.firstDoneMonth + Math.floor(spread * share));
  return { start: done - schedule.buildMonths, done };
}

/** A road programme (village roads): each segment built over a few months, then completed. */
function roadProgrammePlan(schedule: ProgrammeSchedule): ProjectPlan {
  return (month, segment) => {
    const { start, done } = programmeMonths(schedule, segment.share);
    if (month >= done) return { status: segment.status };
    if (month < start) return { status: 'preliminary' };
    const share = (month - start + 1) / (schedule.buildMonths + 1);
    return { status: 'construction', completedKm: roundKm(segment.lengthKm * share) };
  };
}

/** A safety-guard programme: each segment's guards put up over a few months. */
function guardProgrammePlan(schedule: ProgrammeSchedule): ProjectPlan {
  return (month, segment) => {
    const { start, done } = programmeMonths(schedule, segment.share);
    const guardRequiredKm = segment.guardRequiredKm ?? segment.guardKm;
    if (month >= done) {
      return { status: segment.status, guardRequiredKm, guardKm: segment.guardKm };
    }
    if (month < start) return { status: 'preliminary', guardRequiredKm, guardKm: 0 };
    const share = (month - start + 1) / (schedule.buildMonths + 1);
    return { status: 'construction', guardRequiredKm, guardKm: roundKm(segment.guardKm * share) };
  };
}

/** The plan of every project of the sample county that lies on routes with chainage. */
export const PROJECT_PLANS: ReadonlyMap<string, ProjectPlan> = new Map([
  [
    '德遂高速公路XX段',
    trunkPlan({
      startMonth: 1,
      startShare: 0.8,
      doneMonth: 9,
      notes: { 1: '续建：路面及交安工程施工', 7: '交工验收准备', 9: '9月底通车，进入试运营阶段' },
    }),
  ],
  [
    'G5京昆高速扩容工程',
    trunkPlan({ startMonth: 1, startShare: 0.4, notes: { 1: '续建：路基工程和桥梁下部构造施工' } }),
  ],
  [
    'G247永明至花园公路工程',
    trunkPlan({
      startMonth: 2,
      startShare: 0,
      notes: { 1: '开工准备', 2: '2月开工建设', 5: '跨线桥梁下部结构施工' },
    }),
  ],
  [
    'S209塔山至永新段改建工程（一期 石安至永新段）',
    trunkPlan({
      startMonth: 1,
      startShare: 0.75,
      doneMonth: 12,
      notes: { 1: '续建：路面施工', 12: '年底建成通车' },
    }),
  ],
  [
    'S209塔山至永新段改建工程（二期 塔山至石安段）',
    trunkPlan({
      startMonth: 4,
      startShare: 0,
      notes: { 1: '施工图设计', 4: '4月开工，路基施工', 12: '完成水稳层' },
    }),
  ],
  [
    'S209龙树至塔山段改建工程',
    stagesPlan([[1, 'preliminary']], {
      1: '工可编制',
      6: '完成工可编制，取得厅行业性审查意见',
      9: '开展立项、勘察设计，待“三区三线”划定后完成工可批复',
    }),
  ],
  [
    '幸福美丽乡村路（三元镇友爱村至忠孝乡隆垭村）',
    trunkPlan({
      startMonth: 3,
      startShare: 0.1,
      doneMonth: 10,
      notes: { 10: '全长3.8公里，全面完工' },
    }),
  ],
  ['撤并建制村畅通工程', roadProgrammePlan({ firstDoneMonth: 4, buildMonths: 2 })],
  ['自然村通硬化路', roadProgrammePlan({ firstDoneMonth: 5, buildMonths: 2 })],
  ['村道生命安全防护工程', guardProgrammePlan({ firstDoneMonth: 6, buildMonths: 1 })],
  [
    'X085永百路美丽乡村路和危桥改造',
    trunkPlan({ startMonth: 10, startShare: 0.2, notes: { 10: '10月开工' } }),
  ],
  [
    'S401改建工程',
    stagesPlan(
      [
        [1, 'planned'],
        [7, 'preliminary'],
      ],
      { 7: '压茬推进前期工作' },
    ),
  ],
  ['Y016宝幸路改建工程', stagesPlan([[1, 'planned']])],
  ['X083建花路改建工程', stagesPlan([[1, 'planned']])],
]);
