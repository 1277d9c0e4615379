import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyMappingToAll } from '../../src/data/mapping/applyMapping.ts';
import type { MappingNote } from '../../src/data/mapping/notes.ts';
import { proposeMapping } from '../../src/data/mapping/proposeMapping.ts';
import { mappingSummary } from '../../src/data/mapping/summary.ts';
import { validateDataset } from '../../src/data/validate/validate.ts';

type Rows = Record<string, unknown>[];

function load(name: string): {
  rows: Rows;
  collection: { features: { properties: Rows[number] }[] };
} {
  const collection = JSON.parse(
    readFileSync(new URL(`../fixtures/mapping/${name}.geojson`, import.meta.url), 'utf8'),
  ) as { features: { properties: Rows[number] }[] };
  return { rows: collection.features.map((feature) => feature.properties), collection };
}

function mapped(name: string) {
  const { rows, collection } = load(name);
  const mapping = proposeMapping(rows);
  const result = applyMappingToAll(mapping, rows);
  return { mapping, rows, collection, ...result };
}

/** Each note as `code field count [examples]`. */
function noteLines(notes: readonly MappingNote[]): string[] {
  return notes.map(
    (note) =>
      `${note.code} ${note.field} ${note.count} [${note.examples.map((example) => example.featureIndex).join(',')}]`,
  );
}

describe('national 1:1M layer (GB, RN, NAME, RTEG)', () => {
  const { mapping, features, notes } = mapped('national-1m');

  it('is recognised with its mapping', () => {
    expect(mapping.schema).toBe('national');
    expect(mappingSummary(mapping)).toEqual({ route: 'RN', name: 'NAME', class: 'RN, RTEG, GB' });
    expect(mapping.samples.RTEG).toEqual(['高速', '二级', '三级']);
  });

  it('reads classes from the route letter, the 高速 grade and the feature code', () => {
    expect(features.map((feature) => feature.properties.class)).toEqual([
      'expressway',
      'expressway',
      'national',
      'provincial',
      'county',
      'township',
      'county',
    ]);
    expect(features.map((feature) => feature.properties.route ?? null)).toEqual([
      'G5',
      'G108',
      'G247',
      'S209',
      null,
      null,
      'X085',
    ]);
  });

  it('keeps GB and RTEG as other fields, the grade decoded', () => {
    expect(features[2]?.otherFields).toEqual([
      { name: 'GB', value: 420101, meaning: 'feature-code' },
      { name: 'RTEG', value: '二级', meaning: 'technical-grade', decoded: 'grade-2' },
    ]);
  });

  it('groups its notes', () => {
    expect(noteLines(notes)).toEqual([
      'class-from-route-code RN 4 [0,2,3]',
      'class-from-technical-grade RTEG 1 [1]',
      'class-from-feature-code GB 2 [4,5]',
    ]);
  });
});

describe('OpenStreetMap extract', () => {
  const { mapping, features, notes } = mapped('osm-extract');

  it('is recognised with its mapping', () => {
    expect(mapping.schema).toBe('osm');
    expect(mappingSummary(mapping)).toEqual({
      id: '@id',
      route: 'ref',
      name: 'name:zh, name',
      class: 'ref, highway',
      status: 'highway',
    });
  });

  it('reads several codes, old alignments, highway hints and construction', () => {
    const summary = features.map((feature) => {
      const { route, class: roadClass, status, name } = feature.properties;
      return [route ?? null, roadClass, status, name];
    });
    expect(summary).toEqual([
      ['G109', 'national', 'existing', '京拉线'],
      ['G315', 'national', 'existing', '老国道'],
      ['S209', 'provincial', 'existing', '塔永路'],
      [null, 'expressway', 'existing', '德遂高速'],
      [null, 'county', 'existing', '射观路'],
      [null, 'other', 'existing', '建设路'],
      ['X085', 'county', 'construction', '永百路'],
      ['S401', 'provincial', 'existing', '龙树路'],
    ]);
  });

  it('keeps every code as written', () => {
    expect(features[0]?.otherFields[0]).toEqual({
      name: 'ref',
      value: 'G109;G215',
      meaning: 'route-code',
    });
    expect(features[1]?.otherFields[0]?.value).toBe('G315(旧)');
    expect(features[2]?.otherFields.map((field) => field.name)).toEqual(['highway']);
  });

  it('groups its notes', () => {
    expect(noteLines(notes)).toEqual([
      'route-several-codes ref 2 [0,7]',
      'class-from-route-code ref 5 [0,1,2]',
      'route-old-alignment ref 1 [1]',
      'class-from-highway-tag highway 3 [3,4,5]',
      'status-from-highway-tag highway 1 [6]',
    ]);
    expect(notes[0]?.examples[0]).toEqual({
      featureIndex: 0,
      found: 'G109;G215',
      readAs: 'G109, G215',
    });
  });
});

