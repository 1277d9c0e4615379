/**
 * `npm run sample:province` on a small province: at least the counties and segments asked for,
 * a boundary for each county, every feature valid for the real validator, ids and town names
 * unique across counties, projects named by county, progress of its own in each county, and the
 * roads labelled synthetic.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { readSampleSource } from '../../scripts/sample/source.ts';
import {
  writeProvince,
  type ProvinceSummary,
} from '../../scripts/sample/province/writeProvince.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';

let folder = '';
let summary: ProvinceSummary;
let roads: FeatureCollection & { roadboard?: { synthetic?: boolean; note?: string } };
let counties: FeatureCollection<Polygon, { name: string; code: string }>;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'roadboard-province-'));
  summary = writeProvince(readSampleSource(), folder, { segmentCount: 6000, countyCount: 2 });
  roads = JSON.parse(readFileSync(summary.roadsPath, 'utf8')) as typeof roads;
  counties = JSON.parse(readFileSync(summary.countiesPath, 'utf8')) as typeof counties;
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the sample province', () => {
  test('has at least the counties and segments asked for, each county a boundary', () => {
    expect(summary.counties).toBeGreaterThanOrEqual(2);
    expect(summary.segments).toBeGreaterThanOrEqual(6000);
    expect(counties.features).toHaveLength(summary.counties);
    expect(counties.features.map((county) => county.properties.code)).toEqual(
      Array.from({ length: summary.counties }, (_, index) => `P0${index + 1}`),
    );
  });

  test('validates without a problem, and says it is synthetic', () => {
    const validation = validateDataset(roads);
    expect(validation.ok).toBe(true);
    expect(validation.errors).toEqual([]);
    expect(validation.segments).toHaveLength(summary.segments);
    expect(validation.points).toHaveLength(summary.points);
    expect(roads.roadboard?.synthetic).toBe(true);
    expect(roads.roadboard?.note).toContain('synthetic');
  });

  test('gives every feature a unique id that starts with its county’s code', () => {
    const ids = roads.features.map((feature) => String(feature.properties?.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^P\d{2}-/.test(id))).toBe(true);
  });

  test('gives no two counties the same town, and names projects by county', () => {
    const townsByCounty = new Map<string, Set<string>>();
    for (const feature of roads.features) {
      const county = String(feature.properties?.id).slice(0, 3);
      const towns = (feature.properties?.towns as string[] | undefined) ?? [];
      const set = townsByCounty.get(county) ?? new Set<string>();
      towns.forEach((town) => set.add(town));
      townsByCounty.set(county, set);
    }
    const [first, second] = [...townsByCounty.values()];
    expect(first!.size).toBeGreaterThan(10);
    expect([...first!].filter((town) => second!.has(town))).toEqual([]);
    const projects = new Set(
      roads.features.map((feature) => feature.properties?.project).filter(Boolean),
    );
    for (const project of projects) expect(String(project)).toMatch(/合成0[12]/);
  });

  test('gives each county its own progress on its village road programmes', () => {
    const builtShare = (code: string) => {
      const programme = roads.features.filter(
        (feature) =>
          String(feature.properties?.id).startsWith(code) &&
          feature.properties?.class === 'village' &&
          feature.properties?.work === 'road',
      );
      const built = programme.filter((feature) => feature.properties?.status === 'completed');
      return built.length / programme.length;
    };
    const [first, second] = [builtShare('P01'), builtShare('P02')];
    expect(Math.min(first, second)).toBeLessThan(1);
    expect(first).not.toBe(second);
    const started = roads.features.filter(
      (feature) =>
        feature.properties?.class === 'village' && feature.properties?.status === 'construction',
    );
    for (const feature of started)
      expect(Number(feature.properties?.completed_km)).toBeLessThanOrEqual(
        Number(feature.properties?.length_km),
      );
  });
});
