/**
 * The built-in sample county, from its source description to the two files the app opens:
 * `public/sample/roads.geojson` (road segments, then point features) and
 * `public/sample/context.geojson` (boundary, rivers, towns, seat).
 */
import { contextFeatures } from './context.ts';
import { buildCounty, type County } from './county.ts';
import type { PointDraft, SegmentDraft } from './drafts.ts';
import { pointFeature, segmentFeature, serializeCollection } from './geojson.ts';
import { happyRoadDraft } from './happyRoad.ts';
import { shareInvestment } from './investment.ts';
import { pointDrafts } from './points.ts';
import { createRandom } from './random.ts';
import { buildRoutes } from './routes.ts';
import type { SampleCountySource } from './source.ts';
import { villageDrafts } from './villageDrafts.ts';
import { declareWork } from './work.ts';
import { growVillageRoads } from './villageGrowth.ts';
import { planVillageRoads } from './villagePlan.ts';

/** The sample county before it is written out. */
export interface SampleCounty {
  county: County;
  segments: SegmentDraft[];
  points: PointDraft[];
}

/** The two sample files as text. */
export interface SampleCountyFiles {
  roads: string;
  context: string;
}

/** Where the sample files go, relative to the repository root. */
export const SAMPLE_ROADS_PATH = 'public/sample/roads.geojson';
export const SAMPLE_CONTEXT_PATH = 'public/sample/context.geojson';

/** Generates the sample county: same source, same county, on every run. */
export function buildSampleCounty(source: SampleCountySource): SampleCounty {
  const random = createRandom(source.seed);
  const county = buildCounty(source, random.fork('county'));
  const { drafts: routeSegments, routes } = buildRoutes(source, county, random.fork('routes'));
  const happyRoad = happyRoadDraft(source, county, random.fork('happy road'), 'C0001');
  const fixedRoads = [
    ...routeSegments.map((draft) => ({
      path: draft.path,
      allowsJunctions: draft.properties.class !== 'expressway',
    })),
    { path: happyRoad.path, allowsJunctions: true },
  ];
  const plan = planVillageRoads(source.village_roads, county, random.fork('village plan'));
  const grown = growVillageRoads(
    county,
    plan,
    fixedRoads,
    source.village_roads.step_km,
    random.fork('village growth'),
  );
  const villageSegments = villageDrafts(source, grown, random.fork('village drafts'), 2);
  const segments = [...routeSegments, happyRoad, ...villageSegments];
  shareInvestment(segments, source.projects);
  const points = pointDrafts(source, county, villageSegments, routes);
  declareWork([...segments, ...points], source.projects);
  return { county, segments, points };
}

/** The sample county's two files as text, byte-identical from run to run. */
export function sampleCountyFiles(source: SampleCountySource): SampleCountyFiles {
  const { county, segments, points } = buildSampleCounty(source);
  const roadboard = { name: source.name, synthetic: true, note: source.note };
  const roads = serializeCollection(
    [
      ...segments.map((draft) => segmentFeature(draft, county.origin)),
      ...points.map((draft) => pointFeature(draft, county.origin)),
    ],
    { roadboard },
  );
  const context = serializeCollection(contextFeatures(county), { roadboard });
  return { roads, context };
}
