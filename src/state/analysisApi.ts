/**
 * The measuring, selecting and data-check entries of `window.roadboard`, loaded with the first
 * call: plain objects for tests and embedding pages.
 */
import type { Position } from 'geojson';
import type { DataCheck } from '../domain/dataChecks.ts';
import { alongRoadText, type AlongRoad } from '../domain/measureAlongRoad.ts';
import type { GroupTotals } from '../domain/types.ts';
import { boxRing } from '../domain/segmentsInArea.ts';
import { analysisTools, API_SNAP_RADIUS_M } from './analysisTools.svelte.ts';
import { analysisPanel } from './analysisPanel.svelte.ts';
import { appState } from './appState.svelte.ts';

/** A measurement as `roadboard.measure` returns it. */
export interface ApiMeasurement {
  /** Ellipsoidal length of the path through the points (snapped ones where along roads), km. */
  straightKm: number;
  legsKm: number[];
  /** Each point's road where along roads (null: none within reach); empty when straight. */
  snaps: ({
    segmentIndex: number;
    id: string;
    route: string;
    chainageKm: number | null;
    distanceM: number;
  } | null)[];
  /** The distance by chainage, with its line (`G247 K391+420 → K398+000: 6.58 km`). */
  along: (AlongRoad & { text: string }) | null;
}

/** A selection's figures as `roadboard.selectBox` and `selectPolygon` return them. */
export interface ApiSelection {
  segments: number;
  lengthKm: number;
  completedKm: number;
  byClass: Record<string, GroupTotals>;
  /** The ids of the segments selected, in dataset order. */
  ids: string[];
}

export interface ApiMeasureOptions {
  /** Snap each point to a road and measure by chainage (default true). */
  alongRoad?: boolean;
  /** How far from a road a point still snaps to it, in metres (default 100). */
  snapRadiusM?: number;
}

/** Measures through points, shown on the map and in the tools' panel. */
export async function apiMeasure(
  points: readonly Position[],
  options: ApiMeasureOptions = {},
): Promise<ApiMeasurement> {
  analysisPanel.open = true;
  const result = await analysisTools.measure(
    points,
    options.alongRoad === false ? 'straight' : 'road',
    options.snapRadiusM ?? API_SNAP_RADIUS_M,
  );
  return {
    straightKm: result.straightKm,
    legsKm: [...result.legsKm],
    snaps: result.snaps.map((snap) =>
      snap
        ? {
            segmentIndex: snap.segmentIndex,
            id: appState.segments[snap.segmentIndex]?.properties.id ?? '',
            route: snap.route,
            chainageKm: snap.chainageKm ?? null,
            distanceM: snap.distanceM,
          }
        : null,
    ),
    along: result.along ? { ...result.along, text: alongRoadText(result.along) } : null,
  };
}

/** Selects what a ring touches (a box's or a polygon's), shown on the map and in the panel. */
export async function apiSelect(ring: readonly Position[]): Promise<ApiSelection> {
  analysisPanel.open = true;
  const selection = await analysisTools.select(ring);
  if (!selection) return { segments: 0, lengthKm: 0, completedKm: 0, byClass: {}, ids: [] };
  const { summary, segmentIndices } = selection;
  const byClass: Record<string, GroupTotals> = {};
  for (const [roadClass, totals] of Object.entries(summary.byClass)) {
    if (totals) byClass[roadClass] = { ...totals };
  }
  return {
    segments: summary.segments,
    lengthKm: summary.lengthKm,
    completedKm: summary.completedKm,
    byClass,
    ids: segmentIndices.map((index) => appState.segments[index]?.properties.id ?? ''),
  };
}

/** Selects what a box (west, south, east, north) touches. */
export function apiSelectBox(bounds: [number, number, number, number]): Promise<ApiSelection> {
  return apiSelect(boxRing(bounds));
}

/** The data checks of the dataset shown, at a length share (0…1; default the panel's). */
export function apiDataChecks(options: { lengthShare?: number } = {}): DataCheck[] {
  if (options.lengthShare !== undefined) analysisTools.lengthShare = options.lengthShare;
  return analysisTools.checks.map((check) => ({ ...check, params: { ...check.params } }));
}
