import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/contract/roadNetwork.ts';
import { PROBLEM_CODES } from '../../src/contract/problemCodes.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';
import { fixtureNames, readFixture, where } from './validateFixtures.ts';

function validateFixture(name: string) {
  return validateDataset(readFixture(name));
}

function idsOf(result: ReturnType<typeof validateDataset>): string[] {
  return result.segments.map((segment) => segment.properties.id);
}

function line(
  properties: Record<string, unknown>,
  coordinates: unknown = [
    [105, 30],
    [105.01, 30],
  ],
) {
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}

function collection(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

describe('validateDataset: good input', () => {
  it('reads the good fixture without a problem, keeping every property', () => {
    const result = validateFixture('good.geojson');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(idsOf(result)).toEqual([
      'G247-1',
      'X085-1',
      'C0431-1',
      'ring-1',
      'S209-1',
      'DS-1',
      'Y012-1',
    ]);
    expect(result.segments[0]!.properties).toEqual({
      id: 'G247-1',
      route: 'G247',
      name: 'G247 永明至花园段',
      class: 'national',
      status: 'construction',
      project: 'G247 永明至花园',
      work: 'road',
      towns: ['永明', '花园'],
      year: 2023,
      length_km: 0.97,
      completed_km: 0.4,
      investment_wan: 12000,
      start_chainage: 'K12+300',
      updated: '2023-10-15',
      note: '跨线桥下部结构施工',
    });
    expect(result.segments[1]!.geometry.type).toBe('MultiLineString');
    expect(result.points.map((point) => point.properties.kind)).toEqual([
      'bridge',
      'station',
      'mooring',
      'other',
    ]);
    expect(result.points[0]!.properties).toEqual({
      id: 'bridge-1',
      kind: 'bridge',
      name: '梓州大桥',
      status: 'completed',
      project: '农村公路危桥整治',
      work: 'bridge',
      year: 2023,
      route: 'X085',
      chainage: 'K3+200',
    });
  });

  it('turns a single town into a list and reads an absent status as existing', () => {
    const result = validateFixture('good.geojson');
    expect(result.segments[1]!.properties.towns).toEqual(['三元镇']);
    expect(result.segments[3]!.properties.status).toBe('existing');
    expect(result.segments[3]!.properties.towns).toEqual([]);
    expect(result.points[2]!.properties.status).toBe('existing');
  });

  it('accepts a single Feature', () => {
    const result = validateFixture('single-feature.geojson');
    expect(result.ok).toBe(true);
    expect(idsOf(result)).toEqual(['only']);
    expect(result.errors).toEqual([]);
  });

  it('treats null and blank values as absent, without a warning', () => {
    const result = validateDataset(
      line({ id: 'a', class: 'village', name: null, length_km: '', towns: null, status: ' ' }),
    );
    expect(result.warnings).toEqual([]);
    expect(result.segments[0]!.properties).toEqual({
      id: 'a',
      class: 'village',
      status: 'existing',
      towns: [],
    });
  });
});

describe('validateDataset: the file as a whole', () => {
  it.each([
    ['bare-geometry.geojson', 'bare-geometry', { type: 'LineString' }],
    ['not-geojson.json', 'not-geojson', { found: 'object' }],
    ['features-missing.geojson', 'features-missing', { found: 'nothing' }],
    ['empty-collection.geojson', 'empty-collection', {}],
  ])('%s fails with %s', (name, code, params) => {
    const result = validateFixture(name);
    expect(result.ok).toBe(false);
    expect(result.segments).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ severity: 'error', code, featureIndex: null, params });
  });

  it.each([
    [null, 'null'],
    [42, 'number'],
    ['{"type":"FeatureCollection"}', 'string'],
    [[], 'array'],
    [undefined, 'nothing'],
  ])('input %j is not GeoJSON (%s)', (input, found) => {
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    expect(result.errors.map((problem) => [problem.code, problem.params.found])).toEqual([
      ['not-geojson', found],
    ]);
  });

  it('names an unknown type', () => {
    expect(validateDataset({ type: 'Topology' }).errors[0]!.params).toEqual({ found: 'Topology' });
  });

  it('fails when no road segment is usable, and says how many features were skipped', () => {
    const result = validateFixture('no-valid-segment.geojson');
    expect(result.ok).toBe(false);
    expect(result.points).toEqual([]);
    expect(where(result.errors)).toEqual([
      ['degenerate-line', 2, 'geometry'],
      ['no-valid-segment', null, undefined],
    ]);
    expect(result.errors[1]!.params).toEqual({ features: 3, points: 1, skipped: 2 });
    expect(where(result.warnings)).toEqual([['unsupported-geometry', 1, 'geometry']]);
  });

  it('keeps the good features when others have errors', () => {
    const result = validateFixture('bad-number.geojson');
    expect(result.ok).toBe(true);
    expect(idsOf(result)).toEqual(['good-1']);
    expect(result.errors).toHaveLength(5);
  });

  it('lists the properties that are not in the contract once for the file', () => {
    const result = validateFixture('unknown-properties.geojson');
    expect(result.ok).toBe(true);
    expect(where(result.warnings)).toEqual([['unknown-properties', null, undefined]]);
    expect(result.warnings[0]!.params).toEqual({
      names: 'OBJECTID, Shape_Length, length',
      count: 3,
    });
  });
});

