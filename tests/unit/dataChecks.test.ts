import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { dataChecks, lengthMismatches, type DataCheck } from '../../src/domain/dataChecks.ts';
import { preparedSample } from './preparedSample.ts';

/** Degrees of longitude for about `km` kilometres east at latitude 30°. */
const DEGREES_PER_KM = 1 / (111.32 * Math.cos((30 * Math.PI) / 180));

function road(
  id: string,
  startKm: number,
  lengthKm: number,
  properties: Record<string, unknown> = {},
): Feature {
  const west = 105 + startKm * DEGREES_PER_KM;
  return {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [west, 30],
        [west + lengthKm * DEGREES_PER_KM, 30],
      ],
    },
    properties: { id, class: 'county', status: 'construction', ...properties },
  };
}

function prepared(features: Feature[]) {
  const outcome = prepareDataset({ type: 'FeatureCollection', features });
  if (!outcome.ok) throw new Error('the test network does not validate');
  return outcome.dataset;
}

const kinds = (checks: readonly DataCheck[]) => checks.map((check) => `${check.kind} ${check.id}`);

describe('dataChecks', () => {
  it('finds a route with overlapping, skipped and missing chainage', () => {
    const dataset = prepared([
      road('R-1', 0, 1, { route: 'X001', start_chainage: 'K0+000', length_km: 1 }),
      road('R-2', 0.9, 1, { route: 'X001', start_chainage: 'K0+900', length_km: 1 }),
      road('R-3', 2.5, 1, { route: 'X001', start_chainage: 'K2+500', length_km: 1 }),
      road('R-4', 3.5, 1, { route: 'X001', start_chainage: 'K3+505', length_km: 1 }),
      road('R-5', 5, 1, { route: 'X001' }),
    ]);
    const checks = dataChecks(dataset.segments, dataset.errors);
    expect(kinds(checks)).toEqual([
      'chainage-overlap R-2',
      'chainage-gap R-3',
      'chainage-missing R-5',
    ]);
    const overlap = checks[0]!;
    expect(overlap.segmentIndex).toBe(1);
    expect(overlap.params['fromKm']).toBeCloseTo(0.9, 9);
    expect(overlap.params['reachedKm']).toBeCloseTo(1, 9);
    expect(overlap.params['otherId']).toBe('R-1');
    // R-4 starts 5 m past where R-3 ends: a break within the tolerance.
    expect(kinds(dataChecks(dataset.segments, [], { chainageToleranceKm: 0.001 }))).toContain(
      'chainage-gap R-4',
    );
  });

  it('finds declared and measured lengths apart by more than the share', () => {
    const dataset = prepared([
      road('L-1', 0, 1, { length_km: 1.2 }),
      road('L-2', 2, 1, { length_km: 1.05 }),
    ]);
    const checks = dataChecks(dataset.segments);
    expect(kinds(checks)).toEqual(['length-mismatch L-1']);
    expect(checks[0]!.params['differenceShare']).toBeCloseTo(0.2, 2);
    expect(kinds(dataChecks(dataset.segments, [], { lengthShare: 0.04 }))).toEqual([
      'length-mismatch L-1',
      'length-mismatch L-2',
    ]);
    expect(dataChecks(dataset.segments, [], { lengthShare: 0.25 })).toEqual([]);
    // The rows alone are those dataChecks gives at the same share.
    expect(lengthMismatches(dataset.segments, 0.04)).toEqual(
      dataChecks(dataset.segments, [], { lengthShare: 0.04 }),
    );
  });

  it('reports duplicate ids and figures above their bounds, skipped or kept', () => {
    const dataset = prepared([
      road('D-1', 0, 1, { length_km: 1 }),
      road('D-1', 2, 1, { length_km: 1 }),
      road('C-1', 4, 1, { length_km: 1, completed_km: 1.5 }),
      road('C-2', 6, 1, { length_km: 1, completed_km: 1.004 }),
      road('G-1', 8, 1, { guard_required_km: 0.5, guard_km: 0.8 }),
    ]);
    // The validator skips the second D-1, C-1 and G-1; C-2 is within its rounding margin.
    expect(dataset.segments.map((segment) => segment.properties.id)).toEqual(['D-1', 'C-2']);
    const checks = dataChecks(dataset.segments, dataset.errors);
    expect(kinds(checks)).toEqual([
      'duplicate-id D-1',
      'completed-over-length C-2',
      'completed-over-length C-1',
      'guard-over-required G-1',
    ]);
    const [duplicate, kept, skipped, guard] = checks;
    // The duplicate's row points at the segment that kept the id, on the map.
    expect(duplicate!.segmentIndex).toBe(0);
    expect(duplicate!.params['featureIndex']).toBe(1);
    expect(kept!.segmentIndex).toBe(1);
    expect(skipped!.segmentIndex).toBeNull();
    expect(skipped!.params['completedKm']).toBe(1.5);
    expect(guard!.params['guardKm']).toBe(0.8);
  });

  it('finds two segments with one id among the segments given', () => {
    const dataset = prepared([road('A', 0, 1), road('B', 2, 1)]);
    const segments = dataset.segments.map((segment) => ({
      ...segment,
      properties: { ...segment.properties, id: 'A' },
    }));
    const checks = dataChecks(segments);
    expect(kinds(checks)).toEqual(['duplicate-id A']);
    expect(checks[0]!.segmentIndex).toBe(1);
    expect(checks[0]!.params['otherIndex']).toBe(0);
  });

  it('finds no overlap or gap on G247 of the sample at the default tolerance', () => {
    const sample = preparedSample();
    const checks = dataChecks(sample.segments, sample.errors);
    expect(checks.filter((check) => check.route === 'G247')).toEqual([]);
    for (const check of checks) expect(check.segmentIndex).not.toBeNull();
  });
});
