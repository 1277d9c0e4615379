/**
 * Switching the map's road sources between the GeoJSON path and a tile set: the sources (and
 * their layers) that one path has and the other has not are taken out, and the tile set's are
 * brought in from the whole style, each layer in its place.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { layersOfSource } from '../style/partialStyle.ts';
import {
  COUNTY_LABELS_SOURCE,
  COUNTY_OVERVIEW_SOURCE,
  LABELS_SOURCE,
  ROADS_SOURCE,
} from '../style/ids.ts';

/** Sources that differ between a tile set and the GeoJSON path. */
const SWAPPED_SOURCES = [ROADS_SOURCE, LABELS_SOURCE, COUNTY_OVERVIEW_SOURCE, COUNTY_LABELS_SOURCE];

/** Takes a source and every layer drawing from it out of the map. */
function removeSource(map: MapLibreMap, id: string): void {
  if (!map.getSource(id)) return;
  for (const layer of map.getStyle().layers) {
    if ('source' in layer && layer.source === id) map.removeLayer(layer.id);
  }
  map.removeSource(id);
}

/**
 * Takes the road sources of either path out: the GeoJSON path's come back as their data is
 * given (`RoadMap.#giveData`).
 */
export function removeRoadSources(map: MapLibreMap): void {
  for (const id of SWAPPED_SOURCES) removeSource(map, id);
}

/**
 * Shows the tile set of `whole` (a `tiledStyle`): the road sources of the previous network go,
 * the archive's vector source and the county overview come in with their layers.
 */
export function showTiledSources(map: MapLibreMap, whole: StyleSpecification): void {
  removeRoadSources(map);
  for (const id of SWAPPED_SOURCES) {
    const source = whole.sources[id];
    if (!source) continue;
    map.addSource(id, source);
    for (const { layer, beforeId } of layersOfSource(whole, id, (layerId) =>
      Boolean(map.getLayer(layerId)),
    )) {
      map.addLayer(layer, beforeId);
    }
  }
}
