/**
 * The benchmark's baseline: plain MapLibre with the same GeoJSON in one source and one line
 * layer coloured by the app's status `match` expression; offline (no glyphs), no fading. The
 * camera comes from the address (`?data=…&lng=…&lat=…&zoom=…`), taken from the app's framing.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bucketColorExpression } from '../../../src/style/expressions.ts';
import { palette } from '../../../src/style/palette.ts';
import { PLAIN_LINE_LAYER, PLAIN_SOURCE, plainLineStyle, plainMapPage } from '../plainMapPage.ts';

const query = new URLSearchParams(location.search);
const dataUrl = new URL(query.get('data') ?? '', document.baseURI).href;
const lineColor = (mode: Parameters<typeof bucketColorExpression>[0]) =>
  bucketColorExpression(mode, palette);

setWorkerUrl(workerUrl);
plainMapPage({
  style: plainLineStyle({ type: 'geojson', data: dataUrl }, lineColor('status')),
  roadsSource: PLAIN_SOURCE,
  lineLayer: PLAIN_LINE_LAYER,
  lineColor,
  camera: { longitude: 105, latitude: 30.9, zoom: 8 },
});
