/**
 * What the map needs to show a tile set, loaded with the first one so that the first load does
 * not carry it: the archive's protocol, the tiled style and the county overview's expressions,
 * and the swap of the road sources.
 */
export { archiveUrl } from './tileArchive.ts';
export { removeRoadSources, showTiledSources } from './tiledSources.ts';
export { tiledStyle } from '../style/tiledStyle.ts';
export {
  COUNTY_OVERVIEW_MAX_ZOOM,
  overviewFillColor,
  overviewLabel,
} from '../style/countyOverviewLayers.ts';
