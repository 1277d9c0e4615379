/**
 * Point features: the 7 rural bridges rebuilt in 2023 (on village roads of the named towns),
 * the X085 bridge of the 2024 plan, the 3 transport service stations, the town bus stations that
 * take parcels, and the mooring area on the river at 刘营镇回龙村.
 */
import type { PointFeatureProperties } from '../../src/contract/roadNetwork.ts';
import { resolveWaypoint, type County } from './county.ts';
import { chainageText, type PointDraft, type SegmentDraft } from './drafts.ts';
import { distanceKm, nearestVertexIndex, pathLengthKm, type PointKm } from './plane.ts';
import type { DrawnRoute } from './routes.ts';
import type { SampleCountySource } from './source.ts';

function yearOf(source: SampleCountySource, projectName: string): number | undefined {
  return source.projects.find((project) => project.name === projectName)?.year;
}

function offset(point: PointKm, eastKm: number, northKm: number): PointKm {
  return [point[0] + eastKm, point[1] + northKm];
}

function pointAtShare(
  path: readonly PointKm[],
  share: number,
): { position: PointKm; alongKm: number } {
  const targetKm = pathLengthKm(path) * share;
  let alongKm = 0;
  for (let index = 1; index < path.length; index++) {
    const stepKm = distanceKm(path[index - 1] as PointKm, path[index] as PointKm);
    if (alongKm + stepKm >= targetKm)
      return { position: path[index] as PointKm, alongKm: alongKm + stepKm };
    alongKm += stepKm;
  }
  return { position: path[path.length - 1] as PointKm, alongKm };
}

/** Builds every point feature of the sample. */
export function pointDrafts(
  source: SampleCountySource,
  county: County,
  villageRoads: readonly SegmentDraft[],
  routes: readonly DrawnRoute[],
): PointDraft[] {
  const points: PointDraft[] = [];
  const add = (position: PointKm, properties: PointFeatureProperties): void => {
    points.push({ position, properties });
  };
  const { bridges, stations, bus_stations: busStations, mooring } = source.points;
  bridges.towns.forEach((town, index) => {
    const road = villageRoads.find(
      (draft) =>
        draft.properties.towns[0] === town &&
        draft.properties.status === 'existing' &&
        pathLengthKm(draft.path) > 1,
    );
    if (!road) throw new Error(`no village road for a bridge in ${town}`);
    const { position, alongKm } = pointAtShare(road.path, 0.45);
    add(position, {
      id: `bridge-${String(index + 1).padStart(2, '0')}`,
      kind: 'bridge',
      name: `${town}${bridges.names[index] ?? '桥'}`,
      status: 'completed',
      project: bridges.project,
      year: yearOf(source, bridges.project),
      route: road.properties.route,
      chainage: chainageText(alongKm),
    });
  });
  source.points.route_bridges.forEach((bridge, index) => {
    const route = routes.find((candidate) => candidate.id === bridge.route_id);
    if (!route) throw new Error(`unknown route for a bridge: ${bridge.route_id}`);
    const { position, alongKm } = pointAtShare(route.path, bridge.share);
    add(position, {
      id: `bridge-${String(bridges.towns.length + index + 1).padStart(2, '0')}`,
      kind: 'bridge',
      name: bridge.name,
      status: bridge.status,
      project: bridge.project,
      work: bridge.work,
      year: yearOf(source, bridge.project),
      route: route.route,
      chainage: chainageText(route.startChainageKm + alongKm),
    });
  });
  stations.towns.forEach((town, index) => {
    add(offset(resolveWaypoint(county, town), 0.3, 0.2), {
      id: `station-${String(index + 1).padStart(2, '0')}`,
      kind: 'station',
      name: `${town}运输综合服务站`,
      status: 'completed',
      project: stations.project,
      year: yearOf(source, stations.project),
    });
  });
  busStations.towns.forEach((town, index) => {
    add(offset(resolveWaypoint(county, town), -0.3, 0.25), {
      id: `bus-station-${String(index + 1).padStart(2, '0')}`,
      kind: 'other',
      name: `${town}客运站（${busStations.note}）`,
      status: 'existing',
    });
  });
  const river = county.rivers[0];
  if (!river) throw new Error('the sample needs a river for the mooring area');
  const townCentre = resolveWaypoint(county, mooring.town);
  add(river.path[nearestVertexIndex(river.path, townCentre)] as PointKm, {
    id: 'mooring-01',
    kind: 'mooring',
    name: mooring.name,
    status: 'completed',
    project: mooring.project,
    year: yearOf(source, mooring.project),
  });
  return points;
}
