/**
 * The county frame: boundary, rivers, towns and the seat, in the km frame, from the source
 * description. Everything else is drawn inside it.
 */
import { curvedPath, roughenRing, scaleRing, trimToRing } from './curves.ts';
import { distanceKm, isInsideRing, ringAreaKm2, type PointKm } from './plane.ts';
import type { GeoOrigin } from './projection.ts';
import type { Random } from './random.ts';
import type { SampleCountySource, Waypoint } from './source.ts';

/** A town (乡镇) of the county. */
export interface Town {
  name: string;
  centre: PointKm;
  villageRoadCount: number;
  seedVillages: string[];
}

/** A named river line. */
export interface River {
  name: string;
  path: PointKm[];
}

/** The county as the rest of the generator sees it. */
export interface County {
  name: string;
  origin: GeoOrigin;
  seatName: string;
  urbanRadiusKm: number;
  /** Open ring (first vertex not repeated), about the source's area. */
  boundary: PointKm[];
  rivers: River[];
  towns: Town[];
}

/** The town whose centre is nearest a point (the town's "area" is its Voronoi cell). */
export function nearestTown(county: County, point: PointKm): Town {
  let best = county.towns[0] as Town;
  let bestKm = Infinity;
  for (const town of county.towns) {
    const km = distanceKm(town.centre, point);
    if (km < bestKm) {
      bestKm = km;
      best = town;
    }
  }
  return best;
}

/** Whether a point is inside the county and outside the seat's urban area. */
export function isRuralLand(county: County, point: PointKm): boolean {
  return (
    Math.hypot(point[0], point[1]) > county.urbanRadiusKm && isInsideRing(point, county.boundary)
  );
}

/** The km position of a waypoint: a town or seat name, or a position. */
export function resolveWaypoint(county: County, waypoint: Waypoint): PointKm {
  if (typeof waypoint !== 'string') return waypoint;
  if (waypoint === county.seatName) return [0, 0];
  const town = county.towns.find((candidate) => candidate.name === waypoint);
  if (!town) throw new Error(`unknown place in the sample source: ${waypoint}`);
  return town.centre;
}

/**
 * Builds the county frame: the outline roughened and scaled (about the seat) to the source's
 * area, the rivers bent and cut at the boundary, the towns placed.
 */
export function buildCounty(source: SampleCountySource, random: Random): County {
  const rough = roughenRing(
    source.boundary.outline_km,
    random.fork('boundary'),
    source.boundary.levels,
    source.boundary.roughness,
  );
  const factor = Math.sqrt(source.boundary.area_km2 / ringAreaKm2(rough));
  const boundary = scaleRing(rough, [0, 0], factor);
  const rivers = source.rivers.map((river) => ({
    name: river.name,
    path: trimToRing(
      curvedPath(river.points_km, random.fork(`river:${river.name}`), {
        wiggleKm: river.wiggle_km,
        controlSpacingKm: 1.5,
        vertexSpacingKm: 0.25,
      }),
      boundary,
    ),
  }));
  const towns = source.towns.map((town) => ({
    name: town.name,
    centre: [town.east_km, town.north_km] as PointKm,
    villageRoadCount: town.village_roads,
    seedVillages: town.villages ?? [],
  }));
  for (const town of towns) {
    if (!isInsideRing(town.centre, boundary))
      throw new Error(`${town.name} lies outside the county`);
  }
  return {
    name: source.boundary.name,
    origin: { longitude: source.seat.longitude, latitude: source.seat.latitude },
    seatName: source.seat.name,
    urbanRadiusKm: source.seat.urban_radius_km,
    boundary,
    rivers,
    towns,
  };
}
