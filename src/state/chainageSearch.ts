/**
 * Search by route and chainage (`G247 K391+400`): the search box's result for such a text, and
 * going there, which asks the data worker where the chainage lies, marks the place, flies there
 * and selects the road. Loaded with the search, not in the first load.
 */
import { formatChainage } from '../domain/chainage.ts';
import { parseChainageQuery } from '../domain/chainageQuery.ts';
import type { MeasuredSegment } from '../domain/types.ts';
import { CHAINAGE_SEARCH_TEXT, type ChainageSearchText } from '../i18n/chainageSearchText.ts';
import type { Locale } from '../i18n/strings.ts';
import type { ChainageMarker } from '../map/chainageMarker.ts';
import { appState } from './appState.svelte.ts';
import { roadMapReady } from './roadMapHandle.ts';

/** The search box's result for a route and chainage. */
export interface ChainageOption {
  key: string;
  route: string;
  km: number;
  /** `G247 K391+400`. */
  label: string;
}

/** Where a chainage lies on the network, or why it lies nowhere, as the data worker answers. */
type ChainagePlace =
  | { ok: true; segmentIndex: number; lngLat: [number, number] }
  | { ok: false; reason: string; route: string; fromKm?: number; toKm?: number };

/** What a dataset offers to locate a chainage (the data worker answers). */
interface ChainageLocating {
  locateChainage(route: string, km: number): Promise<ChainagePlace | null>;
}

/** The route codes of each segment list, found once. */
const routesOf = new WeakMap<readonly MeasuredSegment[], Set<string>>();

function routeCodes(segments: readonly MeasuredSegment[]): Set<string> {
  let routes = routesOf.get(segments);
  if (routes === undefined) {
    routes = new Set();
    for (const segment of segments) {
      const route = segment.properties.route?.trim().toUpperCase();
      if (route) routes.add(route);
    }
    routesOf.set(segments, routes);
  }
  return routes;
}

/**
 * The result for a search text naming a route of the network and a chainage, or null.
 *
 * @example
 * chainageOption('g247 391.4', appState.segments); // { route: 'G247', km: 391.4, label: 'G247 K391+400', … }
 */
export function chainageOption(
  text: string,
  segments: readonly MeasuredSegment[],
): ChainageOption | null {
  const query = parseChainageQuery(text);
  if (query === null || !routeCodes(segments).has(query.route)) return null;
  const label = `${query.route} ${formatChainage(query.km)}`;
  return { key: `chainage ${label}`, route: query.route, km: query.km, label };
}

/** The words of the search by chainage. */
export function chainageSearchText(locale: Locale): ChainageSearchText {
  return CHAINAGE_SEARCH_TEXT[locale];
}

let marker: Promise<ChainageMarker> | null = null;

function chainageMarker(): Promise<ChainageMarker> {
  marker ??= Promise.all([roadMapReady, import('../map/chainageMarker.ts')]).then(
    ([roadMap, { ChainageMarker }]) => new ChainageMarker(roadMap.map),
  );
  return marker;
}

/**
 * Goes to a route and chainage: marks the place, flies there and selects its road. Resolves to
 * null when done, else (marking nothing) to the sentence saying why the chainage lies on no road.
 */
export async function goToChainage(option: ChainageOption): Promise<string | null> {
  const dataset = appState.dataset;
  const locating = dataset as unknown as Partial<ChainageLocating> | null;
  const place = (await locating?.locateChainage?.(option.route, option.km)) ?? null;
  if (dataset !== appState.dataset) return null;
  const text = CHAINAGE_SEARCH_TEXT[appState.locale];
  if (place === null || !place.ok) {
    await clearChainageMark();
    if (place?.fromKm === undefined || place.toKm === undefined) return text.notFound(option.label);
    const extent = `${formatChainage(place.fromKm)}–${formatChainage(place.toKm)}`;
    return text.outsideRoute(option.label, option.route, extent);
  }
  (await chainageMarker()).show(place.lngLat, option.label);
  appState.selectedIndex = place.segmentIndex;
  return null;
}

/** Takes the mark of a found chainage off the map. */
export async function clearChainageMark(): Promise<void> {
  if (marker) (await marker).clear();
}
