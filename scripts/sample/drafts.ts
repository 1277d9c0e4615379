/**
 * Features while the generator is still working on them: contract properties plus geometry in
 * the km frame. `geojson.ts` turns them into GeoJSON at the end.
 */
import type {
  PointFeatureProperties,
  RoadSegmentProperties,
} from '../../src/contract/roadNetwork.ts';
import type { PointKm } from './plane.ts';
import type { ProjectSource } from './source.ts';

/** A road segment being generated. */
export interface SegmentDraft {
  properties: RoadSegmentProperties;
  path: PointKm[];
}

/** A point feature (bridge, station, mooring area) being generated. */
export interface PointDraft {
  properties: PointFeatureProperties;
  position: PointKm;
}

/**
 * A distance in km written as a chainage (桩号), rounded to the metre.
 *
 * @example
 * chainageText(12.3); // 'K12+300'
 */
export function chainageText(km: number): string {
  const totalM = Math.round(km * 1000);
  const wholeKm = Math.floor(totalM / 1000);
  return `K${wholeKm}+${String(totalM - wholeKm * 1000).padStart(3, '0')}`;
}

/**
 * The note a project's features carry: continuing projects (续建) start with `续建（…开工）`,
 * then the project's note, then what is particular to the feature.
 *
 * @example
 * projectNote({ continuing: true, started: '2020-11', note: '已完工' } as ProjectSource);
 * // '续建（2020年11月开工）；已完工'
 */
export function projectNote(
  project: ProjectSource | undefined,
  extra?: string,
): string | undefined {
  const parts: string[] = [];
  if (project?.continuing) {
    const [year, month] = (project.started ?? '').split('-');
    parts.push(year && month ? `续建（${year}年${Number(month)}月开工）` : '续建');
  }
  if (project?.note) parts.push(project.note);
  if (extra) parts.push(extra);
  return parts.length > 0 ? parts.join('；') : undefined;
}
