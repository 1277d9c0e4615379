import { describe, expect, it } from 'vitest';
import { applyMapping } from '../../src/data/mapping/applyMapping.ts';
import { setRoleField } from '../../src/data/mapping/fieldMapping.ts';
import {
  fieldSetKey,
  parseStoredMapping,
  serialiseMapping,
  withStoredMapping,
} from '../../src/data/mapping/mappingKey.ts';
import { mergeNotes, recordNote, type MappingNote } from '../../src/data/mapping/notes.ts';
import { readChainage, readNumber } from '../../src/data/mapping/numbers.ts';
import { proposeMapping } from '../../src/data/mapping/proposeMapping.ts';
import { recogniseSchema } from '../../src/data/mapping/recogniseSchema.ts';
import { readRouteCode } from '../../src/data/mapping/routeCode.ts';
import { classFromFeatureCode, classFromHighwayTag } from '../../src/data/mapping/featureClass.ts';
import {
  classFromWord,
  statusFromWord,
  surfaceTypeFrom,
  technicalGradeFrom,
} from '../../src/data/mapping/valueWords.ts';

describe('readRouteCode', () => {
  it.each([
    ['X396360726', 'X396', 'county', true],
    ['C001360726', 'C001', 'village', true],
    ['G4215510824', 'G4215', 'expressway', true],
    ['x 085', 'X085', 'county', false],
    ['G247', 'G247', 'national', false],
    ['一环路', '一环路', undefined, false],
  ])('%s → %s (%s)', (value, route, roadClass, shortened) => {
    const reading = readRouteCode(value);
    expect(reading?.route).toBe(route);
    expect(reading?.routeClass).toBe(roadClass);
    expect(reading?.shortened).toBe(shortened);
  });

  it('takes the highest class of several codes and keeps them all', () => {
    expect(readRouteCode('X012;G109;S401')).toMatchObject({
      route: 'G109',
      routeClass: 'national',
      allCodes: ['G109', 'X012', 'S401'],
    });
  });

  it('reads old-alignment marks in half- and full-width brackets', () => {
    expect(readRouteCode('G315(旧)')).toMatchObject({ route: 'G315', oldAlignment: true });
    expect(readRouteCode('G315（旧）')).toMatchObject({ route: 'G315', oldAlignment: true });
  });

  it('gives nothing for empty values', () => {
    expect(readRouteCode('  ')).toBeUndefined();
    expect(readRouteCode(null)).toBeUndefined();
  });
});

describe('value words', () => {
  it.each([
    ['高速公路', 'expressway'],
    ['快速公路', 'expressway'],
    ['国道', 'national'],
    ['國道', 'national'],
    ['省道', 'provincial'],
    ['县道', 'county'],
    ['縣道', 'county'],
    ['乡道', 'township'],
    ['鄉道', 'township'],
    ['村道', 'village'],
    ['专用公路', 'other'],
    ['專用公路', 'other'],
    ['National', 'national'],
    ['X', 'county'],
  ])('class %s → %s', (word, roadClass) => {
    expect(classFromWord(word)).toBe(roadClass);
  });

  it.each([
    ['规划', 'planned'],
    ['規劃', 'planned'],
    ['储备', 'planned'],
    ['儲備', 'planned'],
    ['前期', 'preliminary'],
    ['在建', 'construction'],
    ['完工', 'completed'],
    ['通车', 'open'],
    ['通車', 'open'],
    ['试运营', 'open'],
    ['已建', 'existing'],
    ['Completed', 'completed'],
  ])('status %s → %s', (word, status) => {
    expect(statusFromWord(word)).toBe(status);
  });

  it('reads technical grades as codes 1–6 and as words', () => {
    expect([1, 2, 3, 4, 5, 6].map(technicalGradeFrom)).toEqual([
      'expressway',
      'grade-1',
      'grade-2',
      'grade-3',
      'grade-4',
      'substandard',
    ]);
    expect(['高速', '一级', '四', '等外', '7'].map(technicalGradeFrom)).toEqual([
      'expressway',
      'grade-1',
      'grade-4',
      'substandard',
      undefined,
    ]);
  });

  it('reads surface codes by their first digit', () => {
    expect(['11', 21, '3', '41', '5', 'asphalt'].map(surfaceTypeFrom)).toEqual([
      'asphalt',
      'cement-concrete',
      'simple-paving',
      'unpaved',
      undefined,
      undefined,
    ]);
  });

  it('reads GB/T 13923 road codes and OSM highway hints', () => {
    expect(
      [420101, '420201', 420301, 420401, 420501, 430100, 440000, 310000].map(classFromFeatureCode),
    ).toEqual([
      'national',
      'provincial',
      'county',
      'township',
      'other',
      'other',
      'village',
      undefined,
    ]);
    expect(classFromHighwayTag('motorway')).toEqual({ roadClass: 'expressway', certain: true });
    expect(classFromHighwayTag('trunk')).toEqual({ roadClass: 'national', certain: false });
    expect(classFromHighwayTag('footway')).toBeUndefined();
  });
});

