/**
 * The plain MapLibre page of the benchmark's baselines: a style with one line layer as wide as
 * the app's (`plainLineStyle`), or a style given whole, whose road line is coloured by a mode's
 * expression; offline (no glyphs), no fading; the camera from the address (`lng`, `lat`,
 * `zoom`). It sets `window.baseline` (`pageApi.ts`): ready at the first idle with the roads'
 * source loaded, a colour or class filter applied and drawn.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type {
  ExpressionSpecification,
  FilterSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { ColorMode } from '../../src/domain/types.ts';
import { roadWidth } from '../../src/style/expressions.ts';
import { palette } from '../../src/style/palette.ts';
import { BASELINE_IDLE_MARK, MAPLIBRE_CONSTRUCT_MEASURE } from './pageApi.ts';

/** The source and line layer of `plainLineStyle`. */
export const PLAIN_SOURCE = 'roads';
export const PLAIN_LINE_LAYER = 'roads-line';

/** What differs between the baselines. */
export interface PlainMapOptions {
  /** The style, or its address (MapLibre fetches it). */
  style: StyleSpecification | string;
  /** The source whose loading the first view waits for. */
  roadsSource: string;
  /** The line layer a mode colours and a class filter filters. */
  lineLayer: string;
  /** The line colour of a mode. */
  lineColor(mode: ColorMode): ExpressionSpecification;
  /** The camera where the address gives none. */
  camera: { longitude: number; latitude: number; zoom: number };
}

/**
 * One source and one line layer, as wide as the app's roads, in status colours.
 *
 * @param sourceLayer the vector tile layer of the roads; absent for a GeoJSON source
 */
export function plainLineStyle(
  source: SourceSpecification,
  lineColor: ExpressionSpecification,
  sourceLayer?: string,
): StyleSpecification {
  return {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: { [PLAIN_SOURCE]: source },
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': palette.background },
      },
      {
        id: PLAIN_LINE_LAYER,
        type: 'line',
        source: PLAIN_SOURCE,
        ...(sourceLayer ? { 'source-layer': sourceLayer } : {}),
        paint: { 'line-color': lineColor, 'line-width': roadWidth() },
      },
    ],
  };
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
    style: options.style,
  });
  performance.measure(MAPLIBRE_CONSTRUCT_MEASURE, { start: constructStart });

  const nextIdle = (): Promise<void> =>
    new Promise((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });

  const ready = new Promise<void>((resolve) => {
    const check = (): void => {
      if (!map.isSourceLoaded(options.roadsSource)) return;
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
      map.setPaintProperty(options.lineLayer, 'line-color', options.lineColor(mode));
      await nextIdle();
    },
    async setClasses(classes) {
      const filter: ExpressionSpecification | null = classes
        ? ['in', ['get', 'class'], ['literal', [...classes]]]
        : null;
      map.setFilter(options.lineLayer, filter as FilterSpecification | null);
      await nextIdle();
    },
  };
}
