/**
 * The view a link carries: colour mode, filters, hidden legend entries, selection, camera and
 * language, written to and read from the query string so a copied link reopens the same view.
 * Pure functions; the app keeps the address bar in step with `history.replaceState`.
 */
import { BUILD_STATUSES, ROAD_CLASSES } from '../contract/roadNetwork.ts';
import type { BuildStatus, RoadClass } from '../contract/roadNetwork.ts';
import { COLOR_MODES } from '../domain/types.ts';
import type { ColorMode, FilterState } from '../domain/types.ts';
import type { Locale } from '../i18n/strings.ts';
import type { Camera } from '../contract/camera.ts';

export interface ViewState {
  mode: ColorMode;
  filter: FilterState;
  /** Legend buckets hidden in the current mode. */
  hiddenBuckets: string[];
  /** The contract `id` of the selected segment. */
  selectedId: string | null;
  camera: Camera | null;
  locale: Locale | null;
}

const LIST_SEPARATOR = ',';

function readList(params: URLSearchParams, key: string): string[] | undefined {
  const value = params.get(key);
  if (value === null || value === '') return undefined;
  return value.split(LIST_SEPARATOR).filter((item) => item !== '');
}

function readEnumList<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T[] | undefined {
  const list = readList(params, key)?.filter((item): item is T =>
    (allowed as readonly string[]).includes(item),
  );
  return list && list.length > 0 ? list : undefined;
}

function readCamera(value: string | null): Camera | null {
  if (!value) return null;
  const [zoom, latitude, longitude] = value.split('/').map(Number);
  if (
    zoom === undefined ||
    latitude === undefined ||
    longitude === undefined ||
    ![zoom, latitude, longitude].every(Number.isFinite) ||
    Math.abs(latitude) > 90 ||
    Math.abs(longitude) > 180
  ) {
    return null;
  }
  return { zoom, latitude, longitude };
}

/**
 * Reads a view from a query string; anything missing or malformed is left out.
 *
 * @example
 * readViewState('?mode=guard&class=village&map=10/30.9/105').mode; // 'guard'
 */
export function readViewState(search: string): Partial<ViewState> {
  const params = new URLSearchParams(search);
  const view: Partial<ViewState> = {};
  const mode = params.get('mode');
  if ((COLOR_MODES as readonly string[]).includes(mode ?? '')) view.mode = mode as ColorMode;
  const filter: FilterState = {};
  const classes = readEnumList<RoadClass>(params, 'class', ROAD_CLASSES);
  if (classes) filter.classes = classes;
  const statuses = readEnumList<BuildStatus>(params, 'status', BUILD_STATUSES);
  if (statuses) filter.statuses = statuses;
  const towns = readList(params, 'town');
  if (towns) filter.towns = towns;
  const projects = params.getAll('project').filter((project) => project !== '');
  if (projects.length > 0) filter.projects = projects;
  const years = readList(params, 'year')
    ?.map(Number)
    .filter((year) => Number.isInteger(year));
  if (years && years.length > 0) filter.years = years;
  view.filter = filter;
  const hidden = readList(params, 'hide');
  if (hidden) view.hiddenBuckets = hidden;
  const selectedId = params.get('select');
  if (selectedId) view.selectedId = selectedId;
  const camera = readCamera(params.get('map'));
  if (camera) view.camera = camera;
  const lang = params.get('lang');
  if (lang === 'zh' || lang === 'en') view.locale = lang;
  return view;
}

/**
 * Writes a view into a query string, keeping parameters it does not own (such as `data`).
 * Project names may contain commas, so each project is its own `project=` parameter.
 *
 * @example
 * writeViewState('?data=x.geojson', { ...view, mode: 'guard' }); // '?data=x.geojson&mode=guard…'
 */
export function writeViewState(search: string, view: ViewState): string {
  const params = new URLSearchParams(search);
  for (const key of [
    'mode',
    'class',
    'status',
    'town',
    'project',
    'year',
    'hide',
    'select',
    'map',
    'lang',
  ]) {
    params.delete(key);
  }
  if (view.mode !== 'status') params.set('mode', view.mode);
  const { classes, statuses, towns, projects, years } = view.filter;
  if (classes?.length) params.set('class', classes.join(LIST_SEPARATOR));
  if (statuses?.length) params.set('status', statuses.join(LIST_SEPARATOR));
  if (towns?.length) params.set('town', towns.join(LIST_SEPARATOR));
  for (const project of projects ?? []) params.append('project', project);
  if (years?.length) params.set('year', years.join(LIST_SEPARATOR));
  if (view.hiddenBuckets.length) params.set('hide', view.hiddenBuckets.join(LIST_SEPARATOR));
  if (view.selectedId) params.set('select', view.selectedId);
  if (view.camera) {
    const { zoom, latitude, longitude } = view.camera;
    params.set('map', `${zoom.toFixed(2)}/${latitude.toFixed(5)}/${longitude.toFixed(5)}`);
  }
  if (view.locale) params.set('lang', view.locale);
  const query = params.toString();
  return query ? `?${query}` : '';
}
