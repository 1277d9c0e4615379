/**
 * `SegmentIndex` against a plain segment-by-segment count written here, on random columns: the
 * same numbers to the bit and the same key order in every group, for random kept masks (none,
 * all, nothing, sparse and dense), with segments without a project or work, guard lengths that
 * do not count (NaN), towns named apart from the towns split at, and filters that keep all,
 * some or none.
 */
import { describe, expect, it } from 'vitest';
import {
  BUILD_STATUSES,
  ROAD_CLASSES,
  WORK_TYPES,
  type BuildStatus,
  type RoadClass,
} from '../../src/contract/roadNetwork.ts';
import {
  NO_WORK_CODE,
  NONE,
  SegmentIndex,
  type SegmentColumns,
  type ServedTowns,
} from '../../src/domain/segmentIndex.ts';
import {
  COLOR_MODES,
  type FilterState,
  type GroupTotals,
  type NetworkSummary,
} from '../../src/domain/types.ts';
import { seededRandom } from './coordinatesHelpers.ts';

const MM_PER_KM = 1_000_000;
const TOWN_NAMES = [
  '永明镇',
  '塔山乡',
  '新城街道',
  '北岭镇',
  'Alpha',
  'alpha',
  '7',
  '乙镇',
  '甲镇',
];
const PROJECT_NAMES = ['S209 塔山至永新', '12', '县道改造', 'X031', '3', '乡村路网'];

type Random = () => number;

/** Some of `values` in a random order (at least one unless `values` is empty). */
function shuffledSome<Value>(values: readonly Value[], random: Random): Value[] {
  const shuffled = [...values].sort(() => random() - 0.5);
  return shuffled.slice(0, 1 + Math.floor(random() * shuffled.length));
}

/** A code in 0 … count − 1, or `NONE` with chance `noneChance`. */
function codeOrNone(count: number, noneChance: number, random: Random): number {
  return count === 0 || random() < noneChance ? NONE : Math.floor(random() * count);
}

/** Each segment's list of codes of `count` values, 0 to 3 of them, laid out as `townStart`. */
function codeLists(size: number, count: number, random: Random): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(size + 1);
  const codes: number[] = [];
  for (let i = 0; i < size; i++) {
    start[i] = codes.length;
    const listed = count === 0 ? 0 : Math.floor(random() * 4);
    for (let k = 0; k < listed; k++) codes.push(Math.floor(random() * count));
  }
  start[size] = codes.length;
  return [start, Uint32Array.from(codes)];
}

function randomColumns(size: number, random: Random): SegmentColumns {
  const classes = shuffledSome<RoadClass>(ROAD_CLASSES, random);
  const statuses = shuffledSome<BuildStatus>(BUILD_STATUSES, random);
  const projects = random() < 0.2 ? [] : shuffledSome(PROJECT_NAMES, random);
  const years = shuffledSome([2021, 2022, 2023, 2024], random);
  const towns = random() < 0.1 ? [] : shuffledSome(TOWN_NAMES, random);
  const buckets = {} as SegmentColumns['buckets'];
  const bucketCode = {} as SegmentColumns['bucketCode'];
  for (const mode of COLOR_MODES) {
    buckets[mode] = shuffledSome(['a', 'b', 'c', 'd', '0', '1'], random);
    bucketCode[mode] = Uint8Array.from({ length: size }, () =>
      Math.floor(random() * buckets[mode].length),
    );
  }
  const [townStart, townCodes] = codeLists(size, towns.length, random);
  // Small classes of codes, so that runs of one cell and cells first seen late both occur.
  const skew = (count: number) => Math.floor(random() ** 2 * count);
  const lengthMm = Float64Array.from({ length: size }, () => Math.round(random() * 5e6));
  const completedMm = lengthMm.map((length) => Math.round(random() * length));
  const guardRequiredMm = lengthMm.map((length) =>
    random() < 0.4 ? NaN : Math.round(random() * length),
  );
  const guardCountedMm = guardRequiredMm.map((required) =>
    Number.isNaN(required) ? 0 : Math.round(random() * required),
  );
  const columns: SegmentColumns = {
    size,
    classes,
    statuses,
    projects,
    years,
    towns,
    routes: [],
    buckets,
    classCode: Uint8Array.from({ length: size }, () => skew(classes.length)),
    statusCode: Uint8Array.from({ length: size }, () => skew(statuses.length)),
    projectCode: Int32Array.from({ length: size }, () => codeOrNone(projects.length, 0.5, random)),
    yearCode: Int32Array.from({ length: size }, () => codeOrNone(years.length, 0.3, random)),
    routeCode: new Int32Array(size).fill(NONE),
    workCode: Uint8Array.from({ length: size }, () =>
      random() < 0.4 ? NO_WORK_CODE : Math.floor(random() * WORK_TYPES.length),
    ),
    townStart,
    townCodes,
    bucketCode,
    lengthMm,
    completedMm,
    guardRequiredMm,
    guardCountedMm,
    investmentWan: new Float64Array(size),
  };
  if (random() < 0.4) {
    const names = shuffledSome(TOWN_NAMES, random);
    const [start, codes] = codeLists(size, names.length, random);
    columns.servedTowns = { names, start, codes };
  }
  return columns;
}