describe('rural-road database export (LXBM, QDZH, JSDJ, …)', () => {
  const { mapping, features, notes } = mapped('rural-export');

  it('is recognised with its mapping', () => {
    expect(mapping.schema).toBe('rural');
    expect(mappingSummary(mapping)).toEqual({
      route: 'LXBM',
      name: 'LXMC',
      class: 'LXBM, JSDJ',
      length_km: 'QDZH, ZDZH',
      start_chainage: 'QDZH',
    });
  });

  it('shortens long codes, writes chainages and derives the length', () => {
    expect(features.map((feature) => feature.properties)).toEqual([
      {
        route: 'X396',
        name: '永百路',
        class: 'county',
        status: 'existing',
        start_chainage: 'K0+000',
        length_km: 3.2,
      },
      {
        route: 'X396',
        name: '永百路',
        class: 'county',
        status: 'existing',
        start_chainage: 'K3+200',
        length_km: 5.55,
      },
      {
        route: 'C001',
        name: '友爱村道',
        class: 'village',
        status: 'existing',
        start_chainage: 'K0+000',
        length_km: 1.45,
      },
      {
        route: 'Y012',
        name: '西八路',
        class: 'township',
        status: 'existing',
        start_chainage: 'K12+300',
        length_km: 2.75,
      },
      {
        route: 'G4215',
        name: '德遂高速',
        class: 'expressway',
        status: 'existing',
        start_chainage: 'K101+200',
        length_km: 11.4,
      },
    ]);
  });

  it('keeps the long code and every other column with its meaning', () => {
    expect(features[0]?.otherFields).toEqual([
      { name: 'LXBM', value: 'X396360726', meaning: 'route-code' },
      { name: 'LDBM', value: 'X396360726001', meaning: 'section-code' },
      { name: 'ZDZH', value: 3.2, meaning: 'end-chainage' },
      { name: 'QDMC', value: '永明', meaning: 'start-name' },
      { name: 'ZDMC', value: '百花', meaning: 'end-name' },
      { name: 'JSDJ', value: 4, meaning: 'technical-grade', decoded: 'grade-3' },
      { name: 'LMLX', value: 21, meaning: 'surface-type', decoded: 'cement-concrete' },
      { name: 'XZQH', value: '360726', meaning: 'division-code' },
      { name: 'GYDW', value: 'XX县公路事务中心', meaning: 'maintainer' },
    ]);
  });

  it('groups its notes', () => {
    expect(noteLines(notes)).toEqual([
      'route-long-code-shortened LXBM 5 [0,1,2]',
      'class-from-route-code LXBM 5 [0,1,2]',
      'chainage-from-number QDZH 5 [0,1,2]',
      'length-from-chainages ZDZH 5 [0,1,2]',
    ]);
  });
});

describe('rural-road database export with Chinese column names', () => {
  const { mapping, features, notes } = mapped('rural-chinese');

  it('is recognised with its mapping', () => {
    expect(mapping.schema).toBe('rural');
    expect(mappingSummary(mapping)).toEqual({
      route: '路线编码',
      name: '路线名称',
      class: '路线编码, 技术等级',
      length_km: '里程',
      start_chainage: '起点桩号',
    });
  });

  it('reads chainage text in any spacing and width, and lengths written as text', () => {
    expect(features.map((feature) => feature.properties.start_chainage ?? null)).toEqual([
      'K0+000',
      'K3+200',
      'K12+300',
      null,
    ]);
    expect(features.map((feature) => feature.properties.length_km)).toEqual([3.2, 5.55, 2.7, 1.1]);
    expect(features.map((feature) => feature.properties.route)).toEqual([
      'X085',
      'X085',
      'S209',
      'C012',
    ]);
  });

  it('keeps an unreadable chainage among the other fields', () => {
    expect(features[3]?.otherFields.find((field) => field.name === '起点桩号')).toEqual({
      name: '起点桩号',
      value: '桥头',
    });
  });

  it('groups its notes', () => {
    expect(noteLines(notes)).toEqual([
      'route-long-code-shortened 路线编码 3 [0,1,3]',
      'class-from-route-code 路线编码 4 [0,1,2]',
      'chainage-unreadable 起点桩号 1 [3]',
    ]);
  });
});

