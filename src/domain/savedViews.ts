/**
 * Views (章节) to step through in presentation mode: a title, a short note, camera, colour
 * mode, filters, hidden legend entries and as-of date. Pure functions to read a views file (or
 * a link's copy) without trusting it, and to reorder a list.
 */
import type { Camera } from '../contract/camera.ts';
import { BUILD_STATUSES, ROAD_CLASSES } from '../contract/roadNetwork.ts';
import { COLOR_MODES, type ColorMode, type FilterState } from './types.ts';

export interface SavedView {
  title: string;
  note: string;
  /** Where the map looks; null frames what the filters keep. */
  camera: Camera | null;
  mode: ColorMode;
  filter: FilterState;
  hiddenBuckets: string[];
  /** The as-of date (`YYYY-MM-DD`); null: the latest. */
  asOf: string | null;
}

/** The marker and version of a views file. */
export const VIEWS_FILE_VERSION = 1;
const VIEWS_FILE_KEY = 'roadboardViews';

/** The longest title and note kept (a title bar and a line under it). */
const TITLE_MAX_CHARS = 120;
const NOTE_MAX_CHARS = 600;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function readCamera(value: unknown): Camera | null {
  if (!isRecord(value)) return null;
  const { zoom, latitude, longitude } = value;
  if (typeof zoom !== 'number' || typeof latitude !== 'number' || typeof longitude !== 'number') {
    return null;
  }
  if (![zoom, latitude, longitude].every(Number.isFinite)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || zoom < 0 || zoom > 24) return null;
  return { zoom, latitude, longitude };
}

function readFilter(value: unknown): FilterState {
  if (!isRecord(value)) return {};
  const filter: FilterState = {};
  const classes = strings(value.classes).filter((item) =>
    (ROAD_CLASSES as readonly string[]).includes(item),
  ) as FilterState['classes'];
  if (classes?.length) filter.classes = classes;
  const statuses = strings(value.statuses).filter((item) =>
    (BUILD_STATUSES as readonly string[]).includes(item),
  ) as FilterState['statuses'];
  if (statuses?.length) filter.statuses = statuses;
  const towns = strings(value.towns);
  if (towns.length) filter.towns = towns;
  const projects = strings(value.projects);
  if (projects.length) filter.projects = projects;
  const years = Array.isArray(value.years) ? value.years.filter(Number.isInteger) : [];
  if (years.length) filter.years = years as number[];
  return filter;
}

function readDate(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** One view from untrusted JSON, or null when it has no title. */
export function readView(value: unknown): SavedView | null {
  if (!isRecord(value) || typeof value.title !== 'string' || value.title.trim() === '') return null;
  const mode = (COLOR_MODES as readonly unknown[]).includes(value.mode)
    ? (value.mode as ColorMode)
    : 'status';
  return {
    title: value.title.trim().slice(0, TITLE_MAX_CHARS),
    note: typeof value.note === 'string' ? value.note.slice(0, NOTE_MAX_CHARS) : '',
    camera: readCamera(value.camera),
    mode,
    filter: readFilter(value.filter),
    hiddenBuckets: strings(value.hiddenBuckets),
    asOf: readDate(value.asOf),
  };
}

/** The result of reading a views file: the views, or why there are none. */
export type ViewsReading =
  { ok: true; views: SavedView[] } | { ok: false; reason: 'not-json' | 'not-views' };

/**
 * Reads a views file (as `viewsFileText` writes it); views without a title are left out.
 *
 * @example
 * readViewsFile('{"roadboardViews":1,"views":[{"title":"G247","mode":"status"}]}').ok; // true
 * readViewsFile('[1,2]'); // { ok: false, reason: 'not-views' }
 */
export function readViewsFile(text: string): ViewsReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(parsed) || parsed[VIEWS_FILE_KEY] === undefined || !Array.isArray(parsed.views)) {
    return { ok: false, reason: 'not-views' };
  }
  const views = parsed.views.map(readView).filter((view): view is SavedView => view !== null);
  return { ok: true, views };
}

/** A views file's text: the marker, its version and the views. */
export function viewsFileText(views: readonly SavedView[]): string {
  return JSON.stringify({ [VIEWS_FILE_KEY]: VIEWS_FILE_VERSION, views }, null, 2);
}

/**
 * The list with the view at `from` moved to `to` (clamped to the list).
 *
 * @example
 * moveView(['a', 'b', 'c'], 2, 0); // ['c', 'a', 'b']
 */
export function moveView<T>(views: readonly T[], from: number, to: number): T[] {
  const list = [...views];
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [moved] = list.splice(from, 1);
  if (moved === undefined) return [...views];
  list.splice(target, 0, moved);
  return list;
}