describe('validateDataset: features and geometry', () => {
  it('skips entries that are not Features', () => {
    const result = validateFixture('not-a-feature.geojson');
    expect(where(result.errors)).toEqual([
      ['not-a-feature', 0, undefined],
      ['not-a-feature', 1, undefined],
    ]);
    expect(result.errors.map((problem) => problem.params.found)).toEqual(['string', 'LineString']);
    expect(idsOf(result)).toEqual(['good-1']);
  });

  it('skips a feature without geometry', () => {
    const result = validateFixture('missing-geometry.geojson');
    expect(where(result.errors)).toEqual([['missing-geometry', 0, 'geometry']]);
    expect(result.errors[0]!.featureId).toBe('nothing');
  });

  it('skips unsupported geometry types with a warning', () => {
    const result = validateFixture('unsupported-geometry.geojson');
    expect(result.errors).toEqual([]);
    expect(where(result.warnings)).toEqual([
      ['unsupported-geometry', 0, 'geometry'],
      ['unsupported-geometry', 1, 'geometry'],
      ['unsupported-geometry', 2, 'geometry'],
    ]);
    expect(result.warnings.map((problem) => problem.params.type)).toEqual([
      'Polygon',
      'MultiPoint',
      'GeometryCollection',
    ]);
    expect(idsOf(result)).toEqual(['good-1']);
  });

  it('reports coordinates that are not nested arrays', () => {
    const result = validateFixture('malformed-coordinates.geojson');
    expect(where(result.errors)).toEqual([
      ['malformed-coordinates', 0, 'geometry'],
      ['malformed-coordinates', 1, 'geometry'],
      ['malformed-coordinates', 2, 'geometry'],
    ]);
    expect(idsOf(result)).toEqual(['good-1']);
  });

  it('reports non-numeric coordinates with the position', () => {
    const result = validateFixture('invalid-coordinate.geojson');
    expect(where(result.errors)).toEqual([
      ['invalid-coordinate', 0, 'geometry'],
      ['invalid-coordinate', 1, 'geometry'],
      ['invalid-coordinate', 2, 'geometry'],
    ]);
    expect(result.errors.map((problem) => problem.params)).toEqual([
      { value: '105', vertex: 0 },
      { value: 'null', vertex: 1 },
      { value: 'array(1)', vertex: 1 },
    ]);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [undefined, 'undefined'],
  ])('reports a %s coordinate', (value, text) => {
    const result = validateDataset(
      collection(
        line({ id: 'a', class: 'village' }, [
          [105, 30],
          [value, 30],
        ]),
        line({ id: 'b', class: 'village' }),
      ),
    );
    expect(where(result.errors)).toEqual([['invalid-coordinate', 0, 'geometry']]);
    expect(result.errors[0]!.params).toEqual({ value: text, vertex: 1 });
  });

  it('keeps 3-D and 4-D positions as 2-D, with one warning per feature, leaving the input alone', () => {
    const input = readFixture('coordinates-3d.geojson') as ReturnType<typeof collection>;
    const before = JSON.stringify(input);
    const result = validateDataset(input);
    expect(result.errors).toEqual([]);
    expect(where(result.warnings)).toEqual([
      ['coordinates-3d', 0, 'geometry'],
      ['coordinates-3d', 1, 'geometry'],
    ]);
    expect(result.warnings.map((problem) => problem.params.dimensions)).toEqual([3, 4]);
    expect(result.segments[0]!.geometry.coordinates).toEqual([
      [105, 30],
      [105.01, 30],
    ]);
    expect(result.points[0]!.geometry.coordinates).toEqual([105.02, 30.01]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports empty geometry', () => {
    const result = validateFixture('empty-geometry.geojson');
    expect(where(result.errors)).toEqual([
      ['empty-geometry', 0, 'geometry'],
      ['empty-geometry', 1, 'geometry'],
      ['empty-geometry', 2, 'geometry'],
    ]);
  });

  it('skips lines with fewer than two distinct positions and drops such parts of a multi-line', () => {
    const result = validateFixture('degenerate-line.geojson');
    expect(where(result.errors)).toEqual([
      ['degenerate-line', 0, 'geometry'],
      ['degenerate-line', 1, 'geometry'],
      ['degenerate-line', 3, 'geometry'],
    ]);
    expect(where(result.warnings)).toEqual([['degenerate-part', 2, 'geometry']]);
    expect(result.warnings[0]!.params).toEqual({ part: 0 });
    expect(idsOf(result)).toEqual(['one-bad-part']);
    expect(result.segments[0]!.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [105, 30],
          [105.01, 30],
        ],
      ],
    });
  });

  it.each([
    ['coordinate-out-of-range.geojson', 'coordinate-out-of-range', { x: 200, y: 30, vertex: 1 }],
    ['lat-lon-order.geojson', 'lat-lon-order', { x: 30, y: 105, vertex: 0 }],
    [
      'projected-coordinates.geojson',
      'projected-coordinates',
      { x: 35509540, y: 3320000, vertex: 0 },
    ],
  ])('%s: %s names the first position out of range', (name, code, params) => {
    const result = validateFixture(name);
    expect(result.ok).toBe(true);
    expect(where(result.errors)).toEqual([[code, 0, 'geometry']]);
    expect(result.errors[0]!.params).toEqual(params);
    expect(idsOf(result)).toEqual(['good-1']);
  });

  it('does not call a file lat,lon when only some positions would be valid swapped', () => {
    const result = validateDataset(
      line({ id: 'a', class: 'village' }, [
        [30, 105],
        [170, 100],
      ]),
    );
    expect(where(result.errors)).toEqual([
      ['coordinate-out-of-range', 0, 'geometry'],
      ['no-valid-segment', null, undefined],
    ]);
  });
});

