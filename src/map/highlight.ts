/**
 * The lines the halo draws: the selected road, the hovered one and the roads of a search
 * result, copied from the road source's
 * loaded tiles with a property saying which highlight each is. Both pieces of a partly built
 * road carry its id, so both are copied; a road cut by tile edges comes in several pieces,
 * which overlap in the tiles' buffer and draw as one line.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { ROADS_SOURCE } from '../style/ids.ts';
import { HIGHLIGHT_PROPERTY, type Highlight } from '../style/roadLayers.ts';

/** The highlighted segments by their index. */
export interface Highlighted {
  selected: number | null;
  hovered: number | null;
  /** The roads of a search result. */
  found: readonly number[];
}

/**
 * The highlight lines of the segments in `highlighted`, from the tiles the map has loaded (a
 * segment in no loaded tile has none yet; the map asks again as tiles come).
 *
 * @example
 * highlightLines(map, { selected: 12, hovered: null }).features[0].properties.highlight; // 'selected'
 */
export function highlightLines(map: MapLibreMap, highlighted: Highlighted): FeatureCollection {
  // Later lines draw over earlier ones: the found roads, the hovered one, the selected one.
  const { selected, hovered } = highlighted;
  const wanted: [number, Highlight][] = highlighted.found
    .filter((index) => index !== selected && index !== hovered)
    .map((index) => [index, 'found']);
  if (hovered !== null && hovered !== selected) wanted.push([hovered, 'hover']);
  if (selected !== null) wanted.push([selected, 'selected']);
  const features: Feature[] = [];
  if (!map.getSource(ROADS_SOURCE)) return { type: 'FeatureCollection', features };
  for (const [index, highlight] of wanted) {
    for (const line of map.querySourceFeatures(ROADS_SOURCE, { filter: ['==', ['id'], index] })) {
      features.push({
        type: 'Feature',
        id: index,
        geometry: line.geometry,
        properties: { ...line.properties, [HIGHLIGHT_PROPERTY]: highlight },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
