/**
 * Grouped tables: the figures of the statistics by town, project, class, status, year or route,
 * one or two levels deep, in one pass over the segments laid out as columns. Each figure
 * follows the statistics' rules (`SegmentIndex.summary`), so that the rows of any grouping but
 * town add up exactly to the statistics, and sums are kept in whole millimetres.
 */
import { NO_WORK_CODE, NONE, ROAD_WORK_CODE, type SegmentColumns } from './segmentIndex.ts';
import { townParts, type TownParts } from './townColumns.ts';

/** What a table can be grouped by. */
export const GROUP_FIELDS = ['town', 'project', 'class', 'status', 'year', 'route'] as const;
export type GroupField = (typeof GROUP_FIELDS)[number];

const MM_PER_KM = 1_000_000;

/** The figures of one row (or of the totals). */
export interface TableFigures {
  segments: number;
  lengthKm: number;
  /** Road work in projects, as the statistics' "km in projects". */
  projectKm: number;
  /** Road built, as the statistics' "completed km". */
  completedKm: number;
  /** Road built in projects ÷ projectKm; null where there is no road work in projects. */
  completionRatio: number | null;
  guardRequiredKm: number;
  guardKm: number;
  /** guardKm ÷ guardRequiredKm; null where nothing needs protection. */
  guardRatio: number | null;
  investmentWan: number;
}

export interface TableRow extends TableFigures {
  /** One value per level: a town, project or route name, a class or status, a year; '' for none. */
  keys: string[];
}

export interface GroupTable {
  groupBy: GroupField[];
  rows: TableRow[];
  /** The figures of all segments shown, each counted once. */
  totals: TableFigures;
  /**
   * Whether rows can overlap: grouped by town where segments carry several towns and roads are
   * not split at boundaries, a segment counts in each town it serves, so the rows add up to more
   * than the totals.
   */
  townsOverlap: boolean;
  /** Whether roads are split at town boundaries: the towns' km add up to the totals. */
  townsSplit: boolean;
}

/** The running sums of the groups, one slot each, in millimetres (investment in 万元). */
class Sums {
  count = 0;
  segments = new Float64Array(16);
  lengthMm = new Float64Array(16);
  projectMm = new Float64Array(16);
  completedMm = new Float64Array(16);
  projectCompletedMm = new Float64Array(16);
  guardRequiredMm = new Float64Array(16);
  guardMm = new Float64Array(16);
  investmentWan = new Float64Array(16);

  /** A new slot, all zero. */
  slot(): number {
    if (this.count === this.segments.length) {
      for (const name of SUM_NAMES) {
        const grown = new Float64Array(this.count * 2);
        grown.set(this[name]);
        this[name] = grown;
      }
    }
    return this.count++;
  }

  /** Adds segment `i` of `columns` to the sums of `slot`. */
  add(slot: number, columns: SegmentColumns, i: number): void {
    const work = columns.workCode[i]!;
    const isRoad = work === ROAD_WORK_CODE || work === NO_WORK_CODE;
    this.#add(
      slot,
      columns.projectCode[i] !== NONE,
      isRoad,
      columns.lengthMm[i]!,
      isRoad ? columns.completedMm[i]! : 0,
      columns.guardRequiredMm[i]!,
      columns.guardCountedMm[i]!,
      columns.investmentWan[i]!,
    );
  }

  /** Adds the part of segment `i` in a town (entry `at` of `townCodes`) to the sums of `slot`. */
  addPart(slot: number, columns: SegmentColumns, i: number, parts: TownParts, at: number): void {
    const work = columns.workCode[i]!;
    const isRoad = work === ROAD_WORK_CODE || work === NO_WORK_CODE;
    this.#add(
      slot,
      columns.projectCode[i] !== NONE,
      isRoad,
      parts.lengthMm[at]!,
      isRoad ? parts.completedMm[at]! : 0,
      parts.guardRequiredMm[at]!,
      parts.guardCountedMm[at]!,
      parts.investmentWan[at]!,
    );
  }

  #add(
    slot: number,
    inProject: boolean,
    isRoad: boolean,
    lengthMm: number,
    completedMm: number,
    requiredMm: number,
    countedMm: number,
    investmentWan: number,
  ): void {
    this.segments[slot]! += 1;
    this.lengthMm[slot]! += lengthMm;
    this.completedMm[slot]! += completedMm;
    if (inProject && isRoad) {
      this.projectMm[slot]! += lengthMm;
      this.projectCompletedMm[slot]! += completedMm;
    }
    if (!Number.isNaN(requiredMm)) {
      this.guardRequiredMm[slot]! += requiredMm;
      this.guardMm[slot]! += countedMm;
    }
    this.investmentWan[slot]! += investmentWan;
  }

  /** The figures of `slot`, with `keys` where given. */
  figures(slot: number): TableFigures;
  figures(slot: number, keys: string[]): TableRow;
  figures(slot: number, keys?: string[]): TableFigures | TableRow {
    const projectKm = this.projectMm[slot]! / MM_PER_KM;
    const guardRequiredKm = this.guardRequiredMm[slot]! / MM_PER_KM;
    const guardKm = this.guardMm[slot]! / MM_PER_KM;
    const figures: TableFigures = {
      segments: this.segments[slot]!,
      lengthKm: this.lengthMm[slot]! / MM_PER_KM,
      projectKm,
      completedKm: this.completedMm[slot]! / MM_PER_KM,
      completionRatio:
        projectKm > 0 ? this.projectCompletedMm[slot]! / MM_PER_KM / projectKm : null,
      guardRequiredKm,
      guardKm,
      guardRatio: guardRequiredKm > 0 ? Math.min(1, guardKm / guardRequiredKm) : null,
      investmentWan: Math.round(this.investmentWan[slot]! * 100) / 100,
    };
    if (keys) (figures as TableRow).keys = keys;
    return figures;
  }
}