describe("a highway bureau's layer with Chinese class and status words", () => {
  const { mapping, features, notes } = mapped('bureau-classes');

  it('is recognised with its mapping', () => {
    expect(mapping.schema).toBe('generic');
    expect(mappingSummary(mapping)).toEqual({
      route: '编号',
      name: '名称',
      class: '等级, 编号',
      status: '状态',
      project: '项目',
      towns: '乡镇',
      year: '年度',
      length_km: '里程',
      investment_wan: '投资(万元)',
      note: '备注',
    });
  });

  it('reads Simplified and Traditional class and status words', () => {
    expect(
      features.map((feature) => [feature.properties.class, feature.properties.status]),
    ).toEqual([
      ['national', 'construction'],
      ['expressway', 'construction'],
      ['expressway', 'open'],
      ['provincial', 'planned'],
      ['county', 'open'],
      ['township', 'existing'],
      ['village', 'completed'],
      ['other', 'planned'],
      ['other', 'preliminary'],
    ]);
  });

  it('splits towns, reads years and keeps what it cannot read', () => {
    expect(features[6]?.properties.towns).toEqual(['三元镇', '忠孝乡']);
    expect(features[3]?.properties.towns).toEqual(['塔山', '石安']);
    expect(features[1]?.properties.year).toBe(2023);
    expect(features[7]?.otherFields).toEqual([
      { name: '年度', value: 'n/a' },
      { name: '里程', value: 'about 2' },
    ]);
    expect(features[7]?.properties.year).toBeUndefined();
  });

  it('groups its notes', () => {
    expect(noteLines(notes)).toEqual([
      'class-from-words 等级 8 [0,1,2]',
      'status-from-words 状态 8 [0,1,2]',
      'status-built-as-existing 状态 1 [5]',
      'year-unreadable 年度 1 [7]',
      'number-unreadable 里程 1 [7]',
      'class-unknown-word 等级 1 [8]',
    ]);
  });
});

describe('a generic layer with English column names', () => {
  const { mapping, features, notes } = mapped('generic');

  it('is recognised with its mapping', () => {
    expect(mapping.schema).toBe('generic');
    expect(mappingSummary(mapping)).toEqual({
      route: 'code',
      name: 'name',
      class: 'type, code',
      status: 'status',
      towns: 'town',
      year: 'year',
      length_km: 'length',
      note: 'remark',
    });
  });

  it('reads classes, statuses and keeps the extra field', () => {
    expect(
      features.map((feature) => [feature.properties.class, feature.properties.status]),
    ).toEqual([
      ['provincial', 'construction'],
      ['county', 'completed'],
      ['village', 'open'],
      ['other', 'existing'],
    ]);
    expect(features[0]?.otherFields).toEqual([
      { name: 'surface', value: 'asphalt', meaning: 'surface-type' },
    ]);
    expect(noteLines(notes)).toEqual([
      'class-from-words type 1 [0]',
      'status-from-words status 1 [0]',
      'class-from-route-code code 1 [3]',
    ]);
  });
});

describe('the validator takes the mapped properties', () => {
  it.each([
    'national-1m',
    'osm-extract',
    'rural-export',
    'rural-chinese',
    'bureau-classes',
    'generic',
  ])('%s: every road kept with its mapped class and status, no value-alias warnings', (name) => {
    const { collection, features } = mapped(name);
    const input = {
      type: 'FeatureCollection',
      features: collection.features.map((feature, index) => ({
        ...feature,
        properties: { id: `road-${index}`, ...features[index]?.properties },
      })),
    };
    const result = validateDataset(input);
    expect(result.errors).toEqual([]);
    expect(result.segments.map((segment) => segment.properties.class)).toEqual(
      features.map((feature) => feature.properties.class),
    );
    const codes = new Set(result.warnings.map((warning) => warning.code));
    expect(codes.has('value-alias')).toBe(false);
    expect(codes.has('class-derived')).toBe(false);
    expect(codes.has('invalid-chainage')).toBe(false);
  });
});
