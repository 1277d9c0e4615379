/**
 * Synthetic networks of any size for the benchmark (`npm run bench`), made with the same
 * generator parts as the sample county: seeded random streams, drifting walks, the km frame and
 * the GeoJSON writer. Towns sit on a jittered grid about 9 km apart and each grows a tree of
 * roads; every class, status and contract property occurs.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import {
  BUILD_STATUSES,
  ROAD_CLASSES,
  type RoadSegmentProperties,
} from '../../src/contract/roadNetwork.ts';
import { roundTo2 } from './allocate.ts';
import { pointFeature, segmentFeature } from './geojson.ts';
import { NameBook } from './names.ts';
import { pathLengthKm, type PointKm } from './plane.ts';
import type { GeoOrigin } from './projection.ts';
import { createRandom } from './random.ts';
import { syntheticPoint, syntheticProperties, STEP_KM_BY_CLASS } from './syntheticProperties.ts';
import { growWalk } from './walk.ts';

/** What to generate. */
export interface SyntheticNetworkOptions {
  /** Number of road segments (LineStrings). */
  segmentCount: number;
  /** Seed of the random streams; the same seed gives the same network. Default 1. */
  seed?: number;
  /** Vertices per segment. Default 20. */
  verticesPerSegment?: number;
  /** Point features (bridges, stations, …). Default one per 50 segments. */
  pointCount?: number;
  /** Where the network lies. Default 105.02°E 30.9°N. */
  origin?: GeoOrigin;
}

/** The generated dataset: a FeatureCollection with the `roadboard` foreign member. */
export type SyntheticNetwork = FeatureCollection<LineString | Point> & {
  roadboard: { name: string; synthetic: true; note: string };
};

const TOWN_SPACING_KM = 9;
const SEGMENTS_PER_TOWN = 120;
const RECENT_PARENTS = 40;
const CLASS_WEIGHTS = [0.01, 0.02, 0.04, 0.07, 0.12, 0.72, 0.02];
const STATUS_WEIGHTS = [0.55, 0.06, 0.06, 0.13, 0.14, 0.06];

function weightedIndex(weights: readonly number[], draw: number): number {
  let total = 0;
  for (let index = 0; index < weights.length; index++) {
    total += weights[index] as number;
    if (draw < total) return index;
  }
  return weights.length - 1;
}

/**
 * Generates a deterministic network of `segmentCount` segments. The first 42 segments take
 * every class × status pair once, so any network of 42 segments or more holds them all.
 *
 * @example
 * const network = generateNetwork({ segmentCount: 10_000, seed: 7 });
 * network.features.length; // 10_000 segments + 200 points
 */
export function generateNetwork(options: SyntheticNetworkOptions): SyntheticNetwork {
  const { segmentCount, seed = 1, verticesPerSegment = 20 } = options;
  const origin = options.origin ?? { longitude: 105.02, latitude: 30.9 };
  const random = createRandom(seed);
  const townCount = Math.max(1, Math.ceil(segmentCount / SEGMENTS_PER_TOWN));
  const columns = Math.ceil(Math.sqrt(townCount));
  const names = new NameBook(random.fork('names'));
  const layout = random.fork('towns');
  const towns = Array.from({ length: townCount }, (_, index) => ({
    name: names.next(layout.chance(0.3) ? '乡' : '镇'),
    centre: [
      ((index % columns) - (columns - 1) / 2) * TOWN_SPACING_KM + layout.between(-2, 2),
      (Math.floor(index / columns) - (columns - 1) / 2) * TOWN_SPACING_KM + layout.between(-2, 2),
    ] as PointKm,
  }));

  const walks = random.fork('walks');
  const features: SyntheticNetwork['features'] = [];
  const paths: PointKm[][] = [];
  for (let index = 0; index < segmentCount; index++) {
    const townIndex = Math.min(townCount - 1, Math.floor((index * townCount) / segmentCount));
    const town = towns[townIndex] as (typeof towns)[number];
    const combination = index < ROAD_CLASSES.length * BUILD_STATUSES.length;
    const roadClass =
      ROAD_CLASSES[combination ? index % 7 : weightedIndex(CLASS_WEIGHTS, walks.next())]!;
    const status =
      BUILD_STATUSES[
        combination ? Math.floor(index / 7) : weightedIndex(STATUS_WEIGHTS, walks.next())
      ]!;
    const firstOfTown =
      index === 0 || Math.floor(((index - 1) * townCount) / segmentCount) !== townIndex;
    const parent = firstOfTown ? [town.centre] : walks.pick(paths.slice(-RECENT_PARENTS));
    const stepKm = STEP_KM_BY_CLASS[roadClass];
    const path = growWalk({
      start: walks.pick(parent),
      directionRad: walks.between(0, 2 * Math.PI),
      lengthKm: (verticesPerSegment - 1) * stepKm,
      stepKm,
      exact: true,
      turnRad: 0.1,
      homing: 0.05,
      random: walks,
      isOpen: () => true,
    }) as PointKm[];
    paths.push(path);
    const properties: RoadSegmentProperties = syntheticProperties({
      index,
      roadClass,
      status,
      townName: town.name,
      neighbourName: towns[(townIndex + 1) % townCount]?.name ?? town.name,
      townIndex,
      lengthKm: roundTo2(pathLengthKm(path)),
      random: walks,
    });
    features.push(segmentFeature({ properties, path }, origin));
  }
  const pointCount = options.pointCount ?? Math.floor(segmentCount / 50);
  for (let index = 0; index < pointCount && paths.length > 0; index++) {
    const path = walks.pick(paths);
    features.push(pointFeature(syntheticPoint(index, walks.pick(path), walks), origin));
  }
  return {
    type: 'FeatureCollection',
    roadboard: {
      name: `Synthetic network, ${segmentCount} segments`,
      synthetic: true,
      note: 'synthetic benchmark data / 合成基准数据',
    },
    features,
  };
}
