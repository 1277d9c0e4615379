/**
 * The data worker's pipeline without the worker: reading a source by content (GeoJSON, a
 * shapefile zip or its loose parts, KML/KMZ, a bare geometry, bad input), mapping its fields,
 * and preparing it with the kept fields matched to the segments and written back.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readInput } from '../../src/data/worker/readInput.ts';
import { mapInput } from '../../src/data/worker/mapInput.ts';
import { prepareDataset } from '../../src/data/worker/prepareDataset.ts';
import { featureOrigins } from '../../src/data/worker/featureOrigins.ts';
import { fieldSetKey, serialiseMapping } from '../../src/data/mapping/mappingKey.ts';
import { setRoleField } from '../../src/data/mapping/fieldMapping.ts';
import { groupProblems } from '../../src/state/problemGroups.ts';

const formats = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const mappingFixtures = fileURLToPath(new URL('../fixtures/mapping/', import.meta.url));

function file(path: string, name = path.split('/').pop()!): File {
  return new File([readFileSync(path)], name);
}

function folder(name: string): File[] {
  return readdirSync(`${formats}${name}`).map((part) => file(`${formats}${name}/${part}`));
}

/** Reads, maps and prepares a source as the worker does (without the coordinate step). */
async function open(files: File[], options = {}) {
  const source =
    files.length === 1
      ? { kind: 'file' as const, file: files[0]! }
      : { kind: 'files' as const, files };
  const reading = await readInput(source, options);
  if (!reading.ok) return { reading, mapped: null, prepared: null };
  const mapped = await mapInput(reading.value, options);
  const prepared = prepareDataset(mapped.value, { keptFields: mapped.keptFields });
  return { reading, mapped, prepared };
}

describe('reading by content', () => {
  test('a GBK shapefile zip opens as county and township roads with Chinese names', async () => {
    const { reading, mapped, prepared } = await open([file(`${formats}roads-gbk.zip`, 'x.bin')]);
    expect(reading.ok && reading.description).toMatchObject({
      format: 'shapefile',
      encoding: 'gbk',
    });
    expect(mapped?.mapping?.fields.route).toBe('LXBM');
    expect(prepared?.ok).toBe(true);
    if (!prepared?.ok) return;
    const properties = prepared.dataset.segments.map((segment) => segment.properties);
    expect(properties.map((p) => [p.route, p.name, p.class])).toEqual([
      ['X396', '永明至花园', 'county'],
      ['Y005', '花园至青山村', 'township'],
    ]);
    const kept = prepared.dataset.otherFields[0]!.map((field) => field.name);
    expect(kept).toContain('路线名称');
    const written = JSON.parse(prepared.dataset.normalise()) as {
      features: { properties: Record<string, unknown> }[];
    };
    expect(written.features[0]!.properties).toMatchObject({
      route: 'X396',
      LXBM: 'X396360726',
      路线名称: '永明至花园公路',
    });
  });

  test('loose parts read together; the encoding choice overrides detection', async () => {
    const auto = await open(folder('gbk-no-hint'));
    expect(auto.reading.ok && auto.reading.description.encoding).toBe('gbk');
    const chosen = await open(folder('gbk-cpg936'), { encoding: 'utf-8' });
    expect(chosen.reading.ok && chosen.reading.description).toMatchObject({
      encoding: 'utf-8',
      encodingSource: 'choice',
    });
  });

  test('KML and KMZ open as roads', async () => {
    for (const name of ['roads.kml', 'roads.kmz']) {
      const { reading, prepared } = await open([file(`${formats}${name}`)]);
      expect(reading.ok && reading.description.format).toBe(name.split('.')[1]);
      expect(prepared?.ok).toBe(true);
    }
  });

  test('a bare geometry opens as a road with a warning', async () => {
    const text = JSON.stringify({
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105.1, 30.1],
      ],
    });
    const { reading, prepared } = await open([new File([text], 'line.json')]);
    expect(reading.ok && reading.warnings.map((problem) => problem.code)).toEqual([
      'geometry-wrapped',
    ]);
    expect(prepared?.ok && prepared.dataset.segments.length).toBe(1);
  });

  test('broken GeoJSON says where it is broken; a cut-short file says so', async () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},{"type":';
    const cut = new File([text], 'cut.geojson');
    await expect(readInput({ kind: 'file', file: cut }, {})).rejects.toThrow(
      /^not JSON: .*after 1 complete features/,
    );
    const broken = new File([text + '"Feature",]}'], 'broken.geojson');
    await expect(readInput({ kind: 'file', file: broken }, {})).rejects.toThrow(
      /^not JSON: not valid JSON at byte \d+, in feature 2/,
    );
  });

  test('bad input is refused with the problem that says what is wrong', async () => {
    const codes = async (files: File[]) => {
      const { reading } = await open(files);
      return reading.ok ? [] : reading.errors.map((problem) => problem.code);
    };
    expect(await codes([file(`${formats}no-shp.zip`)])).toEqual(['zip-no-layer']);
    expect(await codes(folder('dbf-only'))).toEqual(['shp-missing']);
    expect(await codes([new File(['hello'], 'a.txt')])).toEqual(['format-unknown']);
    expect(await codes([file(`${formats}bomb-size.zip`)])).toEqual(['zip-too-large']);
  });
});

