/**
 * The benchmark's baseline: plain MapLibre with the same GeoJSON in one source and one line
 * layer coloured by the app's status `match` expression; offline (no glyphs), no fading. The
 * camera comes from the address (`?data=…&lng=…&lat=…&zoom=…`), taken from the app's framing.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { ColorMode } from '../../../src/domain/types.ts';
import { bucketColorExpression, roadWidth } from '../../../src/style/expressions.ts';
import { palette } from '../../../src/style/palette.ts';
import { BASELINE_IDLE_MARK, MAPLIBRE_CONSTRUCT_MEASURE } from '../pageApi.ts';

const SOURCE = 'roads';
const LAYER = 'roads-line';

const query = new URLSearchParams(location.search);
const dataUrl = new URL(query.get('data') ?? '', document.baseURI).href;

setWorkerUrl(workerUrl);
const constructStart = performance.now();
const map = new MapLibreMap({
  container: 'map',
  center: [Number(query.get('lng') ?? 105), Number(query.get('lat') ?? 30.9)],
  zoom: Number(query.get('zoom') ?? 8),
  fadeDuration: 0,
  attributionControl: false,
  style: {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: { [SOURCE]: { type: 'geojson', data: dataUrl } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
      {
        id: LAYER,
        type: 'line',
        source: SOURCE,
        paint: {
          'line-color': bucketColorExpression('status', palette),
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
    map.setPaintProperty(LAYER, 'line-color', bucketColorExpression(mode, palette));
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
