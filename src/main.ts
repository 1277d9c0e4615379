import { mount } from 'svelte';
import { installAutomationApi } from './api/automation.ts';
import { pickLocale } from './i18n/strings.ts';
import { startMapWorkers } from './map/workerBlobs.ts';
import { appState } from './state/appState.svelte.ts';
import { roadMapReady } from './state/roadMapHandle.ts';
import { startUp } from './state/startup.ts';
import { applyViewFromUrl, syncUrlWithView } from './state/urlSync.svelte.ts';
import App from './ui/App.svelte';
import './ui/theme.css';

appState.locale = pickLocale(location.search, navigator.languages);
applyViewFromUrl(location.search);
const ready = startUp(location.search);
// MapLibre's workers load while the data worker reads the first dataset (the map itself is
// made once that dataset is ready, see MapView).
void startMapWorkers();
// The failure is shown in the app; callers awaiting `ready` still see the rejection.
ready.catch(() => {});
installAutomationApi(appState, ready, roadMapReady);
// The panels render in a task of their own, after the scripts' evaluation (and the map in a
// third, see MapView): three shorter main-thread tasks instead of one long one.
setTimeout(() => {
  mount(App, { target: document.getElementById('app')! });
  syncUrlWithView();
});
