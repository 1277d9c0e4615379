/**
 * Binds the map to the app state: makes the map in the map view's element once the first
 * dataset's roads are posted, then passes every change of the state to it (dataset, mode,
 * filter, selection, framing requests, basemap) and its clicks and camera back. The map view
 * component calls this once while it is created; it holds no other logic.
 */
import type { FeatureCollection } from 'geojson';
import { onMount, untrack } from 'svelte';
import { RoadMap } from '../map/RoadMap.ts';
import { appState } from './appState.svelte.ts';
import { firstRoads, provideRoadMap } from './roadMapHandle.ts';

const NO_CONTEXT: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Makes the map in `container()` when the first roads come and keeps it in step with the state. */
export function bindRoadMap(container: () => HTMLElement): void {
  let roadMap = $state.raw<RoadMap | null>(null);
  let destroyed = false;

  // The map is made once the data worker has posted the first dataset's roads (or start-up
  // ended without a dataset): made with the roads in its style and its camera on them, it draws
  // no frames of an empty map and loads no tiles at a camera about to change. MapLibre's workers
  // start with the page (main.ts). Made in a task of its own.
  onMount(() => {
    firstRoads.then((roads) =>
      setTimeout(async () => {
        const made = await RoadMap.create({
          container: container(),
          camera: appState.initialCamera,
          onlineBasemap: appState.onlineBasemap,
          initial: {
            roads,
            context: appState.context,
            mode: appState.mode,
            filter: appState.filter,
            hiddenBuckets: appState.hiddenBuckets,
            insets: appState.mapInsets,
          },
        });
        if (destroyed) {
          made.destroy();
          return;
        }
        made.onSelect((index) => {
          if (index !== null && appState.dataset?.tiles)
            appState.noteTileText(index, made.featureText(index));
          appState.selectedIndex = index;
        });
        made.onSelectPoint((index) => (appState.selectedPointIndex = index));
        made.onHover((hover) => {
          if (hover && appState.dataset?.tiles)
            appState.noteTileText(hover.index, made.featureText(hover.index));
          appState.hover = hover;
        });
        made.onHoverCounty((hover) => (appState.hoverCounty = hover));
        made.onHoverPoint((hover) => (appState.hoverPoint = hover));
        made.onCameraChange((camera) => (appState.camera = camera));
        roadMap = made;
        provideRoadMap(made);
      }),
    );
    return () => {
      destroyed = true;
      roadMap?.destroy();
    };
  });

  $effect(() => {
    roadMap?.setInsets(appState.mapInsets);
  });
  $effect(() => {
    if (roadMap && appState.dataset) {
      roadMap.setDataset(appState.dataset, appState.initialCamera !== null || appState.keepsView);
    }
  });
  // A dataset of the user's takes the sample county's boundary, river and towns off the map.
  $effect(() => {
    if (roadMap) roadMap.setContext(appState.context ?? NO_CONTEXT);
  });
  $effect(() => {
    roadMap?.setAsOf(appState.asOfIndex);
  });
  // The filter before the mode: a change of mode clears the hidden legend entries, so that
  // the map has no filter of the old mode's entries to apply again in the new mode.
  $effect(() => {
    roadMap?.setFilter(appState.filter, appState.hiddenBuckets);
  });
  $effect(() => {
    roadMap?.setMode(appState.mode);
  });
  // The panels' figures follow a change of mode or filter once the map's frame has handed it
  // to MapLibre's workers: they lay out the roads while the panels are redrawn.
  $effect(() => {
    appState.chosen(); // read, so that this runs again on each change
    if (roadMap) roadMap.afterNextFrame(() => appState.showChosen());
    else untrack(() => appState.showChosen());
  });
  $effect(() => {
    const index = appState.selectedIndex;
    const map = roadMap;
    if (!map || !appState.dataset) return;
    void map.setSelected(index).then(async () => {
      // A tile set's segment selected from a search: its name is read once its tiles are in.
      if (index === null || !untrack(() => appState.dataset?.tiles)) return;
      await map.settled();
      appState.noteTileText(index, map.featureText(index));
    });
  });
  $effect(() => {
    const request = appState.focusRequest;
    if (roadMap && request) roadMap.frame(request.segmentIndices, request.pointIndices);
  });
  $effect(() => {
    const camera = appState.cameraRequest;
    if (roadMap && camera) roadMap.flyTo(camera);
  });
  $effect(() => {
    if (roadMap && appState.dataset) roadMap.setFound(appState.found);
  });
  $effect(() => {
    roadMap?.setOnlineBasemap(appState.onlineBasemap);
  });
}