function randomKept(size: number, random: Random): Uint8Array | null {
  const draw = random();
  if (draw < 0.2) return null;
  if (draw < 0.3) return new Uint8Array(size);
  if (draw < 0.4) return new Uint8Array(size).fill(1);
  const density = random();
  return Uint8Array.from({ length: size }, () => (random() < density ? 1 : 0));
}

/** Some of `values` (and a value the data does not have), none of them, or the field absent. */
function someOf<Value>(
  values: readonly Value[],
  unknown: Value,
  random: Random,
): Value[] | undefined {
  const draw = random();
  if (draw < 0.5) return undefined;
  if (draw < 0.6) return [];
  const chosen = values.filter(() => random() < 0.5);
  return random() < 0.2 ? [...chosen, unknown] : chosen;
}

function randomFilter(columns: SegmentColumns, random: Random): FilterState {
  return {
    classes: someOf(columns.classes, 'expressway', random),
    statuses: someOf(columns.statuses, 'planned', random),
    projects: someOf(columns.projects, 'no such project', random),
    years: someOf(columns.years, 1900, random),
    towns: someOf(columns.towns, 'no such town', random),
  };
}

/** Segments, mm and completed mm, added one segment at a time. */
interface Sums {
  segments: number;
  lengthMm: number;
  completedMm: number;
}

function addTo<Key>(groups: Map<Key, Sums>, key: Key, lengthMm: number, completedMm: number) {
  const sums = groups.get(key) ?? { segments: 0, lengthMm: 0, completedMm: 0 };
  sums.segments += 1;
  sums.lengthMm += lengthMm;
  sums.completedMm += completedMm;
  groups.set(key, sums);
}

function totalsOf(sums: Sums | undefined): GroupTotals {
  return {
    segments: sums?.segments ?? 0,
    lengthKm: (sums?.lengthMm ?? 0) / MM_PER_KM,
    completedKm: (sums?.completedMm ?? 0) / MM_PER_KM,
  };
}

function recordOf<Key extends string>(groups: Map<Key, Sums>): Record<Key, GroupTotals> {
  const record = {} as Record<Key, GroupTotals>;
  for (const [key, sums] of groups) record[key] = totalsOf(sums);
  return record;
}

