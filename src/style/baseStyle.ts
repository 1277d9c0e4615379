/**
 * The whole map style: offline by default (no glyphs, no sprite, no tile server), with the
 * county context (boundary, river, towns), the roads and the point features. Sources hold the
 * data given (the first dataset, so that the first frame draws it) or start empty; the map
 * adapter fills them with `setData` afterwards.
 */
import type {
  GeoJSONSourceSpecification,
  RasterLayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { countyLayers, townLayers } from './contextLayers.ts';
import {
  BACKGROUND_LAYER,
  CONTEXT_SOURCE,
  HIGHLIGHT_SOURCE,
  LABELS_SOURCE,
  ONLINE_BASEMAP_LAYER,
  ONLINE_BASEMAP_SOURCE,
  POINTS_SOURCE,
  ROADS_SOURCE,
} from './ids.ts';
import type { Palette } from './palette.ts';
import { pointLayers } from './pointLayers.ts';
import { roadLayers, type RoadLayersOptions } from './roadLayers.ts';

/** OpenStreetMap's raster tiles: used only when the user opts in to the online basemap. */
export const ONLINE_BASEMAP_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface BaseStyleOptions extends RoadLayersOptions {
  /** Draw OpenStreetMap tiles under the county (needs the network). Default false. */
  onlineBasemap?: boolean;
  /** GeoJSON (an object or a URL) of some GeoJSON sources, by source id; the rest start empty. */
  data?: Partial<Record<GeojsonSourceId, GeoJSONSourceSpecification['data']>>;
}

/** The style's GeoJSON sources. */
export const GEOJSON_SOURCES = [
  CONTEXT_SOURCE,
  ROADS_SOURCE,
  HIGHLIGHT_SOURCE,
  LABELS_SOURCE,
  POINTS_SOURCE,
] as const;
export type GeojsonSourceId = (typeof GEOJSON_SOURCES)[number];

/** The raster source of the opt-in online basemap. */
export function onlineBasemapSource(): RasterSourceSpecification {
  return {
    type: 'raster',
    tiles: [ONLINE_BASEMAP_TILES],
    tileSize: 256,
    maxzoom: 19,
    attribution: '© OpenStreetMap contributors',
  };
}

/** The online basemap layer; it goes right above the background, below everything else. */
export function onlineBasemapLayer(): RasterLayerSpecification {
  return { id: ONLINE_BASEMAP_LAYER, type: 'raster', source: ONLINE_BASEMAP_SOURCE };
}

/**
 * How far past its edges, in pixels of a 512-pixel tile, a road tile holds the lines that
 * cross them. MapLibre's default (128) makes each tile hold the lines of an area 2.25 times its
 * own, all laid out again on every mode and filter change. A tile's drawing stops at its edge,
 * so what lies past it matters only where it reaches back in: the widest road is 14 px, so a
 * line cut 16 px out ends (butt cap) at least 9 px outside, and a miter join 16 px out or more
 * (at most 14 px from its vertex, MapLibre's miter limit being 2) stays outside too. A tile
 * drawn past its zoom is scaled up, and its buffer with it. A browser test compares the
 * picture with MapLibre's default buffer.
 */
export const ROAD_TILE_BUFFER_PX = 16;

/** A GeoJSON source of the style, with `data` or empty. */
export function geojsonSource(
  id: GeojsonSourceId,
  data: GeoJSONSourceSpecification['data'] | undefined,
): GeoJSONSourceSpecification {
  const source: GeoJSONSourceSpecification = {
    type: 'geojson',
    data: data ?? { type: 'FeatureCollection', features: [] },
  };
  return id === ROADS_SOURCE ? { ...source, buffer: ROAD_TILE_BUFFER_PX } : source;
}

/**
 * The map style. Layer order, bottom to top: background, (online basemap), county land, river,
 * county boundary, roads, points, towns. Towns come last so that their names win label
 * collisions.
 *
 * @example
 * new Map({ container, style: baseStyle(palette, { onlineBasemap: false }) });
 */
export function baseStyle(palette: Palette, options: BaseStyleOptions = {}): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    transition: { duration: 0, delay: 0 },
    sources: Object.fromEntries(
      GEOJSON_SOURCES.map((id) => [id, geojsonSource(id, options.data?.[id])]),
    ),
    layers: [
      {
        id: BACKGROUND_LAYER,
        type: 'background',
        paint: { 'background-color': palette.background },
      },
      ...countyLayers(palette),
      ...roadLayers(palette, {
        mode: options.mode,
        filter: options.filter,
        dateIndex: options.dateIndex,
      }),
      ...pointLayers(palette),
      ...townLayers(palette),
    ],
  };
  if (options.onlineBasemap) {
    style.sources[ONLINE_BASEMAP_SOURCE] = onlineBasemapSource();
    style.layers.splice(1, 0, onlineBasemapLayer());
  }
  return style;
}
