/**
 * The synthetic sample province: counties like the sample county (each with its own seed, names,
 * boundary and progress of its village road programmes) laid out on a grid, generated one at a
 * time so that a million segments never sit in memory together. Segment and point ids start with the county's code (`P07-C0012`).
 */
import { buildSampleCounty, type SampleCounty } from '../sampleCounty.ts';
import { roundTo2 } from '../allocate.ts';
import { NameBook } from '../names.ts';
import { pathLengthKm } from '../plane.ts';
import { createRandom, type Random } from '../random.ts';
import type { SampleCountySource } from '../source.ts';
import { provinceCountySource, type ProvinceCountyPlan } from './countySource.ts';

/** What to generate. */
export interface ProvinceOptions {
  /** At least this many road segments in all. */
  segmentCount: number;
  /** At least this many counties; more are added while the segments fall short. */
  countyCount: number;
  /** Centre of the province. Default 104°E 30.5°N. */
  centre?: { longitude: number; latitude: number };
}

/** One generated county with its place in the province. */
export interface ProvinceCounty {
  plan: ProvinceCountyPlan;
  /** The code its ids start with, e.g. `P07`. */
  code: string;
  county: SampleCounty;
}

/** Segments of the sample county (`npm run sample`), for sizing the province's counties. */
const SAMPLE_SEGMENTS = 2318;
/** County sizes grow a little less than their area: the routes grow with its square root. */
const SIZE_MARGIN = 1.06;
const GRID_GAP = 1.12;
const KM_PER_DEGREE_LATITUDE = 110.57;
const KM_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111.32;

function countyCode(index: number): string {
  return `P${String(index + 1).padStart(2, '0')}`;
}

/** Width and height of a county's boundary, in km. */
function extentKm(county: SampleCounty): number {
  const eastKm = county.county.boundary.map((point) => point[0]);
  const northKm = county.county.boundary.map((point) => point[1]);
  return Math.max(
    Math.max(...eastKm) - Math.min(...eastKm),
    Math.max(...northKm) - Math.min(...northKm),
  );
}

/** The share of a county's village programme roads built, drawn for each county. */
const BUILT_SHARE_RANGE: [number, number] = [0.3, 1];

/**
 * Gives each county its own progress, so that counties differ on the overview: of its village
 * road work in projects (built in the sample county), a drawn share stays built and the rest is
 * under construction, each road with a part of it built.
 */
function varyProgress(county: SampleCounty, random: Random): void {
  const builtShare = random.between(...BUILT_SHARE_RANGE);
  for (const { properties, path } of county.segments) {
    if (properties.class !== 'village' || properties.work !== 'road') continue;
    if (properties.status !== 'completed' || random.next() < builtShare) continue;
    const lengthKm = properties.length_km ?? roundTo2(pathLengthKm(path));
    properties.status = 'construction';
    properties.completed_km = roundTo2(lengthKm * random.between(0, 0.9));
  }
}

/** Gives every feature of a county an id that starts with the county's code. */
function prefixIds(county: SampleCounty, code: string): void {
  for (const draft of county.segments) draft.properties.id = `${code}-${draft.properties.id}`;
  for (const draft of county.points) draft.properties.id = `${code}-${draft.properties.id}`;
}

/**
 * Generates the province county by county, in rows from the north-west. The first county sets
 * the grid's spacing; every county's seat sits at the centre of its cell.
 */
export function* provinceCounties(
  base: SampleCountySource,
  options: ProvinceOptions,
): Generator<ProvinceCounty> {
  const centre = options.centre ?? { longitude: 104, latitude: 30.5 };
  const areaFactor = Math.max(
    1,
    (options.segmentCount / options.countyCount / SAMPLE_SEGMENTS) * SIZE_MARGIN,
  );
  const columns = Math.ceil(Math.sqrt(options.countyCount));
  const rows = Math.ceil(options.countyCount / columns);
  const townNames = new NameBook(createRandom(base.seed).fork('province towns'));
  let spacingKm = 0;
  let segments = 0;
  for (let index = 0; index < options.countyCount || segments < options.segmentCount; index++) {
    const plan: ProvinceCountyPlan = {
      index,
      name: `合成${String(index + 1).padStart(2, '0')}县`,
      seat: centre,
      areaFactor,
    };
    const county = buildSampleCounty(provinceCountySource(base, plan, townNames));
    varyProgress(county, createRandom(base.seed).fork(`progress:${index}`));
    if (spacingKm === 0) spacingKm = extentKm(county) * GRID_GAP;
    const eastKm = ((index % columns) - (columns - 1) / 2) * spacingKm;
    const northKm = ((rows - 1) / 2 - Math.floor(index / columns)) * spacingKm;
    const latitude = centre.latitude + northKm / KM_PER_DEGREE_LATITUDE;
    const longitude =
      centre.longitude +
      eastKm / (KM_PER_DEGREE_LONGITUDE_AT_EQUATOR * Math.cos((latitude * Math.PI) / 180));
    plan.seat = { longitude, latitude };
    county.county.origin = plan.seat;
    const code = countyCode(index);
    prefixIds(county, code);
    segments += county.segments.length;
    yield { plan, code, county };
  }
}