describe('validateDataset: ids', () => {
  it('reads properties that are not an object as none', () => {
    const result = validateFixture('invalid-properties.geojson');
    expect(result.ok).toBe(true);
    expect(where(result.warnings).filter(([code]) => code === 'invalid-properties')).toEqual([
      ['invalid-properties', 0, 'properties'],
    ]);
  });

  it('generates missing ids, takes the Feature id, and turns numbers into text', () => {
    const result = validateFixture('id-missing.geojson');
    expect(result.errors).toEqual([]);
    expect(idsOf(result)).toEqual(['feature-0', 'feature-1', '42', 'member-id', 'feature-4']);
    expect(where(result.warnings)).toEqual([
      ['id-missing', 0, 'id'],
      ['id-missing', 1, 'id'],
      ['coerced-to-string', 2, 'id'],
      ['id-from-feature', 3, 'id'],
      ['invalid-text', 4, 'id'],
      ['id-missing', 4, 'id'],
    ]);
    expect(result.warnings[0]!.params).toEqual({ generatedId: 'feature-0' });
    expect(result.warnings[0]!.featureId).toBeUndefined();
  });

  it('does not generate an id that is already taken', () => {
    const result = validateDataset(
      collection(line({ id: 'feature-1', class: 'village' }), line({ class: 'village' })),
    );
    expect(idsOf(result)).toEqual(['feature-1', 'feature-1-2']);
  });

  it('skips a feature whose id was used before, segment or point', () => {
    const result = validateFixture('duplicate-id.geojson');
    expect(where(result.errors)).toEqual([
      ['duplicate-id', 1, 'id'],
      ['duplicate-id', 2, 'id'],
    ]);
    expect(result.errors[0]).toMatchObject({
      featureId: 'X085-1',
      params: { value: 'X085-1', firstIndex: 0 },
    });
    expect(result.segments).toHaveLength(1);
    expect(result.points).toHaveLength(0);
  });
});

