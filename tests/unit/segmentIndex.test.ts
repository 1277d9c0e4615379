/**
 * The counting layout against the plain rules it replaces on the page: `segmentMatchesFilter`
 * for what a filter keeps, a sum over the kept segment objects for the figures. On the real
 * sample county, and on a small network with the odd cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { bucketOf } from '../../src/domain/bucketOf.ts';
import { filterOptions } from '../../src/domain/filterOptions.ts';
import { segmentMatchesFilter } from './segmentFigures.ts';
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import { COLOR_MODES, type FilterState, type MeasuredSegment } from '../../src/domain/types.ts';
import { smallNetwork } from '../fixtures/domain/segments.ts';
import { seededRandom } from './coordinatesHelpers.ts';

function sampleSegments(): MeasuredSegment[] {
  const text = readFileSync(new URL('../../public/sample/roads.geojson', import.meta.url), 'utf8');
  const outcome = prepareDataset(JSON.parse(text));
  if (!outcome.ok) throw new Error('sample does not validate');
  return outcome.dataset.segments;
}

const segments = sampleSegments();
const index = new SegmentIndex(segmentColumns(segments));
const options = filterOptions(segments);

/** Some of `values`, none of them or all, drawn with `random`. */
function someOf<Value>(values: readonly Value[], random: () => number): Value[] | undefined {
  const draw = random();
  if (draw < 0.4) return undefined;
  if (draw < 0.5) return [];
  return values.filter(() => random() < 0.3);
}

function randomFilter(random: () => number): FilterState {
  return {
    classes: someOf(options.classes, random),
    statuses: someOf(options.statuses, random),
    towns: someOf(options.towns, random),
    projects: someOf(options.projects, random),
    years: someOf(options.years, random),
  };
}

describe('SegmentIndex on the sample county', () => {
  it('keeps what segmentMatchesFilter keeps, for 200 random filters', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const filter = randomFilter(random);
      const kept = index.kept(filter);
      const expected = segments.map((segment) => (segmentMatchesFilter(segment, filter) ? 1 : 0));
      expect(kept ? [...kept] : segments.map(() => 1), JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('keeps everything with no filter, and nothing for values the data does not have', () => {
    expect(index.kept({})).toBeNull();
    expect(index.kept({ classes: [], towns: [] })).toBeNull();
    const none = index.kept({ towns: ['no such town'], years: [1900] });
    expect(none && none.every((byte) => byte === 0)).toBe(true);
  });

  /** Each length is rounded to the millimetre once: the sums are within half a mm a segment. */
  function expectKm(actual: number, expected: number, count: number): void {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(count * 0.5e-6 + 1e-9);
  }

  it('sums the kept segments as a plain pass over them does, to the millimetre', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 40; round++) {
      const filter = randomFilter(random);
      const chosen = segments.filter((segment) => segmentMatchesFilter(segment, filter));
      const summary = index.summary(index.kept(filter));
      const km = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
      expect(summary.segments).toBe(chosen.length);
      const count = chosen.length;
      expectKm(summary.lengthKm, km(chosen.map((segment) => segment.lengthKm)), count);
      const isRoad = (segment: MeasuredSegment) =>
        segment.properties.work === undefined || segment.properties.work === 'road';
      const roadBuilt = chosen.map((segment) => (isRoad(segment) ? segment.completedKm : 0));
      expectKm(summary.completedKm, km(roadBuilt), count);
      const towns = new Set(chosen.flatMap((segment) => segment.properties.towns));
      expect(new Set(summary.towns)).toEqual(towns);
      for (const [roadClass, totals] of Object.entries(summary.byClass)) {
        const ofClass = chosen.filter((segment) => segment.properties.class === roadClass);
        expect(totals.segments).toBe(ofClass.length);
        const byStatus = summary.classStatusKm[roadClass as keyof typeof summary.classStatusKm];
        expectKm(km(Object.values(byStatus ?? {})), totals.lengthKm, ofClass.length);
      }
      const inProjects = chosen.filter((segment) => segment.properties.project);
      const roadInProjects = inProjects.filter(isRoad);
      expectKm(summary.projectKm, km(roadInProjects.map((item) => item.lengthKm)), count);
      const guardWork = chosen.filter((segment) => segment.properties.work === 'guard');
      expectKm(
        summary.byWork.guard?.lengthKm ?? 0,
        km(guardWork.map((item) => item.lengthKm)),
        count,
      );
      expect(Object.keys(summary.byProject).sort()).toEqual(
        [...new Set(inProjects.map((segment) => segment.properties.project))].sort(),
      );
    }
  });

  it('counts the kept segments by legend entry in every mode', () => {
    const filter: FilterState = { classes: ['village', 'county'], statuses: options.statuses };
    const kept = index.kept(filter);
    for (const mode of COLOR_MODES) {
      const totals = index.bucketTotals(mode, kept);
      const expected = new Map<string, number>();
      for (const segment of segments) {
        if (!segmentMatchesFilter(segment, filter)) continue;
        const bucket = bucketOf(segment, mode);
        expected.set(bucket, (expected.get(bucket) ?? 0) + 1);
      }
      expect(new Map([...totals].map(([bucket, group]) => [bucket, group.segments])), mode).toEqual(
        expected,
      );
    }
  });
});

describe('SegmentIndex sums', () => {
  it('add kilometres as whole millimetres: ten segments of 0.1 km make exactly 1 km', () => {
    const [first] = smallNetwork();
    const tenths = Array.from({ length: 10 }, (_, at) => ({
      ...first!,
      index: at,
      lengthKm: 0.1,
      completedKm: 0.1,
    }));
    let plainKm = 0;
    for (const segment of tenths) plainKm += segment.lengthKm;
    expect(plainKm).not.toBe(1);
    const summary = new SegmentIndex(segmentColumns(tenths)).summary(null);
    expect(summary.lengthKm).toBe(1);
    expect(summary.completedKm).toBe(1);
    expect(
      new SegmentIndex(segmentColumns(tenths)).bucketTotals('status', null).values().next().value,
    ).toEqual({
      segments: 10,
      lengthKm: 1,
      completedKm: 1,
    });
  });
});
