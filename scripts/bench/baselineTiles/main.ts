/**
 * The benchmark's baselines on a tile set: plain MapLibre reading the same PMTiles archive as
 * the app, through the `pmtiles` library's protocol; offline, no fading; the camera from the
 * address, the same camera the app is given. Two pictures:
 * - `?archive=/tiles/roads.pmtiles&…`: the roads alone, in one vector source and one line layer
 *   coloured by the app's road line expression of each mode (`roadLineColor`) and as wide as the
 *   app's;
 * - `?style=app-style.json&…`: the style the app's map held at that camera (its `getStyle()`,
 *   saved by the benchmark), so that MapLibre draws what the app draws (route codes, points,
 *   county outline) with no app around it; a mode colours its road line as the app does.
 */
import { addProtocol, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import type { ColorMode } from '../../../src/domain/types.ts';
import { ROAD_LINE_LAYER, ROADS_SOURCE, TILE_ROADS_LAYER } from '../../../src/style/ids.ts';
import { palette } from '../../../src/style/palette.ts';
import { roadLineColor } from '../../../src/style/roadLayers.ts';
import { PLAIN_LINE_LAYER, PLAIN_SOURCE, plainLineStyle, plainMapPage } from '../plainMapPage.ts';

const query = new URLSearchParams(location.search);
const lineColor = (mode: ColorMode) => roadLineColor(mode, palette);
const camera = { longitude: 104, latitude: 30.5, zoom: 10 };

setWorkerUrl(workerUrl);
addProtocol('pmtiles', new Protocol().tile);

const styleAddress = query.get('style');
if (styleAddress) {
  plainMapPage({
    style: new URL(styleAddress, document.baseURI).href,
    roadsSource: ROADS_SOURCE,
    lineLayer: ROAD_LINE_LAYER,
    lineColor,
    camera,
  });
} else {
  const archiveUrl = new URL(query.get('archive') ?? '', document.baseURI).href;
  plainMapPage({
    style: plainLineStyle(
      { type: 'vector', url: `pmtiles://${archiveUrl}` },
      lineColor('status'),
      TILE_ROADS_LAYER,
    ),
    roadsSource: PLAIN_SOURCE,
    lineLayer: PLAIN_LINE_LAYER,
    lineColor,
    camera,
  });
}
