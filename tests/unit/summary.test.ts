import { describe, expect, it } from 'vitest';
import { formatKm } from '../../src/domain/format.ts';
import { measureSegments } from '../../src/domain/measure.ts';
import { segment, smallNetwork } from '../fixtures/domain/segments.ts';
import { summaryOf } from './segmentFigures.ts';

describe('the statistics of kept segments (SegmentIndex.summary)', () => {
  it('sums the whole network', () => {
    expect(summaryOf(smallNetwork())).toMatchInlineSnapshot(`
      {
        "byClass": {
          "county": {
            "completedKm": 0,
            "lengthKm": 7.5,
            "segments": 1,
          },
          "provincial": {
            "completedKm": 4,
            "lengthKm": 10,
            "segments": 1,
          },
          "village": {
            "completedKm": 0.3,
            "lengthKm": 6.8,
            "segments": 6,
          },
        },
        "byProject": {
          "S209 塔山至永新": {
            "completedKm": 4,
            "lengthKm": 10,
            "segments": 1,
          },
          "撤并建制村畅通工程": {
            "completedKm": 0.3,
            "lengthKm": 0.3,
            "segments": 2,
          },
          "村道生命安全防护工程": {
            "completedKm": 0,
            "lengthKm": 3,
            "segments": 1,
          },
        },
        "byStatus": {
          "completed": {
            "completedKm": 0.3,
            "lengthKm": 3.3,
            "segments": 3,
          },
          "construction": {
            "completedKm": 4,
            "lengthKm": 10,
            "segments": 1,
          },
          "existing": {
            "completedKm": 0,
            "lengthKm": 11,
            "segments": 4,
          },
        },
        "byWork": {
          "guard": {
            "completedKm": 3,
            "lengthKm": 3,
            "segments": 1,
          },
          "road": {
            "completedKm": 4.3,
            "lengthKm": 10.3,
            "segments": 3,
          },
        },
        "classStatusKm": {
          "county": {
            "existing": 7.5,
          },
          "provincial": {
            "construction": 10,
          },
          "village": {
            "completed": 3.3,
            "existing": 3.5,
          },
        },
        "completedKm": 4.3,
        "completionRatio": 0.4174757281553398,
        "guardCoverageRatio": 0.8333333333333334,
        "guardKm": 3.75,
        "guardRequiredKm": 4.5,
        "lengthKm": 24.3,
        "projectKm": 10.3,
        "segments": 8,
        "towns": [
          "建平镇",
          "刘营镇",
          "三元镇",
          "石安",
          "塔山",
          "忠孝乡",
        ],
      }
    `);
  });

  it('follows the filter and adds 0.1 + 0.2 km as 0.3 km', () => {
    const summary = summaryOf(
      smallNetwork(),
      (item) => item.properties.project === '撤并建制村畅通工程',
    );
    expect(summary.segments).toBe(2);
    expect(summary.lengthKm).toBe(0.3);
    expect(summary.towns).toEqual(['三元镇', '忠孝乡']);
    expect(summary.completionRatio).toBe(1);
    expect(summary.guardCoverageRatio).toBeNull();
  });

  it('counts road built from road work only: guard, bridge and facility work by work type', () => {
    const summary = summaryOf(
      measureSegments([
        segment({ id: 'r', status: 'completed', project: 'A', work: 'road', length_km: 2 }),
        segment({ id: 'g', status: 'completed', project: 'B', work: 'guard', length_km: 3 }),
        segment({ id: 'b', status: 'completed', project: 'C', work: 'bridge', length_km: 0.2 }),
        segment({ id: 'n', status: 'open', length_km: 5 }),
      ]),
    );
    // Road built: the road work and the road outside projects, not the guarded or bridge km.
    expect(summary.completedKm).toBe(7);
    // km in projects: road work only, so the guard programme is neither done nor to do.
    expect(summary.projectKm).toBe(2);
    expect(summary.completionRatio).toBe(1);
    expect(summary.byWork).toEqual({
      road: { segments: 1, lengthKm: 2, completedKm: 2 },
      guard: { segments: 1, lengthKm: 3, completedKm: 3 },
      bridge: { segments: 1, lengthKm: 0.2, completedKm: 0.2 },
    });
    expect(summary.byProject.B).toEqual({ segments: 1, lengthKm: 3, completedKm: 0 });
  });

  it('counts a guard surplus on one segment only up to its requirement', () => {
    const summary = summaryOf(smallNetwork(), (item) => item.properties.id.startsWith('g'));
    // g1 2.5 of 2.5, g2 0.25 of 1, g3 1.5 of 1 → 3.75 of 4.5, not 4.25.
    expect(summary.guardKm).toBe(3.75);
    expect(summary.guardRequiredKm).toBe(4.5);
  });

  it('has null ratios and empty groups when nothing is kept', () => {
    const summary = summaryOf(smallNetwork(), () => false);
    expect(summary).toMatchObject({
      segments: 0,
      lengthKm: 0,
      completionRatio: null,
      guardCoverageRatio: null,
      byClass: {},
      byProject: {},
      towns: [],
    });
  });

  it('adds 240 declared lengths of two decimals to exactly 314 km', () => {
    const hundredths = Array.from({ length: 240 }, (_, i) => 87 + (i % 70));
    const drift = 31400 - hundredths.reduce((sum, value) => sum + value, 0);
    hundredths[0]! += drift;
    const segments = measureSegments(
      hundredths.map((value, i) =>
        segment({ id: `v${i}`, status: 'completed', project: 'P', length_km: value / 100 }),
      ),
    );
    const plainSumKm = segments.reduce((sum, item) => sum + item.lengthKm, 0);
    expect(plainSumKm).not.toBe(314);
    const summary = summaryOf(segments); // 314.00 km in decimal
    expect(summary.lengthKm).toBe(314);
    expect(summary.byProject.P?.completedKm).toBe(314);
    expect(formatKm(summary.lengthKm)).toBe('314.00');
  });

  it('summarises 100k segments quickly', () => {
    const template = measureSegments([segment({ id: 'x', towns: ['三元镇'], project: 'P' })])[0]!;
    const segments = Array.from({ length: 100_000 }, (_, index) => ({ ...template, index }));
    const started = performance.now();
    const summary = summaryOf(segments, (item) => item.index % 2 === 0);
    expect(summary.segments).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
