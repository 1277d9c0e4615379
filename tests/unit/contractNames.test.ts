/**
 * The mapping step's short way for contract files: wherever it applies, schema recognition says
 * `roadboard` too, and the mapped input is the one the full step gives.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_MARKERS, SCHEMA_NAMES } from '../../src/data/mapping/schemas.ts';
import { comparableFieldName } from '../../src/data/mapping/text.ts';
import { recogniseSchema } from '../../src/data/mapping/recogniseSchema.ts';
import { CONTRACT_PROPERTIES } from '../../src/data/validate/featureProperties.ts';
import { inContractNames } from '../../src/data/worker/contractNames.ts';
import { needsNoMapping } from '../../src/data/worker/mapForeignInput.ts';
import { mapInput } from '../../src/data/worker/mapInput.ts';

const SAMPLE = JSON.parse(
  readFileSync(new URL('../../public/sample/roads.geojson', import.meta.url), 'utf8'),
) as { features: { properties: Record<string, unknown> }[] };

const CONTRACT_NAMES = [...CONTRACT_PROPERTIES];
/** Names of other schemas and of no schema, to mix in. */
const OTHER_NAMES = ['RN', 'GB', 'LXBM', 'highway', 'ref', 'ROUTE', 'Route', 'extra', '名称'];

describe('inContractNames', () => {
  it('no schema but roadboard has a contract name among its markers', () => {
    for (const schema of SCHEMA_NAMES.filter((name) => name !== 'roadboard')) {
      const markers = SCHEMA_MARKERS[schema].map(comparableFieldName);
      expect(markers.filter((marker) => CONTRACT_PROPERTIES.has(marker))).toEqual([]);
    }
  });

  it('applies to the sample county, whose fields recognition reads as roadboard', () => {
    const rows = SAMPLE.features.map((feature) => feature.properties);
    expect(inContractNames(rows)).toBe(true);
    expect(needsNoMapping(rows, {})).toBe(true);
  });

  it('wherever it applies, recognition says roadboard', () => {
    const names = fc.uniqueArray(fc.constantFrom(...CONTRACT_NAMES, ...OTHER_NAMES), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(names, (fieldNames) => {
        const row = Object.fromEntries(fieldNames.map((name) => [name, 'x']));
        if (inContractNames([row])) {
          expect(recogniseSchema(fieldNames).schema).toBe('roadboard');
          expect(needsNoMapping([row], {})).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('does not apply to other names, or to a single marker', () => {
    expect(inContractNames([{ id: 'a', RN: 'G247', NAME: 'x' }])).toBe(false);
    expect(inContractNames([{ id: 'a', ROUTE: 'G247', CLASS: 'national' }])).toBe(false);
    expect(inContractNames([{ id: 'a', name: 'x', route: 'G247' }])).toBe(false);
    expect(inContractNames([{ id: 'a', route: 'G247' }, { class: 'national' }])).toBe(true);
  });
});

describe('mapInput on a contract file', () => {
  it('gives the same with and without stored mappings elsewhere (the full step)', async () => {
    const input = SAMPLE as unknown;
    const short = await mapInput(input);
    const full = await mapInput(input, { storedMappings: { 'roadboard-mapping-v1-1-0': '{}' } });
    expect(short.value).toBe(input);
    expect(short.mapping).toBeNull();
    expect(full).toEqual(short);
  });
});
