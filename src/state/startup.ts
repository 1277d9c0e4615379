/**
 * First load: the dataset the address names (`?data=`) or the built-in sample county, with its
 * context layers; marks `roadboard:data-ready` and `roadboard:map-idle` on the way.
 */
import { tick } from 'svelte';
import type { FeatureCollection } from 'geojson';
import { loadDataset } from '../data/loadDataset.ts';
import { SAMPLE_CONTEXT_URL, SAMPLE_ROADS_URL } from '../data/sampleDataset.ts';
import { describeProblem } from '../i18n/problems.ts';
import { appState } from './appState.svelte.ts';
import { roadMapReady } from './roadMapHandle.ts';
import { readViewState } from './viewUrl.ts';

function dataUrlFromAddress(search: string): string | null {
  const value = new URLSearchParams(search).get('data');
  if (!value) return null;
  const url = new URL(value, document.baseURI);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`?data= must be an http or https address: ${value}`);
  }
  return url.href;
}

async function fetchContext(): Promise<FeatureCollection> {
  const response = await fetch(new URL(SAMPLE_CONTEXT_URL, document.baseURI));
  if (!response.ok) throw new Error(`${SAMPLE_CONTEXT_URL}: HTTP ${response.status}`);
  return (await response.json()) as FeatureCollection;
}

/**
 * Loads and draws the first dataset; resolves once the map is idle with it drawn.
 * Rejects (after showing the reason in the app) when the dataset cannot be used.
 */
export async function startUp(search: string): Promise<void> {
  try {
    const dataUrl = dataUrlFromAddress(search);
    const [answer, context, roadMap] = await Promise.all([
      loadDataset({ kind: 'url', url: dataUrl ?? SAMPLE_ROADS_URL }),
      dataUrl ? Promise.resolve(null) : fetchContext(),
      roadMapReady,
    ]);
    if (!answer.ok) {
      const reason =
        'readFailure' in answer
          ? answer.readFailure
          : answer.errors.map((problem) => describeProblem(problem, appState.locale)).join(' ');
      throw new Error(reason);
    }
    performance.mark('roadboard:data-ready');
    appState.context = context;
    appState.dataset = answer.dataset;
    appState.selectById(readViewState(search).selectedId ?? null);
    await tick();
    await roadMap.settled();
    performance.mark('roadboard:map-idle');
  } catch (error) {
    appState.loadError = (error as Error).message;
    throw error;
  }
}
