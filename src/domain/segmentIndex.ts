/**
 * The segments laid out for counting: each property as a small integer code in a typed array,
 * each length in whole millimetres. A filter becomes one byte per segment and the statistics
 * and legend counts of a filter one pass over numbers, with no string compared and no object
 * made per segment (see docs/performance.md).
 */
import type { FilterState, GroupTotals, MeasuredSegment, NetworkSummary } from './types.ts';
import { WORK_TYPES, type BuildStatus, type RoadClass } from '../contract/roadNetwork.ts';
import { bucketOf } from './bucketOf.ts';
import { COLOR_MODES, type ColorMode } from './types.ts';

/**
 * Millimetres per kilometre. Sums are kept in whole millimetres, integers that are exact in
 * binary up to 9 billion km: ten segments of 0.1 km give 1 km (a plain sum gives
 * 0.9999999999999999), and declared lengths that add up to 314.00 km give exactly 314.
 */
const MM_PER_KM = 1_000_000;

const townCollator = new Intl.Collator('zh');

/** Distinct values, each with the code of its first appearance. */
class Codes<Value> {
  readonly values: Value[] = [];
  readonly #codes = new Map<Value, number>();

  codeOf(value: Value): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.#codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

/** One byte per code of `values`: 1 for those in `chosen`. Values not in `values` match nothing. */
function chosenCodes<Value>(values: readonly Value[], chosen: readonly Value[]): Uint8Array {
  const wanted = new Set(chosen);
  return Uint8Array.from(values, (value) => (wanted.has(value) ? 1 : 0));
}

/**
 * One byte per code of `values`, shifted by one so that `NONE` (−1) reads byte 0: 1 for those in
 * `chosen`, 0 for no value.
 */
function chosenCodesOrNone<Value>(values: readonly Value[], chosen: readonly Value[]): Uint8Array {
  const wanted = new Set(chosen);
  const bytes = new Uint8Array(values.length + 1);
  values.forEach((value, code) => {
    bytes[code + 1] = wanted.has(value) ? 1 : 0;
  });
  return bytes;
}

/** Town codes in the order of their names (`townCollator`), once per list of names. */
const townNameOrders = new WeakMap<readonly string[], Uint32Array>();

function townNameOrder(names: readonly string[]): Uint32Array {
  let order = townNameOrders.get(names);
  if (!order) {
    order = Uint32Array.from(names.keys()).sort((a, b) =>
      townCollator.compare(names[a]!, names[b]!),
    );
    townNameOrders.set(names, order);
  }
  return order;
}

/**
 * Segment count, km and completed km per code, summed in whole millimetres. Counting loops write
 * into the arrays themselves and push a code to `order` when its count is still 0.
 */
class CodeTotals {
  readonly segments: Float64Array;
  readonly lengthMm: Float64Array;
  readonly completedMm: Float64Array;
  /** Codes in the order their first kept segment came. */
  readonly order: number[] = [];

  constructor(size: number) {
    this.segments = new Float64Array(size);
    this.lengthMm = new Float64Array(size);
    this.completedMm = new Float64Array(size);
  }

  /** Adds the totals of a group of `segments` segments to `code`. */
  add(code: number, segments: number, lengthMm: number, completedMm: number): void {
    if (this.segments[code] === 0) this.order.push(code);
    this.segments[code]! += segments;
    this.lengthMm[code]! += lengthMm;
    this.completedMm[code]! += completedMm;
  }

  totals(code: number): GroupTotals {
    return {
      segments: this.segments[code]!,
      lengthKm: this.lengthMm[code]! / MM_PER_KM,
      completedKm: this.completedMm[code]! / MM_PER_KM,
    };
  }

  /** `key → totals` in the order the groups came. */
  record<Key extends string | number>(keys: readonly Key[]): Record<Key, GroupTotals> {
    const record = {} as Record<Key, GroupTotals>;
    for (const code of this.order) record[keys[code]!] = this.totals(code);
    return record;
  }

