/**
 * Contract properties for the segments and points of a synthetic network: route codes that
 * match each class, projects for every status but `existing`, completion, guard coverage of all
 * four kinds (not assessed, not required, partial, full), investment, chainage, dates and notes.
 */
import type {
  BuildStatus,
  PointKind,
  RoadClass,
  RoadSegmentProperties,
} from '../../src/contract/roadNetwork.ts';
import { roundTo2 } from './allocate.ts';
import { chainageText, type PointDraft } from './drafts.ts';
import type { PointKm } from './plane.ts';
import type { Random } from './random.ts';

/** Vertex spacing by class, in km: highways bend gently, village roads wind. */
export const STEP_KM_BY_CLASS: Record<RoadClass, number> = {
  expressway: 0.45,
  national: 0.35,
  provincial: 0.3,
  county: 0.25,
  township: 0.18,
  village: 0.1,
  other: 0.12,
};

const PROJECT_LABEL: Record<BuildStatus, string> = {
  existing: '',
  planned: '道路改建工程（储备）',
  preliminary: '道路改建工程（前期）',
  construction: '道路改建工程',
  completed: '农村公路建设工程',
  open: '干线公路建设工程',
};

const YEAR_BY_STATUS: Record<BuildStatus, number> = {
  existing: 2020,
  planned: 2025,
  preliminary: 2024,
  construction: 2023,
  completed: 2023,
  open: 2022,
};

/** Investment rate by class, in 万元 per km. */
const INVESTMENT_WAN_PER_KM: Record<RoadClass, number> = {
  expressway: 9000,
  national: 2500,
  provincial: 1800,
  county: 600,
  township: 200,
  village: 60,
  other: 800,
};

function routeCode(roadClass: RoadClass, townIndex: number, index: number): string {
  const three = String(townIndex % 1000).padStart(3, '0');
  switch (roadClass) {
    case 'expressway':
      return `G${10 + (townIndex % 90)}`;
    case 'national':
      return `G${200 + (townIndex % 100)}`;
    case 'provincial':
      return `S${200 + (townIndex % 100)}`;
    case 'county':
      return `X${three}`;
    case 'township':
      return `Y${three}`;
    case 'village':
      return `C${String(index).padStart(5, '0')}`;
    default:
      return `Z${three}`;
  }
}

/** What a synthetic segment's properties depend on. */
export interface SyntheticSegmentFacts {
  index: number;
  roadClass: RoadClass;
  status: BuildStatus;
  townName: string;
  neighbourName: string;
  townIndex: number;
  /** Length of the drawn line, 2 decimals. */
  lengthKm: number;
  random: Random;
}

/** The contract properties of one synthetic segment. */
export function syntheticProperties(facts: SyntheticSegmentFacts): RoadSegmentProperties {
  const { index, roadClass, status, random, lengthKm } = facts;
  const route = routeCode(roadClass, facts.townIndex, index);
  const project = status === 'existing' ? undefined : `${facts.townName}${PROJECT_LABEL[status]}`;
  const properties: RoadSegmentProperties = {
    id: `seg-${String(index + 1).padStart(6, '0')}`,
    route,
    name: `${route} ${facts.townName}段`,
    class: roadClass,
    status,
    project,
    work: project ? 'road' : undefined,
    towns: index % 9 === 0 ? [facts.townName, facts.neighbourName] : [facts.townName],
    year: project ? YEAR_BY_STATUS[status] : undefined,
    length_km: index % 5 === 4 ? undefined : lengthKm,
    updated: `2023-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
  };
  if (status === 'construction')
    properties.completed_km = roundTo2(lengthKm * random.between(0.05, 0.9));
  if (project) properties.investment_wan = Math.round(lengthKm * INVESTMENT_WAN_PER_KM[roadClass]);
  if (roadClass !== 'village' && roadClass !== 'township' && roadClass !== 'other') {
    properties.start_chainage = chainageText(random.between(0, 150));
  }
  const guardDraw = random.next();
  if (guardDraw >= 0.25) {
    const requiredKm = guardDraw < 0.6 ? 0 : roundTo2(lengthKm * random.between(0.1, 0.5));
    properties.guard_required_km = requiredKm;
    if (requiredKm > 0)
      properties.guard_km = guardDraw < 0.85 ? roundTo2(requiredKm * random.next()) : requiredKm;
  }
  if (status === 'construction' && index % 3 === 0) properties.note = '路基施工';
  return properties;
}

const POINT_KINDS_CYCLE: readonly PointKind[] = ['bridge', 'bridge', 'station', 'mooring', 'other'];
const POINT_STATUS_CYCLE: readonly BuildStatus[] = [
  'completed',
  'construction',
  'existing',
  'planned',
];

/** A synthetic point feature at a position. */
export function syntheticPoint(index: number, position: PointKm, random: Random): PointDraft {
  const kind = POINT_KINDS_CYCLE[index % POINT_KINDS_CYCLE.length] as PointKind;
  const status = POINT_STATUS_CYCLE[index % POINT_STATUS_CYCLE.length] as BuildStatus;
  return {
    position,
    properties: {
      id: `point-${String(index + 1).padStart(5, '0')}`,
      kind,
      name: `${kind}-${index + 1}`,
      status,
      project: status === 'existing' ? undefined : '农村公路危桥整治',
      work: status === 'existing' ? undefined : kind === 'bridge' ? 'bridge' : 'facility',
      year: status === 'existing' ? undefined : 2023,
      chainage: kind === 'bridge' ? chainageText(random.between(0, 20)) : undefined,
    },
  };
}
