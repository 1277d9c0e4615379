/**
 * The benchmark's baseline for a tile set: plain MapLibre reading the same PMTiles archive as
 * the app, through the `pmtiles` library's protocol, in one vector source and one line layer
 * coloured by the app's road line expression of each mode (`roadLineColor`, which the app sets
 * on its tile set's road line too) and as wide as the app's; offline (no glyphs), no fading.
 * The archive and the camera come from the address
 * (`?archive=/tiles/roads.pmtiles&lng=…&lat=…&zoom=…`), the same camera the app is given.
 */
import { addProtocol, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import { TILE_ROADS_LAYER } from '../../../src/style/ids.ts';
import { palette } from '../../../src/style/palette.ts';
import { roadLineColor } from '../../../src/style/roadLayers.ts';
import { plainMapPage } from '../plainMapPage.ts';

const query = new URLSearchParams(location.search);
const archiveUrl = new URL(query.get('archive') ?? '', document.baseURI).href;

setWorkerUrl(workerUrl);
addProtocol('pmtiles', new Protocol().tile);
plainMapPage({
  source: { type: 'vector', url: `pmtiles://${archiveUrl}` },
  sourceLayer: TILE_ROADS_LAYER,
  lineColor: (mode) => roadLineColor(mode, palette),
  camera: { longitude: 104, latitude: 30.5, zoom: 10 },
});
