/**
 * What village roads each town gets before any is drawn: the programme roads with their exact
 * figures (撤并建制村畅通 314.00 km over all 24 towns, 自然村通硬化路 157.00 km over 17 towns,
 * 62.92 km of safety guard) and, to fill the town's tree, plain existing roads.
 */
import { splitLengthKm, spreadEvenly } from './allocate.ts';
import type { County } from './county.ts';
import type { Random } from './random.ts';
import type { VillageRoadSource } from './source.ts';

/** Which programme a village road belongs to; `plain` roads belong to none. */
export type VillageRoadKind = 'merged' | 'natural' | 'guard' | 'plain';

/** One village road to grow. */
export interface VillageRoadRequest {
  kind: VillageRoadKind;
  town: string;
  /** Length to grow, in km: exact for programme roads, a wish for plain ones. */
  lengthKm: number;
  exact: boolean;
  /** Declared length (2 decimals) for programme roads whose programme gives a figure. */
  declaredKm?: number;
  /** Length of guard installed (and required) on a safety-guard road, in km. */
  guardKm?: number;
}

/**
 * The village roads of every town, in the order they are grown: a town's 撤并建制村 roads first
 * (they are the trunks, from the town centre), then its other programme roads (while there is
 * room for their exact lengths), then the plain roads.
 */
export function planVillageRoads(
  settings: VillageRoadSource,
  county: County,
  random: Random,
): Map<string, VillageRoadRequest[]> {
  const byTown = new Map<string, VillageRoadRequest[]>(county.towns.map((town) => [town.name, []]));
  const add = (request: VillageRoadRequest): void => {
    const list = byTown.get(request.town);
    if (!list) throw new Error(`unknown town in the village plan: ${request.town}`);
    list.push(request);
  };

  const merged = settings.merged_villages;
  const mergedLengths = splitLengthKm(
    merged.total_km,
    merged.villages,
    random.fork('merged'),
    merged.length_km,
  );
  const mergedCounts = spreadEvenly(
    merged.villages,
    county.towns.length,
    random.fork('merged towns'),
  );
  let next = 0;
  county.towns.forEach((town, index) => {
    for (let count = 0; count < (mergedCounts[index] as number); count++) {
      const lengthKm = mergedLengths[next++] as number;
      add({ kind: 'merged', town: town.name, lengthKm, exact: true, declaredKm: lengthKm });
    }
  });

  const natural = settings.natural_villages;
  const naturalLengths = splitLengthKm(
    natural.total_km,
    natural.groups,
    random.fork('natural'),
    natural.length_km,
  );
  const naturalCounts = spreadEvenly(
    natural.groups,
    natural.towns.length,
    random.fork('natural towns'),
  );
  next = 0;
  natural.towns.forEach((town, index) => {
    for (let count = 0; count < (naturalCounts[index] as number); count++) {
      const lengthKm = naturalLengths[next++] as number;
      add({ kind: 'natural', town, lengthKm, exact: true, declaredKm: lengthKm });
    }
  });

  const guard = settings.safety_guard;
  const guardRandom = random.fork('guard');
  const guardLengths = splitLengthKm(guard.total_km, guard.segments, guardRandom, [0.6, 2]);
  for (const guardKm of guardLengths) {
    const town = guardRandom.pick(county.towns).name;
    const lengthKm = guardKm / guardRandom.between(...guard.guard_share);
    add({ kind: 'guard', town, lengthKm, exact: true, guardKm });
  }

  const plainRandom = random.fork('plain');
  for (const town of county.towns) {
    const list = byTown.get(town.name) as VillageRoadRequest[];
    const plainCount = Math.max(10, town.villageRoadCount - list.length);
    for (let count = 0; count < plainCount; count++) {
      const [shortest, longest] = settings.plain_length_km;
      const lengthKm = Math.min(
        longest,
        shortest + (longest - shortest) * plainRandom.next() ** 1.6,
      );
      list.push({ kind: 'plain', town: town.name, lengthKm, exact: false });
    }
    const ofKind = (kind: VillageRoadKind): VillageRoadRequest[] =>
      list.filter((request) => request.kind === kind);
    const programme = plainRandom.shuffled([...ofKind('natural'), ...ofKind('guard')]);
    byTown.set(town.name, [...ofKind('merged'), ...programme, ...ofKind('plain')]);
  }
  return byTown;
}
