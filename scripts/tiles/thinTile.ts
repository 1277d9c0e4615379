/**
 * Keeps a tile under its byte budget the way tippecanoe's `--drop-densest-as-needed` does:
 * roads of the lowest class go first, and of those the ones closest to the road before them
 * along a Z-order curve (the densest places), until the tile fits; the next class up goes only
 * when a whole class is gone. Both pieces of a partly built road (same id) go together.
 * Expressways are never dropped.
 */
import type { GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { RANKED_CLASSES } from '../../src/domain/classRank.ts';

/** Classes that may be dropped, lowest first. */
const DROPPABLE = RANKED_CLASSES.filter((roadClass) => roadClass !== 'expressway');

/** Interleaves the bits of two 16-bit numbers. */
function mortonCode(x: number, y: number): number {
  let code = 0;
  for (let bit = 15; bit >= 0; bit--) code = code * 4 + ((x >> bit) & 1) * 2 + ((y >> bit) & 1);
  return code;
}

function firstPosition(feature: GeoJSONVTFeature): [number, number] {
  const geometry = feature.geometry as [number, number][][];
  return geometry[0]?.[0] ?? [0, 0];
}

/**
 * The ids of `features` (all of one class) from densest to sparsest: each feature's gap is the
 * distance from its first position to the previous feature's along the Z-order curve.
 */
function densestFirst(features: readonly GeoJSONVTFeature[], extent: number): (string | number)[] {
  const firsts = new Map<string | number, [number, number]>();
  for (const feature of features) {
    const id = feature.id ?? -1;
    if (!firsts.has(id)) firsts.set(id, firstPosition(feature));
  }
  const clamp = (value: number): number =>
    Math.max(0, Math.min(0xffff, Math.round((value / extent) * 0x8000 + 0x4000)));
  const ordered = [...firsts.entries()]
    .map(([id, [x, y]]) => ({ id, x, y, code: mortonCode(clamp(x), clamp(y)) }))
    .sort((first, second) => first.code - second.code);
  const gaps = ordered.map((item, index) => {
    const previous = ordered[index - 1];
    return {
      id: item.id,
      gap: previous ? Math.hypot(item.x - previous.x, item.y - previous.y) : Infinity,
    };
  });
  return gaps.sort((first, second) => first.gap - second.gap).map((item) => item.id);
}

/** The tile's bytes and how many road features were dropped to fit. */
export interface ThinnedTile {
  bytes: Uint8Array;
  dropped: number;
}

/**
 * Encodes the roads (with the other layers, which are never thinned) and drops roads until the
 * tile fits `budgetBytes` or nothing droppable is left.
 *
 * @example
 * const { bytes } = thinTile(roads, (kept) => fromGeojsonVt({ roads: { features: kept } }), 500_000, 4096);
 */
export function thinTile(
  roads: readonly GeoJSONVTFeature[],
  encode: (roads: readonly GeoJSONVTFeature[]) => Uint8Array,
  budgetBytes: number,
  extent: number,
): ThinnedTile {
  let kept = roads;
  let bytes = encode(kept);
  for (const roadClass of DROPPABLE) {
    if (bytes.length <= budgetBytes) break;
    const ofClass = kept.filter((feature) => feature.tags?.class === roadClass);
    if (ofClass.length === 0) continue;
    const order = densestFirst(ofClass, extent);
    let droppedCount = 0;
    while (bytes.length > budgetBytes && droppedCount < order.length) {
      // Drops about the share of the tile that is over budget, and a little more.
      const share = 1 - budgetBytes / bytes.length;
      const more = Math.max(1, Math.ceil(order.length * share * 1.1));
      droppedCount = Math.min(order.length, droppedCount + more);
      const dropped = new Set(order.slice(0, droppedCount));
      kept = kept.filter(
        (feature) => feature.tags?.class !== roadClass || !dropped.has(feature.id ?? -1),
      );
      bytes = encode(kept);
    }
  }
  return { bytes, dropped: roads.length - kept.length };
}
