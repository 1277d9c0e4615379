/**
 * A segment of a tile set, put together for its details and tooltip: its figures and codes
 * from the columns; its id, name, start chainage and, where its length counted is declared,
 * its measured length from the tile feature drawn for it (`npm run tiles` writes them; see
 * `scripts/tiles/roadTexts.ts`). A tile set keeps no note or other fields of a segment; until
 * its feature has been seen, the measured length is unknown (`measuredKm` is NaN).
 */
import { WORK_TYPES, type RoadSegmentProperties } from '../contract/roadNetwork.ts';
import { guardRatio } from './buckets.ts';
import type { SegmentColumns } from './segmentIndex.ts';
import type { TileFeatureText } from './tileFeatureText.ts';
import type { CompletionBucket, GuardBucket, MeasuredSegment } from './types.ts';

const MM_PER_KM = 1_000_000;

/**
 * Segment `index` of the columns as a measured segment; null outside them. The id is the
 * feature's, else `#index` (1-based).
 *
 * @example
 * tileSegment(columns, 12, { id: 'X001-3', name: '石门—八洞' })?.lengthKm;
 */
export function tileSegment(
  columns: SegmentColumns,
  index: number,
  feature: TileFeatureText | null,
): MeasuredSegment | null {
  if (!Number.isInteger(index) || index < 0 || index >= columns.size) return null;
  const lengthKm = columns.lengthMm[index]! / MM_PER_KM;
  const completedKm = columns.completedMm[index]! / MM_PER_KM;
  const requiredMm = columns.guardRequiredMm[index]!;
  const guardRequiredKm = Number.isNaN(requiredMm) ? null : requiredMm / MM_PER_KM;
  const guardKm = columns.guardCountedMm[index]! / MM_PER_KM;
  const projectCode = columns.projectCode[index]!;
  const yearCode = columns.yearCode[index]!;
  const routeCode = columns.routeCode[index]!;
  const work = WORK_TYPES[columns.workCode[index]!];
  const investment = columns.investmentWan[index]!;
  const towns: string[] = [];
  const served = columns.servedTowns ?? {
    names: columns.towns,
    start: columns.townStart,
    codes: columns.townCodes,
  };
  for (let k = served.start[index]!; k < served.start[index + 1]!; k++) {
    const town = served.names[served.codes[k]!];
    if (town !== undefined && !towns.includes(town)) towns.push(town);
  }
  const properties: RoadSegmentProperties = {
    id: typeof feature?.id === 'string' && feature.id !== '' ? feature.id : `#${index + 1}`,
    class: columns.classes[columns.classCode[index]!]!,
    status: columns.statuses[columns.statusCode[index]!]!,
    towns,
    completed_km: completedKm,
  };
  if (typeof feature?.name === 'string' && feature.name !== '') properties.name = feature.name;
  if (typeof feature?.startChainage === 'string' && feature.startChainage !== '')
    properties.start_chainage = feature.startChainage;
  const measuredM = feature?.measuredM;
  const declared = typeof measuredM === 'number' && Number.isFinite(measuredM);
  if (declared) properties.length_km = lengthKm;
  if (routeCode >= 0) properties.route = columns.routes[routeCode];
  if (projectCode >= 0) properties.project = columns.projects[projectCode];
  if (yearCode >= 0) properties.year = columns.years[yearCode];
  if (work !== undefined) properties.work = work;
  if (guardRequiredKm !== null) {
    properties.guard_required_km = guardRequiredKm;
    properties.guard_km = guardKm;
  }
  if (investment > 0) properties.investment_wan = investment;
  return {
    index,
    properties,
    measuredKm: feature === null ? Number.NaN : declared ? measuredM / 1000 : lengthKm,
    lengthKm,
    completedKm,
    completionRatio: lengthKm > 0 ? completedKm / lengthKm : 0,
    completionBucket: columns.buckets.completion[
      columns.bucketCode.completion[index]!
    ] as CompletionBucket,
    guardRequiredKm,
    guardKm,
    guardRatio: guardRatio(guardRequiredKm, guardKm),
    guardBucket: columns.buckets.guard[columns.bucketCode.guard[index]!] as GuardBucket,
  };
}