  /** `key → totals` in the order the groups came. */
  map<Key>(keys: readonly Key[]): Map<Key, GroupTotals> {
    return new Map(this.order.map((code) => [keys[code]!, this.totals(code)]));
  }
}

/** No code: a segment without a project, a year or a route. */
export const NONE = -1;

/** The work code of a segment outside projects (the codes below are `WORK_TYPES` positions). */
export const NO_WORK_CODE = WORK_TYPES.length;
export const ROAD_WORK_CODE = WORK_TYPES.indexOf('road');

/**
 * The segments as columns: the values of each property once, a code per segment; lengths in
 * whole millimetres. Plain data and typed arrays, so that the data worker makes it and posts
 * it to the page with the dataset.
 */
export interface SegmentColumns {
  size: number;
  classes: RoadClass[];
  statuses: BuildStatus[];
  projects: string[];
  years: number[];
  towns: string[];
  routes: string[];
  /** The legend entries (`bucketOf`) of each colour mode. */
  buckets: Record<ColorMode, string[]>;
  classCode: Uint8Array;
  statusCode: Uint8Array;
  /** −1: no project. */
  projectCode: Int32Array;
  /** −1: no year. */
  yearCode: Int32Array;
  /** −1: no route. */
  routeCode: Int32Array;
  /** Position of the work type in `WORK_TYPES`; `NO_WORK_CODE` where the segment has none. */
  workCode: Uint8Array;
  /** The towns of segment i are `townCodes[townStart[i] … townStart[i + 1]]`. */
  townStart: Uint32Array;
  townCodes: Uint32Array;
  bucketCode: Record<ColorMode, Uint8Array>;
  lengthMm: Float64Array;
  completedMm: Float64Array;
  /** Required guard length; NaN where the segment does not count for guard coverage. */
  guardRequiredMm: Float64Array;
  /** Guard length up to the required length. */
  guardCountedMm: Float64Array;
  /** Investment in 万元; 0 where none is given. */
  investmentWan: Float64Array;
  /**
   * Where roads are split at town boundaries (`splitColumnsAtTowns`): the stretches of each
   * entry of `townCodes` along its segment. Absent: a segment counts whole in each town it
   * serves.
   */
  townSpans?: TownSpans;
  /**
   * Where roads are split at town boundaries: the towns each segment names (its `towns`), laid
   * out as `towns`, `townStart` and `townCodes` are without a split. "Towns served" counts them.
   */
  servedTowns?: ServedTowns;
}

/** The towns segments name: those of segment i are `codes[start[i] … start[i + 1]]` of `names`. */
export interface ServedTowns {
  names: string[];
  start: Uint32Array;
  codes: Uint32Array;
}

/**
 * The stretches of a segment's line in one of its towns, as shares of the line from its start:
 * the spans of entry k of `townCodes` are `start[k] … start[k + 1]`.
 */
export interface TownSpans {
  start: Uint32Array;
  fromShare: Float64Array;
  toShare: Float64Array;
}

/** The figures of a segment (or of a piece at a date) that the statistics sum. */
export interface CountedFigures {
  completedKm: number;
  guardRequiredKm: number | null;
  guardKm: number;
  guardRatio: number | null;
}

/**
 * Writes a segment's figures into the columns at `i`, in whole millimetres: the required guard
 * length is NaN where the segment does not count for guard coverage, and the guard counted is
 * at most the required length.
 */
export function setFigures(
  columns: Pick<SegmentColumns, 'completedMm' | 'guardRequiredMm' | 'guardCountedMm'>,
  i: number,
  figures: CountedFigures,
): void {
  columns.completedMm[i] = Math.round(figures.completedKm * MM_PER_KM);
  const requiredKm = figures.guardRequiredKm;
  const counts = requiredKm !== null && figures.guardRatio !== null;
  columns.guardRequiredMm[i] = counts ? Math.round(requiredKm * MM_PER_KM) : NaN;
  columns.guardCountedMm[i] = counts
    ? Math.round(Math.min(figures.guardKm, requiredKm) * MM_PER_KM)
    : 0;
}

/**
 * Lays the segments out as columns, in one pass over them (in the data worker).
 *
 * @example
 * const index = new SegmentIndex(segmentColumns(segments));
 */
export function segmentColumns(segments: readonly MeasuredSegment[]): SegmentColumns {
  const size = segments.length;
  const classes = new Codes<RoadClass>();
  const statuses = new Codes<BuildStatus>();
  const projects = new Codes<string>();
  const years = new Codes<number>();
  const towns = new Codes<string>();
  const routes = new Codes<string>();
  const buckets = {} as Record<ColorMode, Codes<string>>;
  const bucketCode = {} as Record<ColorMode, Uint8Array>;
  for (const mode of COLOR_MODES) {
    buckets[mode] = new Codes<string>();
    bucketCode[mode] = new Uint8Array(size);
  }
  const columns = {
    classCode: new Uint8Array(size),
    statusCode: new Uint8Array(size),
    projectCode: new Int32Array(size),
    yearCode: new Int32Array(size),
    routeCode: new Int32Array(size),
    workCode: new Uint8Array(size),
    townStart: new Uint32Array(size + 1),
    lengthMm: new Float64Array(size),
    completedMm: new Float64Array(size),
    guardRequiredMm: new Float64Array(size),
    guardCountedMm: new Float64Array(size),
    investmentWan: new Float64Array(size),
  };
  const townCodes: number[] = [];
  for (let i = 0; i < size; i++) {
    const segment = segments[i]!;
    const { properties } = segment;
    columns.classCode[i] = classes.codeOf(properties.class);
    columns.statusCode[i] = statuses.codeOf(properties.status);
    columns.projectCode[i] =
      properties.project === undefined || properties.project === ''
        ? NONE
        : projects.codeOf(properties.project);
    columns.yearCode[i] = properties.year === undefined ? NONE : years.codeOf(properties.year);
    columns.routeCode[i] =
      properties.route === undefined || properties.route === ''
        ? NONE
        : routes.codeOf(properties.route);
    columns.investmentWan[i] = properties.investment_wan ?? 0;
    columns.workCode[i] =
      properties.work === undefined ? NO_WORK_CODE : WORK_TYPES.indexOf(properties.work);
    columns.townStart[i] = townCodes.length;
    for (const town of properties.towns) townCodes.push(towns.codeOf(town));
    for (const mode of COLOR_MODES) {
      bucketCode[mode][i] = buckets[mode].codeOf(bucketOf(segment, mode));
    }
    columns.lengthMm[i] = Math.round(segment.lengthKm * MM_PER_KM);
    setFigures(columns, i, segment);
  }
  columns.townStart[size] = townCodes.length;
  const bucketValues = {} as Record<ColorMode, string[]>;
  for (const mode of COLOR_MODES) bucketValues[mode] = buckets[mode].values;
  return {
    size,
    classes: classes.values,
    statuses: statuses.values,
    projects: projects.values,
    years: years.values,
    towns: towns.values,
    routes: routes.values,
    buckets: bucketValues,
    bucketCode,
    townCodes: Uint32Array.from(townCodes),
    ...columns,
  };
}

/**
 * Filtered statistics and legend counts of segments laid out as columns.
 *
 * @example
 * const index = new SegmentIndex(segmentColumns(segments));
 * const kept = index.kept({ classes: ['county'] });
 * index.summary(kept).lengthKm; // km of county roads
 * index.bucketTotals('status', kept).get('open')?.segments;
 */
export class SegmentIndex {
  readonly size: number;
  readonly #columns: SegmentColumns;

