import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILD_STATUSES,
  POINT_KINDS,
  ROAD_CLASSES,
  WORK_TYPES,
} from '../../src/contract/roadNetwork.ts';
import { CONTRACT_PROPERTIES } from '../../src/data/validate/featureProperties.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import { checkSchema, type Schema } from './schemaSubset.ts';
import { fixtureNames, readFixture } from './validateFixtures.ts';

const schemaText = readFileSync(
  new URL('../../data/roadboard.schema.json', import.meta.url),
  'utf8',
);
const schema = JSON.parse(schemaText) as Schema;
const definitions = schema.$defs as Record<string, Schema>;

function propertyNames(name: string): string[] {
  return Object.keys(definitions[name]!.properties as Schema);
}

function check(value: unknown) {
  return checkSchema(schema, schema, value);
}

describe('data/roadboard.schema.json', () => {
  it('is a JSON Schema 2020-12 document', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.title).toBe('string');
  });

  it('resolves every reference', () => {
    for (const match of schemaText.matchAll(/"\$ref": "#\/\$defs\/([^"]+)"/g)) {
      expect(definitions[match[1]!], match[1]).toBeDefined();
    }
  });

  it('uses the contract vocabulary and property names', () => {
    expect(definitions.roadClass!.enum).toEqual([...ROAD_CLASSES]);
    expect(definitions.buildStatus!.enum).toEqual([...BUILD_STATUSES, null]);
    expect(definitions.workType!.enum).toEqual([...WORK_TYPES, null]);
    expect((definitions.pointProperties!.properties as Record<string, Schema>).kind!.enum).toEqual([
      ...POINT_KINDS,
    ]);
    const names = new Set([
      ...propertyNames('segmentProperties'),
      ...propertyNames('pointProperties'),
    ]);
    expect([...names].sort()).toEqual([...CONTRACT_PROPERTIES].sort());
  });

  it.each(['good.geojson', 'single-feature.geojson'])('accepts %s', (name) => {
    expect(check(readFixture(name))).toBeNull();
  });

  it.each([
    ['bare-geometry.geojson', '', 'anyOf'],
    ['not-geojson.json', '', 'anyOf'],
    ['empty-collection.geojson', '', 'anyOf'],
    ['no-valid-segment.geojson', '', 'anyOf'],
    ['bad-number.geojson', '', 'anyOf'],
    ['lat-lon-order.geojson', '', 'anyOf'],
    ['status.geojson', '', 'anyOf'],
  ])('rejects %s', (name, path, keyword) => {
    expect(check(readFixture(name))).toEqual({ path, keyword });
  });

  it('rejects each kind of bad feature, checked one at a time', () => {
    const segment = definitions.roadSegment!;
    const good = {
      type: 'Feature',
      properties: { id: 'a', class: 'village' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [105, 30],
          [105.01, 30],
        ],
      },
    };
    expect(checkSchema(schema, segment, good)).toBeNull();
    const withProperties = (properties: Record<string, unknown>) => ({
      ...good,
      properties: { ...good.properties, ...properties },
    });
    const withCoordinates = (coordinates: unknown) => ({
      ...good,
      geometry: { type: 'LineString', coordinates },
    });
    expect(checkSchema(schema, segment, withProperties({ class: 'highway' }))).not.toBeNull();
    expect(
      checkSchema(schema, segment, { ...good, properties: { id: 'a', route: 'G247' } }),
    ).toBeNull();
    expect(
      checkSchema(schema, segment, { ...good, properties: { id: 'a', route: '一环路' } }),
    ).not.toBeNull();
    expect(checkSchema(schema, segment, withProperties({ length_km: -1 }))).not.toBeNull();
    expect(checkSchema(schema, segment, withProperties({ length_km: '1.2' }))).not.toBeNull();
    expect(checkSchema(schema, segment, withProperties({ year: 2023.5 }))).not.toBeNull();
    expect(checkSchema(schema, segment, withProperties({ start_chainage: '12.3' }))).not.toBeNull();
    expect(checkSchema(schema, segment, withProperties({ updated: '2023/09/30' }))).not.toBeNull();
    expect(checkSchema(schema, segment, withProperties({ towns: ['三元镇', 7] }))).not.toBeNull();
    expect(
      checkSchema(schema, segment, withProperties({ name: null, towns: '三元镇' })),
    ).toBeNull();
    expect(checkSchema(schema, segment, withCoordinates([[105, 30]]))).not.toBeNull();
    expect(
      checkSchema(
        schema,
        segment,
        withCoordinates([
          [30, 105],
          [30, 105.01],
        ]),
      ),
    ).not.toBeNull();
    expect(
      checkSchema(
        schema,
        segment,
        withCoordinates([
          [105, 30, 1],
          [105.01, 30, 1],
        ]),
      ),
    ).not.toBeNull();
  });

  it('accepts every feature the validator keeps, but for text it keeps as written', () => {
    const keptAsWritten = new Set(['invalid-chainage', 'invalid-date']);
    for (const name of fixtureNames()) {
      const result = validateDataset(readFixture(name));
      const asWritten = new Set(
        result.warnings
          .filter((problem) => keptAsWritten.has(problem.code))
          .map((problem) => problem.featureId),
      );
      for (const segment of result.segments) {
        if (asWritten.has(segment.properties.id)) continue;
        const feature = { type: 'Feature', ...segment };
        expect(checkSchema(schema, definitions.roadSegment!, feature), name).toBeNull();
      }
      for (const point of result.points) {
        if (asWritten.has(point.properties.id)) continue;
        const feature = { type: 'Feature', ...point };
        expect(checkSchema(schema, definitions.pointFeature!, feature), name).toBeNull();
      }
    }
  });
});
