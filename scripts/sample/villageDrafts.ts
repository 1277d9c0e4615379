/**
 * Properties of the village roads: route codes (C + 4 digits), names from invented villages
 * (the seed's 友爱村, 隆垭村, 回龙村 kept), programme figures, and for the plain roads a survey of
 * hazards — some partly guarded, some not at all, some not needing guard, many not assessed —
 * so that the guard map shows the gap the 2023 programme left.
 */
import type { RoadSegmentProperties } from '../../src/contract/roadNetwork.ts';
import { roundTo2 } from './allocate.ts';
import type { Town } from './county.ts';
import { projectNote, type SegmentDraft } from './drafts.ts';
import { groupName, NameBook } from './names.ts';
import { pathLengthKm } from './plane.ts';
import type { Random } from './random.ts';
import type { SampleCountySource } from './source.ts';
import type { GrownVillageRoad } from './villageGrowth.ts';

const EXTRA_VILLAGES_PER_TOWN = 2;

/** Each town's villages: the seed's, then invented ones, one per merged-village road and more. */
function townVillages(grown: readonly GrownVillageRoad[], names: NameBook): Map<Town, string[]> {
  const villages = new Map<Town, string[]>();
  for (const road of grown) {
    if (!villages.has(road.town)) villages.set(road.town, [...road.town.seedVillages]);
  }
  for (const [town, list] of villages) {
    const merged = grown.filter(
      (road) => road.town === town && road.request.kind === 'merged',
    ).length;
    while (list.length < merged + EXTRA_VILLAGES_PER_TOWN) list.push(names.next('村'));
  }
  return villages;
}

function hazardSurvey(
  lengthKm: number,
  hazards: SampleCountySource['village_roads']['hazards'],
  random: Random,
): Pick<RoadSegmentProperties, 'guard_required_km' | 'guard_km' | 'note'> {
  const draw = random.next();
  const requiredKm = Math.max(0.05, roundTo2(lengthKm * random.between(0.15, 0.5)));
  if (draw < hazards.partial) {
    const guardKm = roundTo2(requiredKm * random.between(0.2, 0.8));
    return {
      guard_required_km: requiredKm,
      guard_km: guardKm,
      note: '临水临崖路段，防护未完全覆盖',
    };
  }
  if (draw < hazards.partial + hazards.unguarded) {
    return { guard_required_km: requiredKm, guard_km: 0, note: '临水临崖路段，尚未设置防护' };
  }
  if (draw < hazards.partial + hazards.unguarded + hazards.not_required)
    return { guard_required_km: 0 };
  return {};
}

/**
 * Turns grown village roads into segment drafts, numbering route codes in growth order from
 * `firstCode`. The first village of a road's town is the one its name starts from.
 */
export function villageDrafts(
  source: SampleCountySource,
  grown: readonly GrownVillageRoad[],
  random: Random,
  firstCode: number,
): SegmentDraft[] {
  const settings = source.village_roads;
  const names = new NameBook(random.fork('village names'));
  for (const town of source.towns)
    for (const village of town.villages ?? []) names.reserve(village);
  const villages = townVillages(grown, names);
  const projects = new Map(source.projects.map((project) => [project.name, project]));
  const mergedSeen = new Map<Town, number>();
  return grown.map((road, index) => {
    const code = `C${String(firstCode + index).padStart(4, '0')}`;
    const list = villages.get(road.town) as string[];
    const { kind } = road.request;
    const seen = mergedSeen.get(road.town) ?? 0;
    if (kind === 'merged') mergedSeen.set(road.town, seen + 1);
    const village = kind === 'merged' ? (list[seen] as string) : random.pick(list);
    const other = random.pick(list.filter((name) => name !== village));
    const group = random.integer(1, 9);
    const base: RoadSegmentProperties = {
      id: code,
      route: code,
      name: '',
      class: 'village',
      status: 'completed',
      towns: [road.town.name],
      updated: source.survey_date,
    };
    const programme = {
      merged: settings.merged_villages.project,
      natural: settings.natural_villages.project,
      guard: settings.safety_guard.project,
      plain: undefined,
    }[kind];
    const project = programme === undefined ? undefined : projects.get(programme);
    const properties: RoadSegmentProperties = {
      ...base,
      project: project?.name,
      year: project?.year,
      updated: project?.updated ?? base.updated,
    };
    if (kind === 'merged') {
      properties.name = `${village}通村路`;
      properties.note = projectNote(project, `${road.town.name}${village}（建制村）`);
    } else if (kind === 'natural') {
      properties.name = `${groupName(village, group)}通组路`;
      properties.note = projectNote(project);
    } else if (kind === 'guard') {
      properties.name = `${village}至${other}村道`;
      properties.guard_required_km = road.request.guardKm;
      properties.guard_km = road.request.guardKm;
      properties.note = projectNote(project, '临水临崖路段安装波形护栏、警示标志');
    } else {
      properties.name = random.chance(0.5)
        ? `${village}至${other}村道`
        : `${groupName(village, group)}道路`;
      properties.status = 'existing';
      Object.assign(properties, hazardSurvey(pathLengthKm(road.path), settings.hazards, random));
    }
    properties.length_km = road.request.declaredKm;
    return { path: road.path, properties };
  });
}