describe('numbers and chainages', () => {
  it.each([
    ['K12+300', 12.3, false],
    ['k 12 + 300', 12.3, false],
    ['Ｋ１２＋３００', 12.3, false],
    [12.3, 12.3, true],
    ['12.300', 12.3, true],
  ])('%s → %s km', (value, km, fromNumber) => {
    expect(readChainage(value)).toEqual({ km, fromNumber });
  });

  it('refuses what is not a chainage', () => {
    expect(readChainage('桥头')).toBeUndefined();
    expect(readChainage(-1)).toBeUndefined();
  });

  it('reads numbers with full-width digits and thousands separators', () => {
    expect(readNumber('１２.５')).toBe(12.5);
    expect(readNumber('1,250')).toBe(1250);
    expect(readNumber('约3公里')).toBeUndefined();
  });
});

describe('recogniseSchema', () => {
  it.each([
    [['id', 'route', 'name', 'class', 'status', 'length_km'], 'roadboard'],
    [['GB', 'RN', 'NAME', 'RTEG'], 'national'],
    [[' lxbm ', 'LxMc', 'qdzh'], 'rural'],
    [['路线编码', '路线名称', '起点桩号', '止点桩号'], 'rural'],
    [['highway', 'name'], 'osm'],
    [['名称', '等级', '状态'], 'generic'],
    [['name'], 'generic'],
  ])('%j → %s', (names, schema) => {
    expect(recogniseSchema(names).schema).toBe(schema);
  });

  it('weighs a GB column by its values', () => {
    expect(recogniseSchema(['GB', 'NAME']).schema).toBe('generic');
    expect(recogniseSchema(['GB', 'NAME'], { GB: ['420101'] }).schema).toBe('national');
  });
});

describe('proposeMapping', () => {
  it('maps the contract names to themselves', () => {
    const mapping = proposeMapping([
      { id: 'a', route: 'G247', class: 'national', status: 'construction', towns: ['永明'] },
    ]);
    expect(mapping.schema).toBe('roadboard');
    expect(mapping.fields).toMatchObject({
      id: 'id',
      route: 'route',
      class: 'class',
      status: 'status',
      towns: 'towns',
    });
  });

  it('takes an 等级 column of technical grades as the technical grade, not the class', () => {
    const mapping = proposeMapping([
      { 名称: '射观路', 等级: '三级' },
      { 名称: '永百路', 等级: '四级' },
    ]);
    expect(mapping.fields.class).toBeNull();
    expect(mapping.fields.technical_grade).toBe('等级');
  });

  it('keeps three distinct samples per field', () => {
    const mapping = proposeMapping(
      ['G5', 'G5', 'G247', 'S209', 'X085'].map((route) => ({ RN: route, RTEG: '高速' })),
    );
    expect(mapping.samples.RN).toEqual(['G5', 'G247', 'S209']);
  });
});

