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

/** The most segments looked up with a style filter (see `highlightLines`). */
const FILTERED_QUERY_MAX = 64;

/** The highlighted segments by their index. */
export interface Highlighted {
  selected: number | null;
  hovered: number | null;
  /** The roads of a search result. */
  found: readonly number[];
}

/**
 * The highlight lines of the segments in `highlighted`, from the tiles the map has loaded (a
 * segment in no loaded tile has none yet; the map asks again as tiles come); `sourceLayer`: the
 * tile layer of a tile set's roads.
 *
 * @example
 * highlightLines(map, { selected: 12, hovered: null }).features[0].properties.highlight; // 'selected'
 */
export function highlightLines(
  map: MapLibreMap,
  highlighted: Highlighted,
  sourceLayer?: string,
): FeatureCollection {
  // Later lines draw over earlier ones: the found roads, the hovered one, the selected one.
  const { selected, hovered } = highlighted;
  const wanted: [number, Highlight][] = highlighted.found
    .filter((index) => index !== selected && index !== hovered)
    .map((index) => [index, 'found']);
  if (hovered !== null && hovered !== selected) wanted.push([hovered, 'hover']);
  if (selected !== null) wanted.push([selected, 'selected']);
  const features: Feature[] = [];
  if (!map.getSource(ROADS_SOURCE) || wanted.length === 0)
    return { type: 'FeatureCollection', features };
  // One pass over the loaded tiles for all of them (a search result may hold thousands): a
  // style filter for a few, which skips decoding the rest; read here for many, since the
  // filter's `in` tests each feature against the whole list.
  const highlightOf = new Map(wanted);
  const lines = map.querySourceFeatures(ROADS_SOURCE, {
    sourceLayer,
    filter:
      highlightOf.size <= FILTERED_QUERY_MAX
        ? ['in', ['id'], ['literal', [...highlightOf.keys()]]]
        : undefined,
  });
  const byIndex = new Map<number, Feature[]>();
  for (const line of lines) {
    const index = line.id as number;
    const highlight = highlightOf.get(index);
    if (highlight === undefined) continue;
    let list = byIndex.get(index);
    if (!list) byIndex.set(index, (list = []));
    list.push({
      type: 'Feature',
      id: index,
      geometry: line.geometry,
      properties: { ...line.properties, [HIGHLIGHT_PROPERTY]: highlight },
    });
  }
  // In the order wanted: later lines draw over earlier ones.
  for (const index of highlightOf.keys()) features.push(...(byIndex.get(index) ?? []));
  return { type: 'FeatureCollection', features };
}
