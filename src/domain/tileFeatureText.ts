/**
 * What a tile set's road feature tells of its segment beyond the columns (`npm run tiles`
 * writes it, `scripts/tiles/roadTexts.ts`): read from a feature the map has drawn, kept by the
 * map and the app state, and put together with the columns by `tileSegment`.
 */

/** What a road's tile feature tells of it beyond the columns. */
export interface TileFeatureText {
  id?: unknown;
  name?: unknown;
  /** The segment's `start_chainage`, where it has one. */
  startChainage?: unknown;
  /**
   * The segment's measured length (its geometry's) in whole metres, where the length its
   * figures count is a declared one (`length_km`); without it, the length counted is the
   * measured length.
   */
  measuredM?: unknown;
}

const TEXT_KEYS = ['id', 'name', 'startChainage', 'measuredM'] as const;

/**
 * The texts among a feature's properties.
 *
 * @example
 * tileFeatureText({ id: 'X001-3', class: 'county', startChainage: 'K3+200' }); // { id: 'X001-3', startChainage: 'K3+200' }
 */
export function tileFeatureText(properties: Readonly<Record<string, unknown>>): TileFeatureText {
  const text: TileFeatureText = {};
  for (const key of TEXT_KEYS) if (properties[key] !== undefined) text[key] = properties[key];
  return text;
}

/** Whether two features' texts are the same. */
export function sameTileFeatureText(first: TileFeatureText, second: TileFeatureText): boolean {
  return TEXT_KEYS.every((key) => first[key] === second[key]);
}
