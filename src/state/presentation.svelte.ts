/**
 * Presentation mode's state, loaded with it: the views (章节) to step through, which one is on
 * screen, and which key figures show. Views are kept in the browser per dataset, exported and
 * imported as a small JSON file, and carried in a link. The sample county ships its own.
 */
import { moveView, type SavedView } from '../domain/savedViews.ts';
import {
  defaultFigures,
  keyFigure,
  offeredFigures,
  type KeyFigure,
  type KeyFigureId,
  type YearSummary,
} from '../domain/keyFigures.ts';
import { sampleViews } from '../i18n/sampleViews.ts';
import { appState } from './appState.svelte.ts';
import { readStoredViews, storeViews } from './viewsStorage.ts';

/** Where the kept views of a dataset are stored: by the dataset's name. */
function datasetKey(): string {
  const dataset = appState.dataset;
  if (!dataset) return '';
  return dataset.info.name || dataset.sourceName || 'dataset';
}

class Presentation {
  /** The views of the dataset on screen, in order. Replaced as a whole. */
  views = $state.raw<SavedView[]>([]);
  /** The view last flown to, by position in `views`; -1: none yet. */
  index = $state(-1);
  /** The key figures chosen to show; null: the default ones. */
  chosenFigures = $state.raw<KeyFigureId[] | null>(null);
  /** The dataset whose views are loaded (see `datasetKey`). */
  #loadedFor: string | null = null;
  /** Whether the views came from a link (they are then not stored until edited). */
  #fromLink = false;

  /** The km of each road project of the dataset (for the figures offered). */
  roadProjectKm = $derived.by(() => {
    const km: Record<string, number> = {};
    for (const segment of appState.segments) {
      const { project, work } = segment.properties;
      if (project && work === 'road') km[project] = (km[project] ?? 0) + segment.lengthKm;
    }
    return km;
  });
  offeredFigures = $derived(offeredFigures(this.roadProjectKm));
  shownFigureIds = $derived(this.chosenFigures ?? defaultFigures(this.offeredFigures));
  /** The figures shown, from the statistics of what the map shows. */
  /** The year of the as-of date (the latest date of the data while none is chosen). */
  year = $derived.by(() => {
    const date = appState.asOf ?? appState.asOfDates.at(-1) ?? this.latestDate;
    return date ? Number(date.slice(0, 4)) : null;
  });
  /**
   * The statistics of the year's projects under the filters shown, from the same segment index
   * as the panels' (only while a figure needs them).
   */
  yearSummary = $derived.by((): YearSummary | null => {
    const year = this.year;
    if (year === null || !this.shownFigureIds.includes('year-built')) return null;
    const index = appState.segmentIndex;
    const kept = index.shown(
      { ...appState.shown.filter, years: [year] },
      appState.shown.mode,
      appState.shown.hiddenBuckets,
    );
    return { year, summary: index.summary(kept) };
  });
  figures = $derived<KeyFigure[]>(
    this.shownFigureIds.map((id) =>
      keyFigure(id, appState.summary, appState.pointSummary, this.yearSummary),
    ),
  );
  current = $derived<SavedView | null>(this.views[this.index] ?? null);
  /** The latest `updated` date of the data: what "as of" means while no earlier date is chosen. */
  latestDate = $derived.by(() => {
    let latest: string | null = null;
    for (const segment of appState.segments) {
      const updated = segment.properties.updated;
      if (updated && (latest === null || updated > latest)) latest = updated;
    }
    return latest;
  });

  /**
   * Loads the views of the dataset on screen (stored ones, else the sample's) unless they are
   * loaded already or `views` replaces them (a link's).
   */
  load(views?: SavedView[]): void {
    const key = datasetKey();
    if (views) {
      this.views = views;
      this.index = -1;
      this.#fromLink = true;
      return;
    }
    // A link's views stay for the page's life (the stored ones are not overwritten by them).
    if (this.#fromLink || this.#loadedFor === key) return;
    this.#loadedFor = key;
    this.index = -1;
    const stored = readStoredViews(key);
    this.views = stored ?? (appState.dataset?.info.synthetic ? sampleViews(appState.locale) : []);
  }

  #replace(views: SavedView[]): void {
    this.views = views;
    this.#fromLink = false;
    this.#loadedFor = datasetKey();
    storeViews(datasetKey(), views);
  }

  /** The view on screen now, titled. */
  currentView(title: string, note = ''): SavedView {
    return {
      title,
      note,
      camera: appState.camera ?? appState.initialCamera,
      mode: appState.mode,
      filter: appState.filter,
      hiddenBuckets: appState.hiddenBuckets,
      asOf: appState.asOf,
    };
  }

  /** Adds the view on screen at the end of the list; it becomes the current one. */
  save(title: string): void {
    this.#replace([...this.views, this.currentView(title)]);
    this.index = this.views.length - 1;
  }

  update(position: number, change: Partial<Pick<SavedView, 'title' | 'note'>>): void {
    const view = this.views[position];
    if (!view) return;
    this.#replace(this.views.with(position, { ...view, ...change }));
  }

  move(position: number, to: number): void {
    const current = this.current;
    this.#replace(moveView(this.views, position, to));
    this.index = current ? this.views.indexOf(current) : -1;
  }

  remove(position: number): void {
    const current = this.current;
    this.#replace(this.views.filter((_, at) => at !== position));
    this.index = current ? this.views.indexOf(current) : -1;
  }

  /** Adds imported views after the present ones. */
  add(views: SavedView[]): void {
    this.#replace([...this.views, ...views]);
  }

  /** Shows a view: its mode, filters, hidden legend entries and camera (or a frame of what it keeps). */
  go(position: number): void {
    const view = this.views[position];
    if (!view) return;
    this.index = position;
    appState.setMode(view.mode);
    appState.setFilter(view.filter);
    appState.hiddenBuckets = view.hiddenBuckets;
    appState.setAsOf(view.asOf);
    appState.selectedIndex = null;
    appState.selectedPointIndex = null;
    if (view.camera) {
      appState.cameraRequest = { ...view.camera };
      return;
    }
    const kept = appState.segmentIndex.kept(view.filter);
    const indices: number[] = [];
    for (let index = 0; index < appState.segmentIndex.size; index += 1) {
      if (kept === null || kept[index] === 1) indices.push(index);
    }
    if (indices.length > 0) appState.focusRequest = { segmentIndices: indices, pointIndices: [] };
  }

  next(): void {
    if (this.views.length > 0) this.go(Math.min(this.views.length - 1, this.index + 1));
  }

  previous(): void {
    if (this.views.length > 0) this.go(Math.max(0, this.index - 1));
  }

  showFigures(ids: KeyFigureId[]): void {
    this.chosenFigures = ids;
  }
}

/** The one presentation state (made when presentation mode first loads). */
export const presentation = new Presentation();
