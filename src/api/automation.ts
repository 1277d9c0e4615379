/**
 * `window.roadboard`: the automation API used by tests, benchmarks and embedding pages.
 */
import { tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { COLOR_MODES } from '../domain/types.ts';
import type { ColorMode, FilterState, GroupTotals, PointSummary } from '../domain/types.ts';
import type { AppState } from '../state/appState.svelte.ts';
import type { RoadMap } from '../map/RoadMap.ts';
import type { DatasetSource, OpenOptions } from '../data/worker/workerProtocol.ts';
import { datasetLoader, type LoadReport } from '../state/datasetLoader.svelte.ts';
import { dataUrlFromAddress } from '../state/startup.ts';

/**
 * The statistics of what the map shows (the filters, less hidden legend entries), as
 * `summary()` returns them. `completedKm` is road built (road work only); `projectKm` the km
 * of road work in projects; guard work counts in `guardKm` and `byWork.guard`; bridges and
 * facilities by count in `points`.
 */
export interface AutomationSummary {
  segments: number;
  lengthKm: number;
  projectKm: number;
  completedKm: number;
  /** completedKm of road work in projects ÷ projectKm; null when there is none. */
  completionRatio: number | null;
  guardRequiredKm: number;
  guardKm: number;
  byClass: Record<string, GroupTotals>;
  byStatus: Record<string, GroupTotals>;
  byProject: Record<string, GroupTotals>;
  byWork: Record<string, GroupTotals>;
  points: PointSummary;
  /** The legend entries hidden on the map (keys of the current mode). */
  hiddenLegendEntries: string[];
}

export interface RoadboardApi {
  /** Resolves once the first dataset is loaded and drawn and the map is idle. */
  ready: Promise<void>;
  /** The MapLibre map (null until the map view has made it). */
  readonly map: MapLibreMap | null;
  readonly mode: ColorMode;
  /** Switches the colour mode; resolves once the map is idle with the new colours. */
  setMode(mode: ColorMode): Promise<void>;
  /** Replaces the filters (`{}` clears them); resolves once the map is idle. */
  setFilter(filter: FilterState): Promise<void>;
  summary(): AutomationSummary;
  /**
   * Opens a dataset: a File or Blob (GeoJSON, a zipped Shapefile, KML or KMZ, told apart by
   * content), an array of Files (a Shapefile's loose parts), an http(s) address, or a GeoJSON
   * object. Resolves with a report once it is drawn (or refused): `{ ok, errors, warnings,
   * segments, format, encoding, crs, mapping, … }`; never throws for bad data.
   */
  load(
    input: File | Blob | readonly File[] | string | object,
    options?: OpenOptions,
  ): Promise<LoadReport>;
}

function sourceOf(input: File | Blob | readonly File[] | string | object): DatasetSource {
  if (input instanceof File) return { kind: 'file', file: input };
  if (Array.isArray(input) && input.length > 0 && input.every((item) => item instanceof Blob)) {
    const files = input.map((item: Blob, index) =>
      item instanceof File ? item : new File([item], `part-${index}`),
    );
    return files.length === 1 ? { kind: 'file', file: files[0]! } : { kind: 'files', files };
  }
  if (input instanceof Blob) return { kind: 'file', file: new File([input], 'data') };
  if (typeof input === 'string') {
    const url = dataUrlFromAddress(`?data=${encodeURIComponent(input)}`, document.baseURI);
    if (url === null) throw new Error('the address is empty');
    return { kind: 'url', url: url.href };
  }
  return { kind: 'object', value: input };
}

declare global {
  interface Window {
    roadboard: RoadboardApi;
  }
}

function copyGroups(groups: Partial<Record<string, GroupTotals>>): Record<string, GroupTotals> {
  const copy: Record<string, GroupTotals> = {};
  for (const [key, totals] of Object.entries(groups)) if (totals) copy[key] = { ...totals };
  return copy;
}

/** Puts the API on `window.roadboard`. */
export function installAutomationApi(
  state: AppState,
  ready: Promise<void>,
  roadMapReady: Promise<RoadMap>,
): RoadboardApi {
  let roadMap: RoadMap | null = null;
  void roadMapReady.then((made) => (roadMap = made));
  async function settled(): Promise<void> {
    await tick();
    await (await roadMapReady).settled();
  }
  const api: RoadboardApi = {
    ready,
    get map() {
      return roadMap?.map ?? null;
    },
    get mode() {
      return state.mode;
    },
    async setMode(mode) {
      if (!COLOR_MODES.includes(mode)) {
        throw new TypeError(`mode must be one of ${COLOR_MODES.join(', ')}`);
      }
      state.setMode(mode);
      await settled();
    },
    async setFilter(filter) {
      state.setFilter(filter ?? {});
      await settled();
    },
    async load(input, options = {}) {
      let source: DatasetSource;
      try {
        source = sourceOf(input);
      } catch (error) {
        return {
          ok: false,
          errors: [
            {
              severity: 'error',
              code: 'unreadable-input',
              featureIndex: null,
              params: { message: (error as Error).message },
              message: (error as Error).message,
            },
          ],
          warnings: [],
          segments: 0,
          sourceName: String(input),
          assumedCoordinateSystem: null,
          cancelled: false,
          format: null,
          encoding: null,
          crs: null,
          mapping: null,
          warningGroups: [],
        };
      }
      const report = await datasetLoader.openForUser(source, options);
      if (report.ok) await settled();
      return report;
    },
    summary() {
      const summary = state.summary;
      return {
        segments: summary.segments,
        lengthKm: summary.lengthKm,
        projectKm: summary.projectKm,
        completedKm: summary.completedKm,
        completionRatio: summary.completionRatio,
        guardRequiredKm: summary.guardRequiredKm,
        guardKm: summary.guardKm,
        byClass: copyGroups(summary.byClass),
        byStatus: copyGroups(summary.byStatus),
        byProject: copyGroups(summary.byProject),
        byWork: copyGroups(summary.byWork),
        points: structuredClone(state.pointSummary),
        hiddenLegendEntries: [...state.shown.hiddenBuckets],
      };
    },
  };
  window.roadboard = api;
  return api;
}
