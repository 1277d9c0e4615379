/**
 * What a tile set's road features carry beyond the GeoJSON path's drawing, for the page's
 * details and hover (`TileFeatureText`, `src/domain/tileSegment.ts`): the segment's start
 * chainage (桩号) where it has one, and where its length counted is a declared one, its
 * measured length in whole metres. The hover tells by the measured length whether a line drawn
 * in a tile is the whole segment (a line cut at a tile's edge gives no chainage); a segment
 * without a declared length counts its measured length, which the columns hold already.
 */
import type { FeatureCollection } from 'geojson';
import type { TileFeatureText } from '../../src/domain/tileFeatureText.ts';
import type { MeasuredSegment } from '../../src/domain/types.ts';

/**
 * Writes each road line's segment's texts on the line's properties; the lines' ids are their
 * segments' indices.
 *
 * @example
 * addRoadTexts(dataset.roads, dataset.segments);
 * dataset.roads.features[0].properties.startChainage; // 'K12+300'
 */
export function addRoadTexts(roads: FeatureCollection, segments: readonly MeasuredSegment[]): void {
  for (const feature of roads.features) {
    const segment = typeof feature.id === 'number' ? segments[feature.id] : undefined;
    if (!segment || !feature.properties) continue;
    const texts: TileFeatureText = {};
    const chainage = segment.properties.start_chainage;
    if (chainage) texts.startChainage = chainage;
    if (segment.properties.length_km !== undefined)
      texts.measuredM = Math.round(segment.measuredKm * 1000);
    Object.assign(feature.properties, texts);
  }
}
