/**
 * Grows each town's tree of village roads (村道): trunks from the town centre, then branches
 * from points on roads already there (village roads, and county, township and ordinary highway
 * roads; not expressways, which have no level junctions). Roads stay in their town's area and
 * keep their distance from other roads; programme roads always reach their exact length.
 */
import { isRuralLand, nearestTown, type County, type Town } from './county.ts';
import { OccupancyGrid } from './occupancy.ts';
import { directionRadians, pathLengthKm, type PointKm } from './plane.ts';
import type { Random } from './random.ts';
import type { VillageRoadRequest } from './villagePlan.ts';
import { growWalk } from './walk.ts';

/** A road already in place before the village trees grow. */
export interface FixedRoad {
  path: readonly PointKm[];
  /** Whether village roads may branch from it. */
  allowsJunctions: boolean;
}

/** A village road as grown. */
export interface GrownVillageRoad {
  request: VillageRoadRequest;
  town: Town;
  path: PointKm[];
}

interface Anchor {
  point: PointKm;
  directionRad: number;
  owner: number;
}

const CELL_KM = 0.2;
const CLEARANCE_KM = 0.16;
const FREE_START_KM = 0.35;
const PARENT_GRACE_KM = 0.7;
const SHORTEST_PLAIN_KM = 0.3;
const TRUNK_COUNT = 6;
const TURN_RAD = 0.12;
const ANCHOR_DRAWS = 4;
const HOMING = 0.05;

/** Of a few anchors drawn at random, the one in the emptiest place: trees fill their land. */
function openAnchor(anchors: readonly Anchor[], grid: OccupancyGrid, random: Random): Anchor {
  let best = random.pick(anchors);
  let bestDensity = grid.density(best.point);
  for (let draw = 1; draw < ANCHOR_DRAWS; draw++) {
    const candidate = random.pick(anchors);
    const density = grid.density(candidate.point);
    if (density < bestDensity) {
      best = candidate;
      bestDensity = density;
    }
  }
  return best;
}

/** Grows the village roads of every town, town by town, in the plan's order. */
export function growVillageRoads(
  county: County,
  plan: Map<string, VillageRoadRequest[]>,
  fixedRoads: readonly FixedRoad[],
  stepKm: number,
  random: Random,
): GrownVillageRoad[] {
  const grid = new OccupancyGrid(CELL_KM);
  const anchors = new Map<string, Anchor[]>(county.towns.map((town) => [town.name, []]));
  let owners = 0;
  const addAnchors = (path: readonly PointKm[], owner: number, every: number): void => {
    for (let index = 2; index < path.length - 1; index += every) {
      const point = path[index] as PointKm;
      if (!isRuralLand(county, point)) continue;
      const directionRad = directionRadians(path[index - 1] as PointKm, point);
      anchors.get(nearestTown(county, point).name)?.push({ point, directionRad, owner });
    }
  };
  for (const road of fixedRoads) {
    const owner = owners++;
    grid.addPath(road.path, owner);
    if (road.allowsJunctions) addAnchors(road.path, owner, 4);
  }

  const grown: GrownVillageRoad[] = [];
  for (const town of county.towns) {
    const townRandom = random.fork(`villages:${town.name}`);
    const requests = plan.get(town.name) ?? [];
    const townAnchors = anchors.get(town.name) as Anchor[];
    requests.forEach((request, index) => {
      const attempts = request.exact ? 60 : 4;
      for (let attempt = 0; attempt < attempts; attempt++) {
        const trunk = index < TRUNK_COUNT && attempt < 3;
        const anchor: Anchor =
          trunk || townAnchors.length === 0
            ? {
                point: town.centre,
                directionRad: (2 * Math.PI * index) / TRUNK_COUNT + townRandom.between(-0.4, 0.4),
                owner: -1,
              }
            : openAnchor(townAnchors, grid, townRandom);
        const side = townRandom.chance(0.5) ? 1 : -1;
        const directionRad = trunk
          ? anchor.directionRad
          : anchor.directionRad + side * townRandom.between(0.9, 1.75);
        const path = growWalk({
          start: anchor.point,
          directionRad,
          lengthKm: request.lengthKm,
          stepKm,
          exact: request.exact,
          turnRad: TURN_RAD,
          homing: HOMING,
          largestDetour: request.exact ? 8 : 3,
          random: townRandom,
          isOpen: (point, travelledKm, strict) => {
            if (!isRuralLand(county, point)) return false;
            if (!strict) return true;
            if (nearestTown(county, point) !== town) return false;
            if (travelledKm < FREE_START_KM) return true;
            return !grid.isCrowded(
              point,
              CLEARANCE_KM,
              travelledKm < PARENT_GRACE_KM ? anchor.owner : -1,
            );
          },
        });
        if (!path || (!request.exact && pathLengthKm(path) < SHORTEST_PLAIN_KM)) continue;
        const owner = owners++;
        grid.addPath(path, owner);
        addAnchors(path, owner, 2);
        grown.push({ request, town, path });
        return;
      }
      if (request.exact)
        throw new Error(`could not grow a ${request.lengthKm} km road in ${town.name}`);
    });
  }
  return grown;
}
