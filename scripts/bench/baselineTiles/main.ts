/**
 * The benchmark's baseline for a tile set: plain MapLibre reading the same PMTiles archive as
 * the app, through the `pmtiles` library's protocol, in one vector source and one line layer
 * coloured by the app's road line expression of each mode (`roadLineColor`, which the app sets
 * on its tile set's road line too) and as wide as the app's; offline (no glyphs), no fading.
 * The archive and the camera come from the address
 * (`?archive=/tiles/roads.pmtiles&lng=…&lat=…&zoom=…`), the same camera the app is given.
 */
import { addProtocol, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import type { ColorMode } from '../../../src/domain/types.ts';
import { roadWidth } from '../../../src/style/expressions.ts';
import { TILE_ROADS_LAYER } from '../../../src/style/ids.ts';
import { palette } from '../../../src/style/palette.ts';
import { roadLineColor } from '../../../src/style/roadLayers.ts';
import { BASELINE_IDLE_MARK, MAPLIBRE_CONSTRUCT_MEASURE } from '../pageApi.ts';

const SOURCE = 'roads';
const LAYER = 'roads-line';

const query = new URLSearchParams(location.search);
const archiveUrl = new URL(query.get('archive') ?? '', document.baseURI).href;

setWorkerUrl(workerUrl);
addProtocol('pmtiles', new Protocol().tile);
const constructStart = performance.now();
const map = new MapLibreMap({
  container: 'map',
  center: [Number(query.get('lng') ?? 104), Number(query.get('lat') ?? 30.5)],
  zoom: Number(query.get('zoom') ?? 10),
  fadeDuration: 0,
  attributionControl: false,
  style: {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: { [SOURCE]: { type: 'vector', url: `pmtiles://${archiveUrl}` } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
      {
        id: LAYER,
        type: 'line',
        source: SOURCE,
        'source-layer': TILE_ROADS_LAYER,
        paint: {
          'line-color': roadLineColor('status', palette),
          'line-width': roadWidth(),
        },
      },
    ],
  },
});

performance.measure(MAPLIBRE_CONSTRUCT_MEASURE, { start: constructStart });

function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

const ready = new Promise<void>((resolve) => {
  const check = (): void => {
    if (!map.isSourceLoaded(SOURCE)) return;
    map.off('idle', check);
    performance.mark(BASELINE_IDLE_MARK);
    resolve();
  };
  map.on('idle', check);
});

window.baseline = {
  ready,
  map,
  async setColor(mode: ColorMode) {
    map.setPaintProperty(LAYER, 'line-color', roadLineColor(mode, palette));
    await nextIdle();
  },
  async setClasses(classes) {
    const filter: ExpressionSpecification | null = classes
      ? ['in', ['get', 'class'], ['literal', [...classes]]]
      : null;
    map.setFilter(LAYER, filter as FilterSpecification | null);
    await nextIdle();
  },
};