describe('validateDataset: class and status', () => {
  it('derives the class from the route code, or falls back with a warning', () => {
    const result = validateFixture('class.geojson');
    expect(result.errors).toEqual([]);
    expect(result.segments.map((segment) => segment.properties.class)).toEqual([
      'expressway',
      'national',
      'provincial',
      'county',
      'township',
      'village',
      'other',
      'national',
      'other',
      'other',
      'other',
      'county',
      'county',
    ]);
    expect(where(result.warnings)).toEqual([
      ['class-derived', 0, 'class'],
      ['class-derived', 1, 'class'],
      ['class-derived', 2, 'class'],
      ['class-derived', 3, 'class'],
      ['class-derived', 4, 'class'],
      ['class-derived', 5, 'class'],
      ['class-derived', 6, 'class'],
      ['unknown-class', 7, 'class'],
      ['unknown-class', 8, 'class'],
      ['class-missing', 9, 'class'],
      ['class-missing', 10, 'class'],
      ['value-alias', 11, 'class'],
      ['value-alias', 12, 'class'],
    ]);
    expect(result.warnings[1]!.params).toEqual({ route: 'G247', class: 'national' });
    expect(result.warnings[7]!.params).toEqual({ value: 'highway', fallback: 'national' });
    expect(result.warnings[11]!.params).toEqual({ value: '县道', key: 'county' });
  });

  it('reads an absent status as existing, Chinese names as their key, unknown ones as existing', () => {
    const result = validateFixture('status.geojson');
    expect(result.segments.map((segment) => segment.properties.status)).toEqual([
      'existing',
      'construction',
      'completed',
      'existing',
      'existing',
    ]);
    expect(where(result.warnings)).toEqual([
      ['value-alias', 1, 'status'],
      ['value-alias', 2, 'status'],
      ['unknown-status', 3, 'status'],
      ['unknown-status', 4, 'status'],
    ]);
    expect(result.warnings[2]!.params).toEqual({ value: 'done', fallback: 'existing' });
  });
});

