/**
 * Keeps the address bar in step with the view, so a copied link reopens the same view.
 */
import { appState } from './appState.svelte.ts';
import { readViewState, writeViewState, type ViewState } from './viewUrl.ts';

/** Applies the view a link carries to the app state, before anything is drawn. */
export function applyViewFromUrl(search: string): void {
  const view = readViewState(search);
  if (view.mode) appState.mode = view.mode;
  if (view.filter) appState.filter = view.filter;
  if (view.hiddenBuckets) appState.hiddenBuckets = view.hiddenBuckets;
  if (view.camera) appState.initialCamera = view.camera;
  // Nothing is drawn yet: the panels start with the link's view.
  appState.showChosen();
}

/** The address bar shows a change once the view has stayed the same this long. */
const URL_WRITE_PAUSE_MS = 500;
/** How long the write may then wait for an idle moment. */
const URL_WRITE_DEADLINE_MS = 500;

/** Runs `task` once the page is idle, within `URL_WRITE_DEADLINE_MS` (Safari: after a task). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(task, { timeout: URL_WRITE_DEADLINE_MS });
  } else {
    setTimeout(task);
  }
}

/**
 * Writes the view into the address bar (replacing, not adding history) once the user pauses:
 * `URL_WRITE_PAUSE_MS` after the last change, in an idle moment. A write costs the page and
 * the browser process processor time (see docs/performance.md), which a mode switch or a filter
 * change would spend while MapLibre is still drawing; changes in quick succession are written
 * once. A page being left writes at once.
 */
export function syncUrlWithView(): void {
  let pending: ViewState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    if (!pending) return;
    const search = writeViewState(location.search, pending);
    pending = null;
    if (search !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  };
  addEventListener('pagehide', write);
  $effect.root(() => {
    $effect(() => {
      if (!appState.dataset) return;
      const view: ViewState = {
        mode: appState.mode,
        filter: appState.filter,
        hiddenBuckets: appState.hiddenBuckets,
        selectedId: appState.selectedSegment?.properties.id ?? null,
        camera: appState.camera ?? appState.initialCamera,
        locale: appState.locale,
      };
      pending = view;
      clearTimeout(timer);
      timer = setTimeout(() => whenIdle(write), URL_WRITE_PAUSE_MS);
    });
  });
}