/** The rules of `SegmentIndex.summary`, one segment at a time, each group a Map. */
function referenceSummary(columns: SegmentColumns, kept: Uint8Array | null): NetworkSummary {
  const all = new Map<'all', Sums>();
  const inProject = new Map<'all', Sums>();
  const byClass = new Map<RoadClass, Sums>();
  const byStatus = new Map<BuildStatus, Sums>();
  const byProject = new Map<string, Sums>();
  const byWork = new Map<string, Sums>();
  const classStatusMm = new Map<RoadClass, Map<BuildStatus, number>>();
  const served: ServedTowns = columns.servedTowns ?? {
    names: columns.towns,
    start: columns.townStart,
    codes: columns.townCodes,
  };
  const townsServed = new Set<string>();
  let requiredMm = 0;
  let guardMm = 0;
  for (let i = 0; i < columns.size; i++) {
    if (kept && !kept[i]) continue;
    const roadClass = columns.classes[columns.classCode[i]!]!;
    const status = columns.statuses[columns.statusCode[i]!]!;
    const work = columns.workCode[i] === NO_WORK_CODE ? null : WORK_TYPES[columns.workCode[i]!]!;
    const project =
      columns.projectCode[i] === NONE ? null : columns.projects[columns.projectCode[i]!]!;
    const lengthMm = columns.lengthMm[i]!;
    const roadBuiltMm = work === null || work === 'road' ? columns.completedMm[i]! : 0;
    addTo(all, 'all', lengthMm, roadBuiltMm);
    addTo(byClass, roadClass, lengthMm, roadBuiltMm);
    addTo(byStatus, status, lengthMm, roadBuiltMm);
    if (work !== null) addTo(byWork, work, lengthMm, columns.completedMm[i]!);
    if (project !== null) {
      addTo(byProject, project, lengthMm, roadBuiltMm);
      if (work === null || work === 'road') addTo(inProject, 'all', lengthMm, roadBuiltMm);
    }
    const row = classStatusMm.get(roadClass) ?? new Map<BuildStatus, number>();
    row.set(status, (row.get(status) ?? 0) + lengthMm);
    classStatusMm.set(roadClass, row);
    if (!Number.isNaN(columns.guardRequiredMm[i]!)) {
      requiredMm += columns.guardRequiredMm[i]!;
      guardMm += columns.guardCountedMm[i]!;
    }
    for (let at = served.start[i]!; at < served.start[i + 1]!; at++) {
      townsServed.add(served.names[served.codes[at]!]!);
    }
  }
  const classStatusKm: NetworkSummary['classStatusKm'] = {};
  for (const [roadClass, row] of classStatusMm) {
    const kmRow: Partial<Record<BuildStatus, number>> = {};
    for (const [status, lengthMm] of row) kmRow[status] = lengthMm / MM_PER_KM;
    classStatusKm[roadClass] = kmRow;
  }
  const totals = totalsOf(all.get('all'));
  const projectRoad = totalsOf(inProject.get('all'));
  const requiredKm = requiredMm / MM_PER_KM;
  const guardKm = guardMm / MM_PER_KM;
  return {
    segments: totals.segments,
    lengthKm: totals.lengthKm,
    projectKm: projectRoad.lengthKm,
    completedKm: totals.completedKm,
    completionRatio:
      projectRoad.lengthKm > 0 ? projectRoad.completedKm / projectRoad.lengthKm : null,
    guardRequiredKm: requiredKm,
    guardKm,
    guardCoverageRatio: requiredKm > 0 ? Math.min(1, guardKm / requiredKm) : null,
    byClass: recordOf(byClass),
    byStatus: recordOf(byStatus),
    byProject: recordOf(byProject),
    byWork: recordOf(byWork),
    towns: served.names
      .filter((name) => townsServed.has(name))
      .sort(new Intl.Collator('zh').compare),
    classStatusKm,
  };
}

