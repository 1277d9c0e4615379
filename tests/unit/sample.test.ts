/**
 * The built-in sample county as generated: the committed files are exactly what the generator
 * makes, and they reproduce the seed's figures (../shared/DOMAIN.md) in the raw GeoJSON. Also the
 * synthetic networks the benchmark generates with the same code.
 */
import { readFileSync } from 'node:fs';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BUILD_STATUSES,
  ROAD_CLASSES,
  type PointFeatureProperties,
  type RoadSegmentProperties,
} from '../../src/contract/roadNetwork.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import { lineLengthKm } from '../../src/domain/geodesicLength.ts';
import { isInsideRing, ringAreaKm2, type PointKm } from '../../scripts/sample/plane.ts';
import {
  SAMPLE_CONTEXT_PATH,
  SAMPLE_ROADS_PATH,
  sampleCountyFiles,
} from '../../scripts/sample/sampleCounty.ts';
import { readSampleSource } from '../../scripts/sample/source.ts';
import { generateNetwork } from '../../scripts/sample/syntheticNetwork.ts';

type Segment = Feature<LineString, RoadSegmentProperties>;
type PointFeature = Feature<Point, PointFeatureProperties>;
type ContextFeature = Feature<Polygon | LineString | Point, { layer: string; name: string }>;

function readText(relativePath: string): string {
  return readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8');
}

const roadsText = readText(SAMPLE_ROADS_PATH);
const contextText = readText(SAMPLE_CONTEXT_PATH);
const roads = JSON.parse(roadsText) as { roadboard: Record<string, unknown>; features: Feature[] };
const context = JSON.parse(contextText) as { features: ContextFeature[] };
const segments = roads.features.filter((f) => f.geometry.type !== 'Point') as Segment[];
const points = roads.features.filter((f) => f.geometry.type === 'Point') as PointFeature[];
const boundary = context.features.find((f) => f.properties.layer === 'boundary')!;
const boundaryRing = (boundary.geometry as Polygon).coordinates[0] as unknown as PointKm[];

function ofProject(name: string): Segment[] {
  return segments.filter((segment) => segment.properties.project === name);
}

/** A sum of 2-decimal figures, in whole hundredths (so 314.00 is exactly 31400). */
function hundredths(values: readonly (number | undefined)[]): number {
  return values.reduce<number>((sum, value) => sum + Math.round((value ?? 0) * 100), 0);
}

function townsOf(list: readonly Segment[]): Set<string> {
  return new Set(list.flatMap((segment) => segment.properties.towns));
}