describe('editing and remembering a mapping', () => {
  const rows = [{ LXBM: 'X396360726', LXMC: '永百路', 等级: '县道', BZ: '' }];
  const proposal = proposeMapping(rows);

  it('sets a role to a field or to none, a field feeding one role at a time', () => {
    const edited = setRoleField(proposal, 'note', 'LXMC');
    expect(edited.fields.note).toBe('LXMC');
    expect(edited.fields.name).toBeNull();
    expect(proposal.fields.name).toBe('LXMC');
    expect(setRoleField(edited, 'route', null).fields.route).toBeNull();
    expect(() => setRoleField(proposal, 'note', 'missing')).toThrow(RangeError);
  });

  it('gives the same key for the same set of field names in any order, case or width', () => {
    const key = fieldSetKey(['LXBM', 'LXMC', '等级']);
    expect(fieldSetKey(['等级', 'lxmc', ' ＬＸＢＭ', 'LXBM'])).toBe(key);
    expect(fieldSetKey(['LXBM', 'LXMC'])).not.toBe(key);
    expect(fieldSetKey(['LXBM', 'LXMC', '等级', 'BZ'])).not.toBe(key);
  });

  it('reads back what it wrote, with the names as the new file writes them', () => {
    const edited = setRoleField(proposal, 'note', 'BZ');
    const stored = parseStoredMapping(serialiseMapping(edited), ['lxbm', 'LXMC', '等级', 'bz']);
    expect(stored?.fields.note).toBe('bz');
    expect(stored?.fields.route).toBe('lxbm');
    const restored = withStoredMapping(
      proposeMapping([{ lxbm: 'X1', LXMC: 'a', 等级: '县道', bz: '' }]),
      stored!,
    );
    expect(restored.fields.note).toBe('bz');
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ version: 2, schema: 'rural', fields: {} })],
    ['an unknown schema', JSON.stringify({ version: 1, schema: 'cad', fields: {} })],
    [
      'an unknown role',
      JSON.stringify({ version: 1, schema: 'rural', fields: { colour: 'LXBM' } }),
    ],
    [
      'a field the file lacks',
      JSON.stringify({ version: 1, schema: 'rural', fields: { route: 'RN' } }),
    ],
    [
      'a field that is not text',
      JSON.stringify({ version: 1, schema: 'rural', fields: { route: 3 } }),
    ],
    ['an array', '[]'],
  ])('refuses %s', (_label, text) => {
    expect(parseStoredMapping(text, ['LXBM', 'LXMC'])).toBeUndefined();
  });
});

describe('grouped notes', () => {
  it('counts every feature and keeps three examples in feature order', () => {
    const first: MappingNote[] = [];
    const second: MappingNote[] = [];
    for (const index of [0, 1])
      recordNote(first, 'class-missing', '', { featureIndex: index, found: '', readAs: 'other' });
    for (const index of [5, 2, 9])
      recordNote(second, 'class-missing', '', { featureIndex: index, found: '', readAs: 'other' });
    recordNote(second, 'year-unreadable', '年度', { featureIndex: 3, found: 'n/a', readAs: '' });
    mergeNotes(first, second);
    expect(first).toHaveLength(2);
    expect(first[0]?.count).toBe(5);
    expect(first[0]?.examples.map((example) => example.featureIndex)).toEqual([0, 1, 2]);
    expect(first[1]).toMatchObject({ code: 'year-unreadable', count: 1 });
    expect(second[0]?.count).toBe(3);
  });

  it('gives one note for a rule that fires on many features', () => {
    const mapping = proposeMapping([{ LXBM: 'X396360726', LXMC: 'a', QDZH: 0, ZDZH: 1 }]);
    const notes: MappingNote[] = [];
    for (let index = 0; index < 903; index++) {
      mergeNotes(
        notes,
        applyMapping(mapping, { LXBM: 'X396360726', LXMC: 'a', QDZH: 0, ZDZH: 1 }, index).notes,
      );
    }
    const shortened = notes.filter((note) => note.code === 'route-long-code-shortened');
    expect(shortened).toHaveLength(1);
    expect(shortened[0]?.count).toBe(903);
    expect(shortened[0]?.examples).toHaveLength(3);
  });
});

describe('class rules', () => {
  const mapping = proposeMapping([{ RN: 'G108', NAME: 'x', RTEG: '高速', GB: 420101 }]);

  it('lets a 高速 grade raise G and S roads and roads without a code, not county roads', () => {
    const classOf = (row: Record<string, unknown>) =>
      applyMapping(mapping, row, 0).properties.class;
    expect(classOf({ RN: 'G108', RTEG: '高速' })).toBe('expressway');
    expect(classOf({ RN: 'S209', RTEG: '高速' })).toBe('expressway');
    expect(classOf({ RN: '', RTEG: '高速' })).toBe('expressway');
    expect(classOf({ RN: 'X085', RTEG: '高速' })).toBe('county');
    expect(classOf({ RN: 'G108', RTEG: '一级' })).toBe('national');
  });

  it('uses highway hints only when there is no ref', () => {
    const osm = proposeMapping([{ highway: 'motorway', ref: 'X085', name: 'a' }]);
    expect(applyMapping(osm, { highway: 'motorway', ref: 'X085' }, 0).properties.class).toBe(
      'county',
    );
    expect(applyMapping(osm, { highway: 'motorway', ref: null }, 0).properties.class).toBe(
      'expressway',
    );
  });
});
