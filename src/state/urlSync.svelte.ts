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
}

/** How long a change may wait for an idle moment before the address bar shows it. */
const URL_WRITE_DEADLINE_MS = 200;

/** Runs `task` once the page is idle, within `URL_WRITE_DEADLINE_MS` (Safari: after a task). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(task, { timeout: URL_WRITE_DEADLINE_MS });
  } else {
    setTimeout(task);
  }
}

/**
 * Writes the view into the address bar whenever it changes (replacing, not adding history),
 * once the page is idle (within `URL_WRITE_DEADLINE_MS`): `history.replaceState` costs a few
 * milliseconds, better spent on drawing the change; changes in between are written once.
 */
export function syncUrlWithView(): void {
  let pending: ViewState | null = null;
  const write = () => {
    if (!pending) return;
    const search = writeViewState(location.search, pending);
    pending = null;
    if (search !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  };
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
      if (!pending) whenIdle(write);
      pending = view;
    });
  });
}
