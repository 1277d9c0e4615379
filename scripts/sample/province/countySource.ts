/**
 * One county of the synthetic sample province: the sample county's description with its own
 * seed, name, seat, towns and projects (each renamed, so that filters and search tell the counties
 * apart), placed elsewhere and grown `areaFactor` times larger with as many more village roads,
 * so that its road density stays the sample county's.
 */
import type { SampleCountySource } from '../source.ts';
import type { NameBook } from '../names.ts';

/** Where and how large one county of the province is. */
export interface ProvinceCountyPlan {
  /** 0-based serial of the county in the province. */
  index: number;
  /** The county's name, ending in 县, e.g. `合成01县`. */
  name: string;
  /** Longitude and latitude of the county seat. */
  seat: { longitude: number; latitude: number };
  /** Area of the county over the sample county's area (1 keeps the sample's size). */
  areaFactor: number;
}

const KM_POSITION_KEYS = new Set(['outline_km', 'points_km', 'from', 'to', 'via']);

/** Multiplies every km position of a description tree (pairs of numbers) by `factor`. */
function scalePositions(value: unknown, factor: number): unknown {
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((item) => typeof item === 'number'))
      return [(value[0] as number) * factor, (value[1] as number) * factor];
    return value.map((item) => scalePositions(item, factor));
  }
  return value;
}

function scaleTree(value: unknown, factor: number): unknown {
  if (Array.isArray(value)) return value.map((item) => scaleTree(item, factor));
  if (value === null || typeof value !== 'object') return value;
  const scaled: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (KM_POSITION_KEYS.has(key)) scaled[key] = scalePositions(item, factor);
    else if (key === 'east_km' || key === 'north_km') scaled[key] = (item as number) * factor;
    else scaled[key] = scaleTree(item, factor);
  }
  return scaled;
}

/** Replaces whole names in every string of a tree, longest name first, in one pass per string. */
function renameTree(value: unknown, names: ReadonlyMap<string, string>): unknown {
  const pattern = new RegExp(
    [...names.keys()]
      .sort((first, second) => second.length - first.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  const visit = (item: unknown): unknown => {
    if (typeof item === 'string') return item.replace(pattern, (name) => names.get(name) ?? name);
    if (Array.isArray(item)) return item.map(visit);
    if (item === null || typeof item !== 'object') return item;
    return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, visit(inner)]));
  };
  return visit(value);
}

/**
 * Midpoint levels of a province county's outline: 3 gives 360 vertices (the sample's 5 give
 * 1,440), enough at province scale, and every step of a growing road is tested against it.
 */
const BOUNDARY_LEVELS = 3;

/** The sample's stand-in for its county's name (`XX县`, `德遂高速XX段`). */
const PLACEHOLDER = 'XX';

/**
 * The description of one province county, derived from the sample county's. `townNames` is
 * shared by the whole province, so that no two towns of the province share a name.
 *
 * @example
 * const names = new NameBook(createRandom(7));
 * const source = provinceCountySource(readSampleSource(), plan, names);
 * source.boundary.name; // plan.name
 */
export function provinceCountySource(
  base: SampleCountySource,
  plan: ProvinceCountyPlan,
  townNames: NameBook,
): SampleCountySource {
  const linearFactor = Math.sqrt(plan.areaFactor);
  const names = new Map<string, string>();
  for (const town of base.towns) names.set(town.name, townNames.next(town.name.slice(-1)));
  for (const project of base.projects) {
    const own = project.name.replaceAll(PLACEHOLDER, plan.name.slice(0, -1));
    names.set(project.name, own === project.name ? `${plan.name}${project.name}` : own);
  }
  names.set(base.boundary.name, plan.name);
  names.set(base.seat.name, `${plan.name}城`);
  names.set(PLACEHOLDER, plan.name.slice(0, -1));
  const renamed = renameTree(base, names) as SampleCountySource;
  const scaled = scaleTree(renamed, linearFactor) as SampleCountySource;
  return {
    ...scaled,
    name: `${plan.name}（合成示例省）`,
    seed: base.seed + 7919 * (plan.index + 1),
    seat: {
      ...scaled.seat,
      longitude: plan.seat.longitude,
      latitude: plan.seat.latitude,
      urban_radius_km: base.seat.urban_radius_km,
    },
    boundary: {
      ...scaled.boundary,
      name: plan.name,
      area_km2: base.boundary.area_km2 * plan.areaFactor,
      levels: Math.min(base.boundary.levels, BOUNDARY_LEVELS),
    },
    towns: scaled.towns.map((town) => ({
      ...town,
      village_roads: Math.round(town.village_roads * plan.areaFactor),
    })),
  };
}
