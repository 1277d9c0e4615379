/**
 * The style of a network opened as a tile set (`npm run tiles`): the roads and route codes come
 * from vector sources on the PMTiles archive (the same properties and ids as the GeoJSON path,
 * so every mode, filter and halo expression stays), and the county overview is added where the
 * set has one.
 */
import type {
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { ColorMode } from '../domain/types.ts';
import { countyLabelPoints } from '../domain/countyLabelPoints.ts';
import { countyOverviewLayers } from './countyOverviewLayers.ts';
import {
  COUNTY_LABELS_SOURCE,
  COUNTY_LINE_LAYER,
  COUNTY_OVERVIEW_SOURCE,
  LABELS_SOURCE,
  POINTS_SOURCE,
  ROADS_SOURCE,
  ROUTE_LABEL_LAYER,
  TILE_LABELS_LAYER,
  TILE_ROADS_LAYER,
  TOWN_CIRCLE_LAYER,
} from './ids.ts';
import type { Palette } from './palette.ts';

/** Where a tile set's map data is. */
export interface TiledSources {
  /** The vector source's address (`pmtiles://…`). */
  archiveUrl: string;
  /** The county overview's GeoJSON (an object or an address); null: none. */
  counties: GeoJSONSourceSpecification['data'] | null;
  mode: ColorMode;
  /** The route codes' filter: their zoom and the road filter (the labels carry its properties). */
  labelFilter: FilterSpecification;
}

/** The zoom from which a tile set's point features show. */
export const TILED_POINTS_MIN_ZOOM = 9;

function sourceOf(layer: LayerSpecification): string | null {
  return 'source' in layer && typeof layer.source === 'string' ? layer.source : null;
}

/**
 * `style` (the GeoJSON path's) with the roads and route codes read from the archive and the
 * county overview: the overview's fill and outline go under the roads, its names over the points.
 *
 * @example
 * tiledStyle(baseStyle(palette, { mode }), palette, { archiveUrl: 'pmtiles://…/roads.pmtiles', counties: null, mode });
 */
export function tiledStyle(
  style: StyleSpecification,
  palette: Palette,
  tiles: TiledSources,
): StyleSpecification {
  // The route codes read the same archive through a source of their own: a change of the road
  // line's colour or filter lays out again the tiles of the road source, not the route codes'.
  const archive: VectorSourceSpecification = { type: 'vector', url: tiles.archiveUrl };
  const sources: StyleSpecification['sources'] = {
    ...style.sources,
    [ROADS_SOURCE]: archive,
    [LABELS_SOURCE]: { ...archive },
  };
  let layers = style.layers.map((layer): LayerSpecification => {
    const source = sourceOf(layer);
    if (source === ROADS_SOURCE)
      return { ...layer, 'source-layer': TILE_ROADS_LAYER } as LayerSpecification;
    if (source === LABELS_SOURCE || layer.id === ROUTE_LABEL_LAYER)
      return {
        ...layer,
        source: LABELS_SOURCE,
        'source-layer': TILE_LABELS_LAYER,
        filter: tiles.labelFilter,
      } as LayerSpecification;
    // A province's bridges and stations would hide its counties: they come in with the roads.
    if (source === POINTS_SOURCE)
      return { ...layer, minzoom: TILED_POINTS_MIN_ZOOM } as LayerSpecification;
    return layer;
  });
  if (tiles.counties !== null) {
    sources[COUNTY_OVERVIEW_SOURCE] = { type: 'geojson', data: tiles.counties };
    const { under, over: overPolygons } = countyOverviewLayers(palette, tiles.mode);
    // Counties given as data are named once each, at a point of their own.
    const pointed = typeof tiles.counties === 'object';
    if (pointed)
      sources[COUNTY_LABELS_SOURCE] = {
        type: 'geojson',
        data: countyLabelPoints(tiles.counties),
      };
    const over = pointed
      ? overPolygons.map(
          (layer) => ({ ...layer, source: COUNTY_LABELS_SOURCE }) as LayerSpecification,
        )
      : overPolygons;
    const underAt = layers.findIndex((layer) => layer.id === COUNTY_LINE_LAYER);
    layers = [...layers.slice(0, underAt + 1), ...under, ...layers.slice(underAt + 1)];
    const overAt = layers.findIndex((layer) => layer.id === TOWN_CIRCLE_LAYER);
    layers = [...layers.slice(0, overAt), ...over, ...layers.slice(overAt)];
  }
  return { ...style, sources, layers };
}