function referenceBucketTotals(
  columns: SegmentColumns,
  mode: (typeof COLOR_MODES)[number],
  kept: Uint8Array | null,
): Map<string, GroupTotals> {
  const groups = new Map<string, Sums>();
  for (let i = 0; i < columns.size; i++) {
    if (kept && !kept[i]) continue;
    const bucket = columns.buckets[mode][columns.bucketCode[mode][i]!]!;
    addTo(groups, bucket, columns.lengthMm[i]!, columns.completedMm[i]!);
  }
  return new Map([...groups].map(([bucket, sums]) => [bucket, totalsOf(sums)]));
}

function referenceKept(columns: SegmentColumns, filter: FilterState): Uint8Array {
  const chosen = <Value>(values: Value[] | undefined, value: Value | null): boolean =>
    !values?.length || (value !== null && values.includes(value));
  return Uint8Array.from({ length: columns.size }, (_, i) => {
    const project =
      columns.projectCode[i] === NONE ? null : columns.projects[columns.projectCode[i]!]!;
    const year = columns.yearCode[i] === NONE ? null : columns.years[columns.yearCode[i]!]!;
    const towns: string[] = [];
    for (let at = columns.townStart[i]!; at < columns.townStart[i + 1]!; at++) {
      towns.push(columns.towns[columns.townCodes[at]!]!);
    }
    const keeps =
      chosen(filter.classes, columns.classes[columns.classCode[i]!]!) &&
      chosen(filter.statuses, columns.statuses[columns.statusCode[i]!]!) &&
      chosen(filter.projects, project) &&
      chosen(filter.years, year) &&
      (!filter.towns?.length || towns.some((town) => filter.towns!.includes(town)));
    return keeps ? 1 : 0;
  });
}

/** Equal to the bit, and with every record's keys in the same order. */
function expectSame(actual: unknown, expected: unknown, message: string): void {
  expect(actual, message).toStrictEqual(expected);
  expect(JSON.stringify(actual), message).toBe(JSON.stringify(expected));
}

describe('SegmentIndex on random columns, against a count one segment at a time', () => {
  it('gives the same statistics, numbers and key order, for 300 random networks and masks', () => {
    const random = seededRandom(20240611);
    for (let round = 0; round < 300; round++) {
      const size = round % 10 === 0 ? Math.floor(random() * 3) : Math.floor(random() * 400);
      const columns = randomColumns(size, random);
      const index = new SegmentIndex(columns);
      for (let draw = 0; draw < 4; draw++) {
        const kept = randomKept(size, random);
        const message = `round ${round}, draw ${draw}`;
        expectSame(index.summary(kept), referenceSummary(columns, kept), message);
        for (const mode of COLOR_MODES) {
          const totals = index.bucketTotals(mode, kept);
          const expected = referenceBucketTotals(columns, mode, kept);
          expectSame([...totals], [...expected], `${message}, ${mode}`);
        }
      }
    }
  });

  it('keeps what the filter rules keep, for 300 random networks and filters', () => {
    const random = seededRandom(99);
    for (let round = 0; round < 300; round++) {
      const columns = randomColumns(Math.floor(random() * 300), random);
      const index = new SegmentIndex(columns);
      const filter = randomFilter(columns, random);
      const kept = index.kept(filter);
      const expected = referenceKept(columns, filter);
      expect(kept ? [...kept] : [...expected].map(() => 1), JSON.stringify(filter)).toEqual([
        ...expected,
      ]);
      const empty = Object.values(filter).every((values) => !values?.length);
      expect(kept === null, JSON.stringify(filter)).toBe(empty);
    }
  });

  it('adds large whole-millimetre lengths to the same bits as one sum in segment order', () => {
    const random = seededRandom(5);
    const columns = randomColumns(2000, random);
    columns.lengthMm = columns.lengthMm.map(() => Math.round(random() * 2 ** 40));
    columns.completedMm = columns.lengthMm.map((length) => Math.round(random() * length));
    const index = new SegmentIndex(columns);
    for (const kept of [null, randomKept(2000, random)]) {
      expectSame(index.summary(kept), referenceSummary(columns, kept), 'large lengths');
    }
  });
});
