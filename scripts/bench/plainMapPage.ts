/**
 * The plain MapLibre page of the benchmark's baselines: one source, one line layer as wide as
 * the app's, coloured by a mode's expression; offline (no glyphs), no fading; the camera from
 * the address (`lng`, `lat`, `zoom`). It sets `window.baseline` (`pageApi.ts`): ready at the
 * first idle with the source loaded, a colour or class filter applied and drawn.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type {
  ExpressionSpecification,
  FilterSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { ColorMode } from '../../src/domain/types.ts';
import { roadWidth } from '../../src/style/expressions.ts';
import { palette } from '../../src/style/palette.ts';
import { BASELINE_IDLE_MARK, MAPLIBRE_CONSTRUCT_MEASURE } from './pageApi.ts';

const SOURCE = 'roads';
const LAYER = 'roads-line';

/** What differs between the baselines. */
export interface PlainMapOptions {
  source: SourceSpecification;
  /** The vector tile layer of the roads; absent for a GeoJSON source. */
  sourceLayer?: string;
  /** The line colour of a mode. */
  lineColor(mode: ColorMode): ExpressionSpecification;
  /** The camera where the address gives none. */
  camera: { longitude: number; latitude: number; zoom: number };
}

/** Makes the page's map and its `window.baseline`. */
export function plainMapPage(options: PlainMapOptions): void {
  const query = new URLSearchParams(location.search);
  const constructStart = performance.now();
  const map = new MapLibreMap({
    container: 'map',
    center: [
      Number(query.get('lng') ?? options.camera.longitude),
      Number(query.get('lat') ?? options.camera.latitude),
    ],
    zoom: Number(query.get('zoom') ?? options.camera.zoom),
    fadeDuration: 0,
    attributionControl: false,
    style: {
      version: 8,
      transition: { duration: 0, delay: 0 },
      sources: { [SOURCE]: options.source },
      layers: [
        {
          id: 'background',
          type: 'background',
          paint: { 'background-color': palette.background },
        },
        {
          id: LAYER,
          type: 'line',
          source: SOURCE,
          ...(options.sourceLayer ? { 'source-layer': options.sourceLayer } : {}),
          paint: { 'line-color': options.lineColor('status'), 'line-width': roadWidth() },
        },
      ],
    },
  });
  performance.measure(MAPLIBRE_CONSTRUCT_MEASURE, { start: constructStart });

  const nextIdle = (): Promise<void> =>
    new Promise((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });

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
      map.setPaintProperty(LAYER, 'line-color', options.lineColor(mode));
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
}