  constructor(columns: SegmentColumns) {
    this.#columns = columns;
    this.size = columns.size;
  }

  /** The columns counted. */
  get columns(): SegmentColumns {
    return this.#columns;
  }

  /**
   * One byte per segment: 1 where the filter keeps it; null when the filter keeps everything.
   * Each field that is absent or empty keeps everything; the fields combine with AND, the
   * values within one field with OR. A segment passes the towns filter when it serves any of
   * the chosen towns; one without a project or a year fails a project or year filter.
   */
  kept(filter: FilterState): Uint8Array | null {
    const { classes, statuses, projects, years, towns } = filter;
    const columns = this.#columns;
    const byClass = classes?.length ? chosenCodes(columns.classes, classes) : null;
    const byStatus = statuses?.length ? chosenCodes(columns.statuses, statuses) : null;
    const byProject = projects?.length ? chosenCodesOrNone(columns.projects, projects) : null;
    const byYear = years?.length ? chosenCodesOrNone(columns.years, years) : null;
    const byTown = towns?.length ? chosenCodes(columns.towns, towns) : null;
    if (!byClass && !byStatus && !byProject && !byYear && !byTown) return null;
    const size = this.size;
    const kept = new Uint8Array(size);
    // A pass per field chosen, each a table look-up per segment (class and status in one
    // table); last the towns, a list per segment, of the segments still kept.
    if (byClass || byStatus) {
      const { classCode, statusCode } = columns;
      const statusCount = columns.statuses.length;
      const byClassStatus = new Uint8Array(columns.classes.length * statusCount);
      for (let roadClass = 0; roadClass < columns.classes.length; roadClass++) {
        for (let status = 0; status < statusCount; status++) {
          const classKept = byClass ? byClass[roadClass]! : 1;
          const statusKept = byStatus ? byStatus[status]! : 1;
          byClassStatus[roadClass * statusCount + status] = classKept & statusKept;
        }
      }
      for (let i = 0; i < size; i++) {
        kept[i] = byClassStatus[classCode[i]! * statusCount + statusCode[i]!]!;
      }
    } else {
      kept.fill(1);
    }
    if (byProject) {
      const { projectCode } = columns;
      for (let i = 0; i < size; i++) kept[i] = kept[i]! & byProject[projectCode[i]! + 1]!;
    }
    if (byYear) {
      const { yearCode } = columns;
      for (let i = 0; i < size; i++) kept[i] = kept[i]! & byYear[yearCode[i]! + 1]!;
    }
    if (byTown) {
      const { townStart, townCodes } = columns;
      for (let i = 0; i < size; i++) {
        if (kept[i] === 0) continue;
        let serves = 0;
        const end = townStart[i + 1]!;
        for (let at = townStart[i]!; at < end && serves === 0; at++) {
          serves = byTown[townCodes[at]!]!;
        }
        kept[i] = serves;
      }
    }
    return kept;
  }