/** Not a town part: the whole segment. */
const NO_PART = -1;

const SUM_NAMES = [
  'segments',
  'lengthMm',
  'projectMm',
  'completedMm',
  'projectCompletedMm',
  'guardRequiredMm',
  'guardMm',
  'investmentWan',
] as const;

/**
 * The codes of a segment in one field (several for towns), −1 for none, each with its town
 * part (an entry of `townCodes`, or `NO_PART`), and the codes' names.
 */
interface Field {
  names: readonly string[];
  codesOf(i: number, into: number[], parts: number[]): void;
}

function singleCode(names: readonly string[], codes: ArrayLike<number>): Field {
  return {
    names,
    codesOf(i, into, parts) {
      into.push(codes[i]!);
      parts.push(NO_PART);
    },
  };
}

function fieldOf(columns: SegmentColumns, field: GroupField): Field {
  switch (field) {
    case 'class':
      return singleCode(columns.classes, columns.classCode);
    case 'status':
      return singleCode(columns.statuses, columns.statusCode);
    case 'project':
      return singleCode(columns.projects, columns.projectCode);
    case 'year':
      return singleCode(columns.years.map(String), columns.yearCode);
    case 'route':
      return singleCode(columns.routes, columns.routeCode);
    case 'town':
      return {
        names: columns.towns,
        codesOf(i, into, parts) {
          const start = columns.townStart[i]!;
          const end = columns.townStart[i + 1]!;
          const split = columns.townSpans !== undefined;
          if (start === end) {
            into.push(NONE);
            parts.push(NO_PART);
          }
          for (let at = start; at < end; at++) {
            into.push(columns.townCodes[at]!);
            parts.push(split ? at : NO_PART);
          }
        },
      };
  }
}

/**
 * The figures of the segments `shown` marks (all with null), grouped by one or two fields, in
 * the order the groups first come; the caller sorts. Grouped by town, a segment counts in
 * each town it serves (`townsOverlap`).
 *
 * @example
 * const table = groupTable(columns, null, ['town', 'class']);
 * table.rows[0]; // { keys: ['永明镇', 'expressway'], segments: 4, lengthKm: 17.19, … }
 */
export function groupTable(
  columns: SegmentColumns,
  shown: Uint8Array | null,
  groupBy: readonly GroupField[],
): GroupTable {
  const fields = groupBy.map((field) => fieldOf(columns, field));
  const parts = groupBy.includes('town') ? townParts(columns) : null;
  const totals = new Sums();
  totals.slot();
  const sums = new Sums();
  /** Each slot's codes, one per level. */
  const slotCodes: number[][] = [];
  const [first, second] = fields;
  // One level: the slot of code c is at c + 1 (0 for none). Two: a map from the pair.
  const slotOfCode = new Int32Array(first && !second ? first.names.length + 1 : 0).fill(-1);
  const slotOfPair = new Map<number, number>();
  const firstCodes: number[] = [];
  const secondCodes: number[] = [];
  const firstParts: number[] = [];
  const secondParts: number[] = [];
  let townsOverlap = false;
  for (let i = 0; i < columns.size; i++) {
    if (shown && shown[i] === 0) continue;
    totals.add(0, columns, i);
    if (!first) continue;
    firstCodes.length = 0;
    firstParts.length = 0;
    first.codesOf(i, firstCodes, firstParts);
    secondCodes.length = 0;
    secondParts.length = 0;
    if (second) second.codesOf(i, secondCodes, secondParts);
    else {
      secondCodes.push(NONE);
      secondParts.push(NO_PART);
    }
    if (firstCodes.length * secondCodes.length > 1 && !parts) townsOverlap = true;
    for (let x = 0; x < firstCodes.length; x++) {
      const a = firstCodes[x]!;
      for (let y = 0; y < secondCodes.length; y++) {
        const b = secondCodes[y]!;
        const part = firstParts[x] !== NO_PART ? firstParts[x]! : secondParts[y]!;
        let slot: number;
        if (second) {
          // Codes are small integers from −1: one number keys a pair.
          const key = (a + 1) * 0x1000000 + (b + 1);
          slot = slotOfPair.get(key) ?? -1;
          if (slot < 0) {
            slot = sums.slot();
            slotOfPair.set(key, slot);
            slotCodes.push([a, b]);
          }
        } else {
          slot = slotOfCode[a + 1]!;
          if (slot < 0) {
            slot = sums.slot();
            slotOfCode[a + 1] = slot;
            slotCodes.push([a]);
          }
        }
        if (part !== NO_PART && parts) sums.addPart(slot, columns, i, parts, part);
        else sums.add(slot, columns, i);
      }
    }
  }
  const nameOf = (field: Field, code: number) => (code === NONE ? '' : field.names[code]!);
  const rows = slotCodes.map((codes, slot) =>
    sums.figures(
      slot,
      codes.map((code, level) => nameOf(fields[level]!, code)),
    ),
  );
  const townsSplit = columns.townSpans !== undefined;
  return { groupBy: [...groupBy], rows, totals: totals.figures(0), townsOverlap, townsSplit };
}