describe('sample county files', () => {
  it('are exactly what the generator makes from data/sample-county.source.json', () => {
    const files = sampleCountyFiles(readSampleSource());
    expect(files.roads === roadsText, 'roads.geojson is stale: run npm run sample').toBe(true);
    expect(files.context === contextText, 'context.geojson is stale: run npm run sample').toBe(
      true,
    );
  });

  it('say they are synthetic sample data', () => {
    expect(roads.roadboard).toMatchObject({ synthetic: true });
    expect(String(roads.roadboard.note)).toContain('synthetic geometry');
  });

  it('validate with no error and no warning', () => {
    const result = validateDataset(JSON.parse(roadsText));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('hold at least 1,500 segments with unique ids, every class and status', () => {
    expect(segments.length).toBeGreaterThanOrEqual(1500);
    const ids = roads.features.map((feature) => (feature.properties as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(segments.map((s) => s.properties.class))).toEqual(new Set(ROAD_CLASSES));
    expect(new Set(segments.map((s) => s.properties.status))).toEqual(new Set(BUILD_STATUSES));
  });

  it('keep every measured length within 5 % of the declared one (programme roads 0.1 %)', () => {
    for (const segment of segments) {
      const declaredKm = segment.properties.length_km;
      if (declaredKm === undefined) continue;
      const ratio = lineLengthKm(segment.geometry) / declaredKm;
      const tolerance = segment.properties.class === 'village' ? 0.001 : 0.05;
      expect(Math.abs(ratio - 1), segment.properties.id).toBeLessThan(tolerance);
    }
  });

  it('lie inside the county boundary, a county of about 2,600 km²', () => {
    const longitudes = boundaryRing.map((position) => position[0]);
    const latitudes = boundaryRing.map((position) => position[1]);
    const [west, east] = [Math.min(...longitudes), Math.max(...longitudes)];
    const [south, north] = [Math.min(...latitudes), Math.max(...latitudes)];
    const outside: string[] = [];
    for (const feature of roads.features) {
      const geometry = feature.geometry as LineString | Point;
      const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
      for (const [longitude, latitude] of positions as [number, number][]) {
        const inBox =
          longitude >= west && longitude <= east && latitude >= south && latitude <= north;
        if (!inBox || !isInsideRing([longitude, latitude], boundaryRing)) {
          outside.push((feature.properties as { id: string }).id);
        }
      }
    }
    expect(outside).toEqual([]);
    const kmPerDegreeNorth = 110.86;
    const kmPerDegreeEast = 111.32 * Math.cos((((south + north) / 2) * Math.PI) / 180);
    const ringKm = boundaryRing.map(
      ([lon, lat]) => [lon * kmPerDegreeEast, lat * kmPerDegreeNorth] as PointKm,
    );
    expect(ringAreaKm2(ringKm)).toBeGreaterThan(2550);
    expect(ringAreaKm2(ringKm)).toBeLessThan(2650);
  });

  it('give the context layers: boundary, rivers, 24 named towns and the seat', () => {
    const count = (layer: string) => context.features.filter((f) => f.properties.layer === layer);
    expect(count('boundary')).toHaveLength(1);
    expect(count('river').length).toBeGreaterThanOrEqual(1);
    expect(count('town')).toHaveLength(24);
    expect(count('seat')).toHaveLength(1);
    expect(context.features.every((feature) => feature.properties.name.length > 0)).toBe(true);
  });
});

describe('sample county figures (2023, from the seed)', () => {
  it('撤并建制村畅通工程: 314.00 km, 24 towns, 130 villages, completed', () => {
    const list = ofProject('撤并建制村畅通工程');
    expect(hundredths(list.map((s) => s.properties.length_km))).toBe(31400);
    expect(townsOf(list).size).toBe(24);
    expect(list).toHaveLength(130);
    expect(list.every((s) => s.properties.status === 'completed')).toBe(true);
  });

  it('自然村通硬化路: 157.00 km, 17 towns, 131 village groups, completed', () => {
    const list = ofProject('自然村通硬化路');
    expect(hundredths(list.map((s) => s.properties.length_km))).toBe(15700);
    expect(townsOf(list).size).toBe(17);
    expect(list).toHaveLength(131);
    expect(list.every((s) => s.properties.status === 'completed')).toBe(true);
  });

  it('村道生命安全防护工程: 62.92 km of guard, equal to what is required', () => {
    const list = ofProject('村道生命安全防护工程');
    expect(hundredths(list.map((s) => s.properties.guard_km))).toBe(6292);
    expect(hundredths(list.map((s) => s.properties.guard_required_km))).toBe(6292);
    expect(list.every((s) => s.properties.guard_km === s.properties.guard_required_km)).toBe(true);
  });

  it('other village roads leave a guard gap: partial, none, not required, not assessed', () => {
    const rest = segments.filter((s) => s.properties.class === 'village' && !s.properties.project);
    const required = (s: Segment) => s.properties.guard_required_km;
    expect(
      rest.some((s) => required(s)! > (s.properties.guard_km ?? 0) && s.properties.guard_km! > 0),
    ).toBe(true);
    expect(rest.some((s) => required(s)! > 0 && s.properties.guard_km === 0)).toBe(true);
    expect(rest.some((s) => required(s) === 0)).toBe(true);
    expect(rest.some((s) => required(s) === undefined && s.properties.guard_km === undefined)).toBe(
      true,
    );
  });

  it('幸福美丽乡村路 三元镇友爱村 → 忠孝乡隆垭村: 3.80 km, completed', () => {
    const list = segments.filter((s) => s.properties.project?.startsWith('幸福美丽乡村路'));
    expect(hundredths(list.map((s) => s.properties.length_km))).toBe(380);
    expect(list[0]?.properties.towns).toEqual(['三元镇', '忠孝乡']);
    expect(list.every((s) => s.properties.status === 'completed')).toBe(true);
  });

  it('points: 7 rebuilt bridges, 3 stations, 1 mooring area at 刘营镇回龙村', () => {
    const of = (kind: string) => points.filter((p) => p.properties.kind === kind);
    const rebuilt = of('bridge').filter((p) => p.properties.project === '农村公路危桥整治');
    expect(rebuilt).toHaveLength(7);
    expect(of('station').map((p) => p.properties.name?.slice(0, 2))).toEqual([
      '黎曙',
      '金石',
      '西平',
    ]);
    expect(of('mooring')).toHaveLength(1);
    expect(of('mooring')[0]?.properties.name).toContain('刘营镇回龙村');
    const built = [...rebuilt, ...of('station'), ...of('mooring')];
    expect(
      built.every((p) => p.properties.status === 'completed' && p.properties.year === 2023),
    ).toBe(true);
  });

  it('14 projects in 2023, 3 continuing (note starts with 续建), about 25 亿元', () => {
    const features = [...segments, ...points] as Feature<
      LineString | Point,
      { project?: string; year?: number; note?: string }
    >[];
    const of2023 = features.filter((f) => f.properties.year === 2023 && f.properties.project);
    const projects = new Set(of2023.map((f) => f.properties.project));
    expect(projects.size).toBe(14);
    const continuing = new Set(
      of2023.filter((f) => f.properties.note?.startsWith('续建')).map((f) => f.properties.project),
    );
    expect([...continuing].sort()).toEqual(
      [
        'G5京昆高速扩容工程',
        'S209塔山至永新段改建工程（一期 石安至永新段）',
        '德遂高速公路XX段',
      ].sort(),
    );
    const investmentWan = segments.reduce((sum, s) => sum + (s.properties.investment_wan ?? 0), 0);
    expect(Math.abs(investmentWan - 250_000) / 250_000).toBeLessThan(0.02);
  });

  it('statuses and progress of the named projects', () => {
    const statuses = (prefix: string) =>
      new Set(
        segments
          .filter((s) => s.properties.project?.startsWith(prefix))
          .map((s) => s.properties.status),
      );
    expect(statuses('德遂高速')).toEqual(new Set(['open']));
    expect(statuses('G5京昆高速扩容')).toEqual(new Set(['construction']));
    expect(statuses('G247永明至花园')).toEqual(new Set(['construction']));
    expect(statuses('S209塔山至永新段改建工程（一期')).toEqual(new Set(['open']));
    expect(statuses('S209塔山至永新段改建工程（二期')).toEqual(new Set(['construction']));
    expect(statuses('S209龙树至塔山')).toEqual(new Set(['preliminary']));
    expect(statuses('S401')).toEqual(new Set(['preliminary']));
    expect(statuses('X085')).toEqual(new Set(['construction', 'planned']));
    for (const prefix of ['G5京昆', 'G247永明', 'S209塔山至永新段改建工程（二期']) {
      for (const s of segments.filter((segment) =>
        segment.properties.project?.startsWith(prefix),
      )) {
        expect(s.properties.completed_km).toBeGreaterThan(0);
        expect(s.properties.completed_km).toBeLessThan(s.properties.length_km!);
      }
    }
    const ring = segments.filter((s) => s.properties.project?.startsWith('一环路南段'));
    const ringLength = hundredths(ring.map((s) => s.properties.length_km));
    expect(
      Math.abs(hundredths(ring.map((s) => s.properties.completed_km)) / ringLength - 0.1),
    ).toBeLessThan(0.005);
  });
});

describe('generateNetwork (benchmark networks)', () => {
  const network = generateNetwork({ segmentCount: 600, seed: 11 });
  const lines = network.features.filter((f) => f.geometry.type === 'LineString') as Segment[];

  it('makes the asked number of segments of 20 vertices, every class and status', () => {
    expect(lines).toHaveLength(600);
    expect(lines.every((line) => line.geometry.coordinates.length === 20)).toBe(true);
    expect(new Set(lines.map((s) => s.properties.class))).toEqual(new Set(ROAD_CLASSES));
    expect(new Set(lines.map((s) => s.properties.status))).toEqual(new Set(BUILD_STATUSES));
  });

  it('is deterministic for a seed and validates cleanly', () => {
    expect(JSON.stringify(generateNetwork({ segmentCount: 600, seed: 11 }))).toBe(
      JSON.stringify(network),
    );
    expect(JSON.stringify(generateNetwork({ segmentCount: 600, seed: 12 }))).not.toBe(
      JSON.stringify(network),
    );
    const result = validateDataset(JSON.parse(JSON.stringify(network)));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});