describe('validateDataset: other properties', () => {
  it('reads towns as a list, leaving out entries that are not text', () => {
    const result = validateFixture('towns.geojson');
    expect(result.segments.map((segment) => segment.properties.towns)).toEqual([
      ['三元镇'],
      ['三元镇', '忠孝乡'],
      ['三元镇'],
      [],
    ]);
    expect(where(result.warnings)).toEqual([
      ['invalid-towns', 2, 'towns'],
      ['invalid-towns', 3, 'towns'],
    ]);
    expect(result.warnings[0]!.params).toEqual({ value: '7', count: 1 });
  });

  it('reads whole years, accepting year text with a warning', () => {
    const result = validateFixture('year.geojson');
    expect(result.segments.map((segment) => segment.properties.year)).toEqual([
      2023,
      2023,
      undefined,
      undefined,
      undefined,
    ]);
    expect(where(result.warnings)).toEqual([
      ['number-as-string', 1, 'year'],
      ['invalid-year', 2, 'year'],
      ['invalid-year', 3, 'year'],
      ['invalid-year', 4, 'year'],
    ]);
  });

  it('accepts numbers written as text, with a warning each', () => {
    const result = validateFixture('number-as-string.geojson');
    expect(result.errors).toEqual([]);
    expect(where(result.warnings)).toEqual([
      ['number-as-string', 0, 'length_km'],
      ['number-as-string', 0, 'completed_km'],
      ['number-as-string', 0, 'investment_wan'],
    ]);
    expect(result.warnings[0]!.params).toEqual({ value: '0.96', number: 0.96 });
    const properties = result.segments[0]!.properties;
    expect([properties.length_km, properties.completed_km, properties.investment_wan]).toEqual([
      0.96, 0.5, 1200,
    ]);
  });

  it('skips features with negative or non-numeric figures', () => {
    const result = validateFixture('bad-number.geojson');
    expect(where(result.errors)).toEqual([
      ['negative-number', 0, 'length_km'],
      ['negative-number', 1, 'completed_km'],
      ['not-a-number', 2, 'guard_km'],
      ['not-a-number', 3, 'investment_wan'],
      ['not-a-number', 4, 'guard_required_km'],
    ]);
    expect(result.errors.map((problem) => problem.params.value)).toEqual([
      -1,
      -2,
      'abc',
      'true',
      'array(1)',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('rejects non-finite numbers', () => {
    const result = validateDataset(
      collection(
        line({ id: 'a', class: 'village', length_km: Number.NaN }),
        line({ id: 'b', class: 'village', guard_km: '1e999' }),
      ),
    );
    expect(where(result.errors)).toEqual([
      ['not-a-number', 0, 'length_km'],
      ['not-a-number', 1, 'guard_km'],
      ['no-valid-segment', null, undefined],
    ]);
  });

  it('skips a segment completed beyond its declared or measured length (0.5 % tolerance)', () => {
    const result = validateFixture('completed-exceeds-length.geojson');
    expect(where(result.errors)).toEqual([
      ['completed-exceeds-length', 0, 'completed_km'],
      ['completed-exceeds-length', 2, 'completed_km'],
    ]);
    expect(result.errors[0]!.params).toEqual({
      completedKm: 1.2,
      lengthKm: 1,
      lengthSource: 'declared',
    });
    expect(result.errors[1]!.params).toEqual({
      completedKm: 1.2,
      lengthKm: 0.965,
      lengthSource: 'measured',
    });
    expect(idsOf(result)).toEqual(['within-tolerance', 'equal']);
  });

  it('skips a segment with more guard than needs guarding', () => {
    const result = validateFixture('guard-exceeds-required.geojson');
    expect(where(result.errors)).toEqual([['guard-exceeds-required', 0, 'guard_km']]);
    expect(result.errors[0]!.params).toEqual({ guardKm: 0.6, guardRequiredKm: 0.5 });
    expect(idsOf(result)).toEqual(['guard-only', 'not-required', 'partial']);
  });

  it('warns when the declared length is far from the measured one, with both figures', () => {
    const result = validateFixture('length-mismatch.geojson');
    expect(result.errors).toEqual([]);
    expect(where(result.warnings)).toEqual([['length-mismatch', 0, 'length_km']]);
    expect(result.warnings[0]!.params).toEqual({ declaredKm: 2, measuredKm: 0.965 });
    expect(result.segments).toHaveLength(3);
  });

  it('keeps a chainage that is not K12+300 style, with a warning', () => {
    const result = validateFixture('invalid-chainage.geojson');
    expect(where(result.warnings)).toEqual([
      ['invalid-chainage', 1, 'start_chainage'],
      ['invalid-chainage', 2, 'chainage'],
    ]);
    expect(result.segments[1]!.properties.start_chainage).toBe('12.3');
    expect(result.points[0]!.properties.chainage).toBe('K3-200');
  });

  it('keeps an update date that is not an ISO date, with a warning', () => {
    const result = validateFixture('invalid-date.geojson');
    expect(where(result.warnings)).toEqual([
      ['invalid-date', 2, 'updated'],
      ['invalid-date', 3, 'updated'],
    ]);
    expect(result.segments[2]!.properties.updated).toBe('2023/09/30');
  });

  it('turns numbers and booleans into text and leaves out objects and arrays', () => {
    const result = validateFixture('text-properties.geojson');
    expect(where(result.warnings)).toEqual([
      ['invalid-text', 0, 'route'],
      ['coerced-to-string', 0, 'name'],
      ['invalid-text', 0, 'project'],
      ['coerced-to-string', 0, 'note'],
    ]);
    const properties = result.segments[0]!.properties;
    expect([properties.route, properties.name, properties.project, properties.note]).toEqual([
      undefined,
      '123',
      undefined,
      'true',
    ]);
  });
});

describe('validateDataset: point features', () => {
  it('reads kinds (Chinese names too), falling back to other with a warning', () => {
    const result = validateFixture('points.geojson');
    expect(result.points.map((point) => point.properties.kind)).toEqual([
      'other',
      'other',
      'bridge',
    ]);
    expect(result.points[2]!.properties.status).toBe('completed');
    expect(where(result.warnings)).toEqual([
      ['kind-missing', 0, 'kind'],
      ['unknown-kind', 1, 'kind'],
      ['value-alias', 2, 'kind'],
      ['value-alias', 2, 'status'],
    ]);
    expect(where(result.errors)).toEqual([['lat-lon-order', 3, 'geometry']]);
  });
});

describe('validateDataset: work type', () => {
  const result = validateFixture('work.geojson');
  const workOf = (id: string) =>
    [...result.segments, ...result.points].find((feature) => feature.properties.id === id)
      ?.properties.work;

  it('reads work and its Chinese names, warning for an alias and for an unknown word', () => {
    expect(result.errors).toEqual([]);
    expect(workOf('alias-1')).toBe('guard');
    const alias = result.warnings.find((problem) => problem.code === 'value-alias');
    expect(alias).toMatchObject({ featureIndex: 2, property: 'work', params: { key: 'guard' } });
    const unknown = result.warnings.find((problem) => problem.code === 'unknown-work');
    expect(unknown).toMatchObject({
      featureIndex: 3,
      property: 'work',
      params: { value: 'paving' },
    });
  });

  it("reads an absent (or unknown) work from the project's name", () => {
    expect(workOf('guard-1')).toBe('guard');
    expect(workOf('road-1')).toBe('road');
    // A line of a road-and-bridge project is its road; a point of it is its bridge.
    expect(workOf('unknown-1')).toBe('road');
    expect(workOf('bridge-1')).toBe('bridge');
    // 运输综合服务站改建: a station, though 改建 is a road word.
    expect(workOf('station-1')).toBe('facility');
    // A name with no work word: a line is read as road.
    expect(workOf('plain-1')).toBe('road');
    // The network outside projects has no work.
    expect(workOf('network-1')).toBeUndefined();
  });

  it('says so once for the whole file, with how many features and which projects', () => {
    const fromProject = result.warnings.filter((problem) => problem.code === 'work-from-project');
    expect(fromProject).toHaveLength(1);
    expect(fromProject[0]).toMatchObject({
      severity: 'warning',
      featureIndex: null,
      property: 'work',
      params: { count: 6, defaulted: 1, projectCount: 5 },
    });
    expect(String(fromProject[0]!.params.projects).split(', ')).toEqual([
      '村道生命安全防护工程',
      '撤并建制村畅通工程',
      'X085永百路美丽乡村路和危桥改造',
      '运输综合服务站改建',
      '2023年重点项目',
    ]);
  });

  it('gives a point without a work word the work of its kind', () => {
    const points = validateDataset(
      collection(
        {
          type: 'Feature',
          properties: { id: 'p1', kind: 'bridge', project: '2023年民生实事' },
          geometry: { type: 'Point', coordinates: [105, 30] },
        },
        line({ id: 's1', route: 'X001' }),
      ),
    );
    expect(points.points[0]!.properties.work).toBe('bridge');
  });
});

describe('validateDataset: robustness', () => {
  it('never throws, even for input built to break it', () => {
    const hostile = {
      type: 'FeatureCollection',
      get features(): unknown {
        throw new Error('no features for you');
      },
    };
    const result = validateDataset(hostile);
    expect(result.ok).toBe(false);
    expect(result.errors.map((problem) => [problem.code, problem.params.message])).toEqual([
      ['unreadable-input', 'no features for you'],
    ]);
  });

  it('returns a report for many random shapes', () => {
    const pieces: unknown[] = [null, 0, -1, 1e308, '', 'x', 'K1+000', true, [], {}, [105, 30]];
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const pick = () => pieces[Math.floor(random() * pieces.length)];
    for (let run = 0; run < 500; run++) {
      const properties: Record<string, unknown> = {};
      for (const key of ['id', 'class', 'status', 'towns', 'year', 'length_km', 'completed_km']) {
        if (random() < 0.6) properties[key] = pick();
      }
      const coordinates = random() < 0.5 ? [pick(), pick(), [105, 30], [105.01, 30.01]] : pick();
      const type = ['LineString', 'MultiLineString', 'Point', 'Polygon', 7][run % 5];
      const input = collection({ type: 'Feature', properties, geometry: { type, coordinates } });
      const result = validateDataset(input);
      expect(typeof result.ok).toBe('boolean');
      for (const problem of [...result.errors, ...result.warnings]) {
        expect(PROBLEM_CODES).toContain(problem.code);
      }
    }
  });
});

describe('validateDataset: codes', () => {
  it('reports every documented code from some fixture (unreadable-input aside)', () => {
    const seen = new Set<string>();
    for (const name of fixtureNames()) {
      const result = validateFixture(name);
      for (const problem of [...result.errors, ...result.warnings] as Problem[]) {
        seen.add(problem.code);
      }
    }
    const expected = PROBLEM_CODES.filter((code) => code !== 'unreadable-input');
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it('gives errors and warnings the right severity', () => {
    for (const name of fixtureNames()) {
      const result = validateFixture(name);
      for (const problem of result.errors) expect(problem.severity).toBe('error');
      for (const problem of result.warnings) expect(problem.severity).toBe('warning');
    }
  });
});
