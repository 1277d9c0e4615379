/**
 * A style with only some of its GeoJSON sources, and the way back to the whole style one source
 * at a time. The map leaves out sources it has no data for yet: an empty source still loads
 * tiles, and each of them makes MapLibre draw another frame while the roads are loading.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

function sourceOf(layer: LayerSpecification): string | null {
  return 'source' in layer && typeof layer.source === 'string' ? layer.source : null;
}

/**
 * The style without the GeoJSON sources not in `kept`, nor their layers. Sources of other types
 * (the online basemap's raster tiles) and layers without a source stay.
 *
 * @example
 * styleWithSources(baseStyle(palette), new Set(['roads'])); // background, roads' layers
 */
export function styleWithSources(
  style: StyleSpecification,
  kept: ReadonlySet<string>,
): StyleSpecification {
  const sources = Object.fromEntries(
    Object.entries(style.sources).filter(
      ([id, source]) => source.type !== 'geojson' || kept.has(id),
    ),
  );
  const layers = style.layers.filter((layer) => {
    const source = sourceOf(layer);
    return source === null || source in sources;
  });
  return { ...style, sources, layers };
}

/** A layer to add, and the layer it goes below (undefined: on top). */
export interface LayerToAdd {
  layer: LayerSpecification;
  beforeId: string | undefined;
}

/**
 * The layers of `source` in the whole style, each with the first layer above it in the whole
 * style that the map already has: added in this order, they take their places in the stack.
 *
 * @example
 * for (const { layer, beforeId } of layersOfSource(style, 'labels', (id) => !!map.getLayer(id)))
 *   map.addLayer(layer, beforeId);
 */
export function layersOfSource(
  style: StyleSpecification,
  source: string,
  present: (layerId: string) => boolean,
): LayerToAdd[] {
  const added: LayerToAdd[] = [];
  style.layers.forEach((layer, index) => {
    if (sourceOf(layer) !== source) return;
    const above = style.layers.slice(index + 1).find((other) => present(other.id));
    added.push({ layer, beforeId: above?.id });
  });
  return added;
}
