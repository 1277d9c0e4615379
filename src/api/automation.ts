/**
 * `window.roadboard`: the automation API used by tests, benchmarks and embedding pages.
 */
import { tick } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { COLOR_MODES } from '../domain/types.ts';
import type { ColorMode, FilterState, GroupTotals } from '../domain/types.ts';
import type { AppState } from '../state/appState.svelte.ts';
import type { RoadMap } from '../map/RoadMap.ts';
import type { DatasetSource, OpenOptions } from '../data/worker/workerProtocol.ts';
import { datasetLoader, type LoadReport } from '../state/datasetLoader.svelte.ts';
import { dataUrlFromAddress } from '../state/startup.ts';

/** The statistics of what the filters keep, as `summary()` returns them. */
export interface AutomationSummary {
  segments: number;
  lengthKm: number;
  completedKm: number;
  guardRequiredKm: number;
  guardKm: number;
  byClass: Record<string, GroupTotals>;
  byStatus: Record<string, GroupTotals>;
  byProject: Record<string, GroupTotals>;
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
   * Opens a dataset: a File or Blob, an http(s) address, or a GeoJSON object. Resolves with a
   * report once it is drawn (or refused); never throws for bad data.
   */
  load(input: File | Blob | string | object, options?: OpenOptions): Promise<LoadReport>;
}

function sourceOf(input: File | Blob | string | object): DatasetSource {
  if (input instanceof File) return { kind: 'file', file: input };
  if (input instanceof Blob) return { kind: 'file', file: new File([input], 'data.geojson') };
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
        completedKm: summary.completedKm,
        guardRequiredKm: summary.guardRequiredKm,
        guardKm: summary.guardKm,
        byClass: copyGroups(summary.byClass),
        byStatus: copyGroups(summary.byStatus),
        byProject: copyGroups(summary.byProject),
      };
    },
  };
  window.roadboard = api;
  return api;
}
