/**
 * Property-based: the validator (and the whole prepare step behind it) returns a report for any
 * input at all — random JSON, and valid datasets mutated feature by feature — and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POINT_PROPERTY_ORDER, SEGMENT_PROPERTY_ORDER } from '../../src/contract/roadNetwork.ts';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';

const coordinate = fc.oneof(
  fc.double({ min: -200, max: 200 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 35_500_000, 0),
  fc.string({ maxLength: 3 }),
  fc.constant(null),
);
const position = fc.array(coordinate, { minLength: 0, maxLength: 4 });
const propertyValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constantFrom('12.5', '-1', 'K12+300', '2023-02-30', '<img src=x onerror=alert(1)>'),
);
const properties = fc.dictionary(
  fc.constantFrom<string>(
    ...SEGMENT_PROPERTY_ORDER,
    ...POINT_PROPERTY_ORDER,
    '__proto__',
    'constructor',
  ),
  propertyValue,
);
const geometry = fc.oneof(
  fc.record({
    type: fc.constantFrom('LineString', 'MultiLineString', 'Point', 'Polygon', 'Nonsense'),
    coordinates: fc.oneof(
      fc.array(position, { maxLength: 6 }),
      fc.array(fc.array(position, { maxLength: 4 }), { maxLength: 3 }),
      position,
      fc.anything(),
    ),
  }),
  fc.anything(),
);
const feature = fc.oneof(
  fc.record({ type: fc.constant('Feature'), properties, geometry }),
  fc.anything(),
);
const collection = fc.record({
  type: fc.constantFrom('FeatureCollection', 'Feature', 'LineString', 'nonsense'),
  features: fc.oneof(fc.array(feature, { maxLength: 8 }), fc.anything()),
});

function validLine(index: number): object {
  return {
    type: 'Feature',
    properties: { id: `s${index}`, route: 'X085', status: 'construction', completed_km: 0.1 },
    geometry: {
      type: 'LineString',
      coordinates: [
        [105 + index * 0.01, 30.9],
        [105.005 + index * 0.01, 30.905],
      ],
    },
  };
}

/** A mutation that replaces one path of a valid feature with an arbitrary value. */
const mutation = fc.tuple(
  fc.constantFrom(
    ['properties', 'id'],
    ['properties', 'completed_km'],
    ['properties', 'length_km'],
    ['properties', 'class'],
    ['properties', 'towns'],
    ['geometry', 'coordinates'],
    ['geometry', 'type'],
    ['geometry'],
    ['properties'],
  ),
  fc.anything(),
);

describe('validator never throws', () => {
  it('returns a report for random JSON values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), collection), (input) => {
        const result = validateDataset(input);
        expect(typeof result.ok).toBe('boolean');
        expect(Array.isArray(result.errors)).toBe(true);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns a report, and prepares what it accepts, for mutated valid datasets', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (mutations, featureCount) => {
          const features = Array.from({ length: featureCount }, (_, index) => validLine(index));
          mutations.forEach(([path, value], step) => {
            let target = features[step % featureCount] as Record<string, unknown>;
            for (const key of path.slice(0, -1)) {
              const next = target[key];
              if (typeof next !== 'object' || next === null) return;
              target = next as Record<string, unknown>;
            }
            target[path.at(-1)!] = value;
          });
          const outcome = prepareDataset({ type: 'FeatureCollection', features });
          if (outcome.ok) {
            const kept = outcome.dataset.segments.length + outcome.dataset.points.features.length;
            expect(kept).toBeGreaterThan(0);
            for (const segment of outcome.dataset.segments) {
              expect(Number.isFinite(segment.lengthKm)).toBe(true);
              expect(segment.completedKm).toBeLessThanOrEqual(segment.lengthKm);
            }
          } else {
            expect(outcome.errors.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
