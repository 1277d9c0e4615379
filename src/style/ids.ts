/**
 * Source and layer ids of the map style, named once. The style builders in this folder and
 * the map adapter (`src/map/RoadMap.ts`) refer to sources and layers only through these names.
 */

/**
 * GeoJSON source of the road lines (integer feature ids = segment index; a partly built
 * segment is two lines with its id, see `RoadPiece`).
 */
export const ROADS_SOURCE = 'roads';
/**
 * The hovered and the selected road's lines only, copied from the road source's tiles as they
 * are highlighted: the halo draws from them, so the road source has no feature-state and its
 * tiles no second layer to lay out.
 */
export const HIGHLIGHT_SOURCE = 'road-highlight';
/** GeoJSON source of the route-code label points (same ids as the road each sits on). */
export const LABELS_SOURCE = 'labels';
/** GeoJSON source of the point features (bridges, stations, mooring areas). */
export const POINTS_SOURCE = 'points';
/** GeoJSON source of the context features (county boundary, river, towns). */
export const CONTEXT_SOURCE = 'context';
/** Raster source of the opt-in online basemap. */
export const ONLINE_BASEMAP_SOURCE = 'online-basemap';

/**
 * Values of the context features' `layer` property: the county boundary (polygon), the main
 * river (line), a town and the county seat (points, both with a `name`).
 */
export const CONTEXT_KINDS = ['boundary', 'river', 'town', 'seat'] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

export const BACKGROUND_LAYER = 'background';
export const ONLINE_BASEMAP_LAYER = 'online-basemap-tiles';
export const COUNTY_FILL_LAYER = 'county-fill';
export const COUNTY_LINE_LAYER = 'county-line';
export const RIVER_LAYER = 'river';
export const TOWN_CIRCLE_LAYER = 'town-circles';
export const TOWN_LABEL_LAYER = 'town-labels';

/** The road line, coloured by the current mode; also the layer picked on hover and click. */
export const ROAD_LINE_LAYER = 'road-line';
/**
 * The halo around the hovered and the selected road, drawn outside the road line so that the
 * road keeps its own colour; from `HIGHLIGHT_SOURCE`.
 */
export const ROAD_HALO_LAYER = 'road-halo';
/** Route codes along expressways, national, provincial and county roads. */
export const ROUTE_LABEL_LAYER = 'route-labels';
export const POINT_CIRCLE_LAYER = 'point-circles';
export const POINT_LABEL_LAYER = 'point-labels';

/** Layers that take the road filter as a style filter (`filterExpression`). */
export const FILTERED_LAYERS: readonly string[] = [ROAD_LINE_LAYER, ROAD_HALO_LAYER];

/** Layers queried for hover and click (features carry the integer segment index as id). */
export const INTERACTIVE_LAYERS: string[] = [ROAD_LINE_LAYER];

/** Layers that take the point filter as a style filter (`pointFilterExpression`). */
export const POINT_FILTERED_LAYERS: readonly string[] = [POINT_CIRCLE_LAYER, POINT_LABEL_LAYER];

/**
 * Point layers queried for clicks, before the roads (features carry the integer point index as
 * id).
 */
export const POINT_INTERACTIVE_LAYERS: string[] = [POINT_CIRCLE_LAYER];

/** The font of every label: a CSS family list, drawn by the browser (the style has no glyphs). */
export const LABEL_FONT = ['Noto Sans CJK SC'];

/** GeoJSON source of a tile set's county overview (county boundaries with their figures). */
export const COUNTY_OVERVIEW_SOURCE = 'county-overview';
/** GeoJSON source of the overview's county names: one point per county. */
export const COUNTY_LABELS_SOURCE = 'county-labels';
/** The counties filled by % completed (or guard coverage in guard mode), at province zoom. */
export const COUNTY_OVERVIEW_FILL_LAYER = 'county-overview-fill';
export const COUNTY_OVERVIEW_LINE_LAYER = 'county-overview-line';
export const COUNTY_OVERVIEW_LABEL_LAYER = 'county-overview-labels';
/** The vector tile layer of a tile set's roads and of its route codes (`TILE_LAYERS`). */
export const TILE_ROADS_LAYER = 'roads';
export const TILE_LABELS_LAYER = 'labels';