  /**
   * One byte per segment: 1 where the map shows it, the filter keeping it and its legend entry
   * in `mode` not hidden.
   *
   * @example
   * index.shown({ classes: ['county'] }, 'status', ['open'])[3]; // 0 or 1
   */
  shown(filter: FilterState, mode: ColorMode, hiddenBuckets: readonly string[]): Uint8Array {
    const kept = this.kept(filter);
    const { buckets, bucketCode } = this.#columns;
    const hidden = hiddenBuckets.length > 0 ? chosenCodes(buckets[mode], hiddenBuckets) : null;
    const codes = bucketCode[mode];
    const shown = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const visible = (!kept || kept[i] === 1) && (!hidden || hidden[codes[i]!] === 0);
      shown[i] = visible ? 1 : 0;
    }
    return shown;
  }

  /**
   * The statistics of the segments `kept` marks (all with null). Completed km count road
   * built: the completed length of `road` work and of segments with no work (the network
   * outside projects); "km in projects" are the km of road work in a project. Guard, bridge
   * and facility work count in `byWork` only (and guards in the guard figures).
   *
   * Each kept segment adds to one cell, its class × status × work × whether it is in a project,
   * and to its project; the totals by class, status and work are summed from the cells after.
   * The lengths are whole millimetres, so these sums equal those of a segment-by-segment pass,
   * and walking the cells in the order they came gives the groups in the order they came.
   */
  summary(kept: Uint8Array | null): NetworkSummary {
    const columns = this.#columns;
    const { classes, statuses, projects, classCode, statusCode, projectCode, workCode } = columns;
    const { lengthMm, completedMm, guardRequiredMm, guardCountedMm } = columns;
    const statusCount = statuses.length;
    const workCount = NO_WORK_CODE + 1;
    const cells = new CodeTotals(classes.length * statusCount * workCount * 2);
    const cellSegments = cells.segments;
    const cellLengthMm = cells.lengthMm;
    const cellCompletedMm = cells.completedMm;
    const cellOrder = cells.order;
    const byProject = new CodeTotals(projects.length);
    const projectSegments = byProject.segments;
    const projectLengthMm = byProject.lengthMm;
    const projectCompletedMm = byProject.completedMm;
    const projectOrder = byProject.order;
    let requiredSumMm = 0;
    let guardSumMm = 0;
    for (let i = 0; i < this.size; i++) {
      if (kept !== null && kept[i] === 0) continue;
      const length = lengthMm[i]!;
      const completed = completedMm[i]!;
      const work = workCode[i]!;
      const project = projectCode[i]!;
      const classStatusCode = classCode[i]! * statusCount + statusCode[i]!;
      const cell = (classStatusCode * workCount + work) * 2 + (project === NONE ? 0 : 1);
      if (cellSegments[cell] === 0) cellOrder.push(cell);
      cellSegments[cell]! += 1;
      cellLengthMm[cell]! += length;
      cellCompletedMm[cell]! += completed;
      if (project !== NONE) {
        if (projectSegments[project] === 0) projectOrder.push(project);
        projectSegments[project]! += 1;
        projectLengthMm[project]! += length;
        projectCompletedMm[project]! +=
          work === ROAD_WORK_CODE || work === NO_WORK_CODE ? completed : 0;
      }
      const required = guardRequiredMm[i]!;
      if (!Number.isNaN(required)) {
        requiredSumMm += required;
        guardSumMm += guardCountedMm[i]!;
      }
    }
    const all = new CodeTotals(1);
    const inProject = new CodeTotals(1);
    const byClass = new CodeTotals(classes.length);
    const byStatus = new CodeTotals(statusCount);
    const byWork = new CodeTotals(workCount);
    const classStatus = new CodeTotals(classes.length * statusCount);
    for (const cell of cellOrder) {
      const segments = cellSegments[cell]!;
      const length = cellLengthMm[cell]!;
      const workCompleted = cellCompletedMm[cell]!;
      const work = Math.floor(cell / 2) % workCount;
      const classStatusCode = Math.floor(cell / (2 * workCount));
      const roadClass = Math.floor(classStatusCode / statusCount);
      const status = classStatusCode % statusCount;
      const isRoad = work === ROAD_WORK_CODE || work === NO_WORK_CODE;
      const completed = isRoad ? workCompleted : 0;
      all.add(0, segments, length, completed);
      byClass.add(roadClass, segments, length, completed);
      byStatus.add(status, segments, length, completed);
      byWork.add(work, segments, length, workCompleted);
      if (isRoad && cell % 2 === 1) inProject.add(0, segments, length, completed);
      classStatus.add(classStatusCode, segments, length, 0);
    }
    const classStatusKm: NetworkSummary['classStatusKm'] = {};
    for (const code of classStatus.order) {
      const row = (classStatusKm[classes[Math.floor(code / statusCount)]!] ??= {});
      row[statuses[code % statusCount]!] = classStatus.lengthMm[code]! / MM_PER_KM;
    }
    const projectKm = inProject.lengthMm[0]! / MM_PER_KM;
    const requiredKm = requiredSumMm / MM_PER_KM;
    const guardKm = guardSumMm / MM_PER_KM;
    const workTotals: NetworkSummary['byWork'] = {};
    for (const code of byWork.order) {
      if (code !== NO_WORK_CODE) workTotals[WORK_TYPES[code]!] = byWork.totals(code);
    }
    return {
      segments: all.segments[0]!,
      lengthKm: all.lengthMm[0]! / MM_PER_KM,
      projectKm,
      completedKm: all.completedMm[0]! / MM_PER_KM,
      completionRatio: projectKm > 0 ? inProject.completedMm[0]! / MM_PER_KM / projectKm : null,
      guardRequiredKm: requiredKm,
      guardKm,
      guardCoverageRatio: requiredKm > 0 ? Math.min(1, guardKm / requiredKm) : null,
      byClass: byClass.record(classes),
      byStatus: byStatus.record(statuses),
      byProject: byProject.record(projects),
      byWork: workTotals,
      towns: this.#townsServed(kept),
      classStatusKm,
    };
  }