describe('mapping before validation', () => {
  test('the national schema comes out in several classes', async () => {
    const { mapped, prepared } = await open([file(`${mappingFixtures}national-1m.geojson`)]);
    expect(mapped?.mapping?.schema).toBe('national');
    expect(prepared?.ok).toBe(true);
    if (!prepared?.ok) return;
    const classes = new Set(prepared.dataset.segments.map((s) => s.properties.class));
    expect(classes.has('expressway')).toBe(true);
    expect(classes.size).toBeGreaterThan(2);
  });

  test('an edited or stored mapping for the same field set is used', async () => {
    const path = `${mappingFixtures}national-1m.geojson`;
    const first = await open([file(path)]);
    const edited = setRoleField(first.mapped!.mapping!, 'route', null);
    const text = serialiseMapping(edited);
    const byEdit = await open([file(path)], { mapping: text });
    expect(byEdit.mapped?.mapping?.fields.route).toBeNull();
    const key = fieldSetKey(edited.fieldNames);
    const byStore = await open([file(path)], { storedMappings: { [key]: text } });
    expect(byStore.mapped?.mapping?.fields.route).toBeNull();
  });

  test('a contract file passes unchanged, keeping unknown properties', async () => {
    const input = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [105, 30],
              [105.1, 30.1],
            ],
          },
          properties: { id: 'a', class: 'county', status: 'existing', towns: [], extra: 7 },
        },
      ],
    };
    const mapped = await mapInput(input);
    expect(mapped.mapping).toBeNull();
    expect(mapped.value).toBe(input);
    expect(mapped.keptFields[0]).toEqual([{ name: 'extra', value: 7 }]);
  });

  test('origins skip features with errors and tell points from lines', () => {
    const line = { type: 'Feature', geometry: { type: 'LineString' } };
    const point = { type: 'Feature', geometry: { type: 'Point' } };
    const input = { type: 'FeatureCollection', features: [line, point, line, line] };
    const errors = [{ severity: 'error' as const, code: 'x', featureIndex: 2, params: {} }];
    expect(featureOrigins(input, errors, 2, 1)).toEqual({ segments: [0, 3], points: [1] });
    expect(featureOrigins(input, errors, 3, 1)).toBeNull();
  });

  test('warnings group by kind with a count and a few examples', () => {
    const warning = (code: string, message: string) => ({
      severity: 'warning',
      code,
      params: {},
      message,
    });
    const groups = groupProblems([
      ...Array.from({ length: 184 }, (_, index) => warning('id-missing', `no id ${index}`)),
      { ...warning('route-long-code-shortened', 'notes'), params: { count: 612 } },
    ]);
    expect(groups.map((group) => [group.code, group.count, group.examples.length])).toEqual([
      ['id-missing', 184, 3],
      ['route-long-code-shortened', 612, 1],
    ]);
  });
});
