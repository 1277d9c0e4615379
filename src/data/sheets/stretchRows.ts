/**
 * The joined progress as sheet rows, one per stretch: the pieces a progress sheet cut a segment
 * into (a stretch between two row ends may be drawn as a built and an unbuilt piece) are put
 * back together, so that the rows, read and joined again, give the same figures.
 */
import type { BuildStatus, WorkType } from '../../contract/roadNetwork.ts';
import type { SheetRow } from './writeProgressSheet.ts';

/** What the export needs of a piece: a `MeasuredSegment` cut by a sheet fits. */
export interface StretchPiece {
  properties: {
    route?: string;
    project?: string;
    status: BuildStatus;
    towns: string[];
    year?: number;
    investment_wan?: number;
    work?: WorkType;
    updated?: string;
    note?: string;
  };
  completedKm: number;
  guardRequiredKm: number | null;
  guardKm: number;
  /** Where a sheet cut the segment; absent for a whole segment. */
  stretch?: {
    stretchFromKm: number;
    stretchToKm: number;
    segmentIndex: number;
    /** The row giving the piece's figures; null where no row has reported yet. */
    source: unknown;
  };
}

/**
 * One row per stretch a sheet row reports on: pieces of the same segment and stretch are one
 * row, their completed and guard km summed (completed km count from the stretch's start
 * chainage, as a sheet's do); status, project and the other words are the stretch's. Pieces
 * that no row has reported on, and whole segments, give no row. Rows come by route, then
 * chainage.
 *
 * @example
 * stretchRows(dataset.segments);
 * // [{ route: 'G247', fromKm: 391.4, toKm: 393, status: 'construction', completedKm: 0.8, … }]
 */
export function stretchRows(pieces: readonly StretchPiece[]): SheetRow[] {
  const byStretch = new Map<string, { row: SheetRow; segmentIndex: number }>();
  for (const piece of pieces) {
    const stretch = piece.stretch;
    const route = piece.properties.route;
    if (stretch === undefined || stretch.source === null || route === undefined) continue;
    const key = `${stretch.segmentIndex}|${stretch.stretchFromKm}|${stretch.stretchToKm}`;
    const known = byStretch.get(key);
    if (known) {
      const row = known.row;
      row.completedKm = (row.completedKm ?? 0) + piece.completedKm;
      row.guardKm = (row.guardKm ?? 0) + piece.guardKm;
      if (piece.guardRequiredKm !== null) {
        row.guardRequiredKm = (row.guardRequiredKm ?? 0) + piece.guardRequiredKm;
      }
      continue;
    }
    const properties = piece.properties;
    const row: SheetRow = {
      route,
      fromKm: stretch.stretchFromKm,
      toKm: stretch.stretchToKm,
      status: properties.status,
      completedKm: piece.completedKm,
      guardKm: piece.guardKm,
      towns: properties.towns,
    };
    if (piece.guardRequiredKm !== null) row.guardRequiredKm = piece.guardRequiredKm;
    if (properties.project !== undefined) row.project = properties.project;
    if (properties.year !== undefined) row.year = properties.year;
    if (properties.investment_wan !== undefined) row.investmentWan = properties.investment_wan;
    if (properties.work !== undefined) row.work = properties.work;
    if (properties.updated !== undefined) row.updated = properties.updated;
    if (properties.note !== undefined) row.note = properties.note;
    byStretch.set(key, { row, segmentIndex: stretch.segmentIndex });
  }
  for (const { row } of byStretch.values()) {
    // No guard figures at all stay unwritten: written as 0 they would read as "not required".
    if (row.guardRequiredKm === undefined && row.guardKm === 0) delete row.guardKm;
  }
  return [...byStretch.values()]
    .sort(
      (a, b) =>
        (a.row.route < b.row.route ? -1 : a.row.route > b.row.route ? 1 : 0) ||
        a.row.fromKm - b.row.fromKm ||
        a.segmentIndex - b.segmentIndex,
    )
    .map((entry) => entry.row);
}
