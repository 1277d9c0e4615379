/**
 * First load: the tile set or dataset the address names (`?tiles=`, `?data=`), else the one kept from the last visit,
 * else the built-in sample county with its context layers. Marks `roadboard:data-ready` and
 * `roadboard:map-idle` (the first idle with the roads drawn) on the way.
 */
import { tick } from 'svelte';
import type { FeatureCollection } from 'geojson';
import {
  SAMPLE_CONTEXT_URL,
  SAMPLE_ROADS_URL,
  SAMPLE_TOWNS_URL,
} from '../data/store/sampleDataset.ts';
import { readSavedDataset } from '../data/store/savedDataset.ts';
import { fill } from '../i18n/strings.ts';
import { appState } from './appState.svelte.ts';
import { datasetLoader, type LoadReport } from './datasetLoader.svelte.ts';
import { offerFirstRoads, roadMapReady } from './roadMapHandle.ts';
import { readViewState } from './viewUrl.ts';

/** An address that is not http or https; the message is in the UI language. */
export class RefusedAddressError extends Error {
  constructor(readonly address: string) {
    super(fill(appState.strings.addressRefused, { address }));
  }
}

/**
 * The `?data=` address (or, with `parameter` `tiles`, the `?tiles=` address of a tile set's
 * manifest), if any; only http and https are accepted.
 */
export function dataUrlFromAddress(
  search: string,
  baseUrl: string,
  parameter: 'data' | 'tiles' = 'data',
): URL | null {
  const value = new URLSearchParams(search).get(parameter);
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value, baseUrl);
  } catch {
    throw new RefusedAddressError(value);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RefusedAddressError(value);
  return url;
}

async function fetchContext(): Promise<FeatureCollection | null> {
  const response = await fetch(new URL(SAMPLE_CONTEXT_URL, document.baseURI));
  return response.ok ? ((await response.json()) as FeatureCollection) : null;
}

/** Opens the built-in sample county (and its boundary, river and towns). */
export async function openSample(): Promise<LoadReport> {
  const [report, context] = await Promise.all([
    datasetLoader.open(
      { kind: 'url', url: SAMPLE_ROADS_URL },
      {
        persist: false,
        townBoundaries: { kind: 'url', url: new URL(SAMPLE_TOWNS_URL, document.baseURI).href },
      },
      'sample',
    ),
    fetchContext().catch(() => null),
  ]);
  if (report.ok) appState.context = context;
  return report;
}

async function openFirstDataset(search: string): Promise<LoadReport> {
  let dataUrl: URL | null = null;
  let tilesUrl: URL | null = null;
  try {
    tilesUrl = dataUrlFromAddress(search, document.baseURI, 'tiles');
    dataUrl = dataUrlFromAddress(search, document.baseURI);
  } catch (error) {
    appState.loadError = (error as Error).message;
  }
  if (tilesUrl) {
    const report = await datasetLoader.openTiles(tilesUrl.href);
    if (report.ok) return report;
    datasetLoader.report = report;
  } else if (dataUrl) {
    const report = await datasetLoader.open({ kind: 'url', url: dataUrl.href }, { persist: false });
    if (report.ok) return report;
    datasetLoader.report = report;
  } else if (await readSavedDataset()) {
    const report = await datasetLoader.open({ kind: 'saved' }, {});
    if (report.ok) return report;
  }
  return openSample();
}

/**
 * Loads and draws the first dataset; resolves once the map is idle with it drawn. Rejects only
 * when not even the sample county can be shown (the reason is shown in the app).
 */
export async function startUp(search: string): Promise<void> {
  // Without a dataset the map is made empty (a dataset offered before counts first).
  const report = await openFirstDataset(search).finally(() => offerFirstRoads(null));
  if (!report.ok) {
    const reason = report.errors.map((problem) => problem.message).join(' ');
    appState.loadError = reason;
    throw new Error(reason);
  }
  performance.mark('roadboard:data-ready');
  appState.selectById(readViewState(search).selectedId ?? null);
  await tick();
  const roadMap = await roadMapReady;
  await roadMap.setDataset(appState.dataset!, appState.initialCamera !== null);
  performance.mark('roadboard:map-idle');
  // The route codes and points, given to MapLibre at that idle, drawn too.
  await roadMap.settled();
  performance.mark('roadboard:all-drawn');
}