  /** The names of the towns the segments `kept` marks serve (all with null), in name order. */
  #townsServed(kept: Uint8Array | null): string[] {
    const columns = this.#columns;
    const { names, start, codes } = columns.servedTowns ?? {
      names: columns.towns,
      start: columns.townStart,
      codes: columns.townCodes,
    };
    const seen = new Uint8Array(names.length);
    if (kept === null) {
      for (let at = start[0]!; at < start[this.size]!; at++) seen[codes[at]!] = 1;
    } else {
      // Once every town is seen, no segment can add one.
      let unseen = names.length;
      for (let i = 0; i < this.size && unseen > 0; i++) {
        if (kept[i] === 0) continue;
        const end = start[i + 1]!;
        for (let at = start[i]!; at < end; at++) {
          const town = codes[at]!;
          if (seen[town] === 0) {
            seen[town] = 1;
            unseen--;
          }
        }
      }
    }
    const towns: string[] = [];
    for (const code of townNameOrder(names)) {
      if (seen[code] === 1) towns.push(names[code]!);
    }
    return towns;
  }

  /** Segment count, km and completed km per legend entry of `mode`, of the segments kept. */
  bucketTotals(mode: ColorMode, kept: Uint8Array | null): Map<string, GroupTotals> {
    const { buckets, bucketCode, lengthMm, completedMm } = this.#columns;
    const codes = bucketCode[mode];
    const totals = new CodeTotals(buckets[mode].length);
    const { segments, order } = totals;
    const totalLengthMm = totals.lengthMm;
    const totalCompletedMm = totals.completedMm;
    for (let i = 0; i < this.size; i++) {
      if (kept !== null && kept[i] === 0) continue;
      const code = codes[i]!;
      if (segments[code] === 0) order.push(code);
      segments[code]! += 1;
      totalLengthMm[code]! += lengthMm[i]!;
      totalCompletedMm[code]! += completedMm[i]!;
    }
    return totals.map(buckets[mode]);
  }
}
