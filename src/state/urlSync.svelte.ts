/**
 * Keeps the address bar in step with the view, so a copied link reopens the same view.
 */
import { appState } from './appState.svelte.ts';
import { readViewState, writeViewState } from './viewUrl.ts';

/** Applies the view a link carries to the app state, before anything is drawn. */
export function applyViewFromUrl(search: string): void {
  const view = readViewState(search);
  if (view.mode) appState.mode = view.mode;
  if (view.filter) appState.filter = view.filter;
  if (view.hiddenBuckets) appState.hiddenBuckets = view.hiddenBuckets;
  if (view.camera) appState.initialCamera = view.camera;
}

/** Writes the view into the address bar whenever it changes (replacing, not adding history). */
export function syncUrlWithView(): void {
  $effect.root(() => {
    $effect(() => {
      if (!appState.dataset) return;
      const search = writeViewState(location.search, {
        mode: appState.mode,
        filter: appState.filter,
        hiddenBuckets: appState.hiddenBuckets,
        selectedId: appState.selectedSegment?.properties.id ?? null,
        camera: appState.camera ?? appState.initialCamera,
        locale: appState.locale,
      });
      if (search !== location.search) {
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      }
    });
  });
}
