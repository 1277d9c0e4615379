import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import type { LineString, MultiLineString, Point } from 'geojson';
import { readShapefileParts, readShapefileZip } from '../../src/data/read/readShapefile.ts';
import { prjToProj4 } from '../../src/data/read/prjToProj4.ts';
import { reprojectCollection } from '../../src/data/read/reproject.ts';
import { fixtureBytes, fixtureParts } from './readFixtures.ts';

const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code);
const EPSG_4523 =
  '+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=35500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

describe('readShapefileParts', () => {
  it('decodes GBK field names and values with a .cpg of 936', () => {
    const result = readShapefileParts(fixtureParts('gbk-cpg936'));
    expect(result.ok).toBe(true);
    expect(result.encoding).toBe('gbk');
    expect(result.encodingSource).toBe('cpg');
    const [first, second] = result.value?.features ?? [];
    expect(first?.properties).toEqual({
      LXBM: 'X396360726',
      LXMC: '永明至花园',
      QDZH: 0,
      ZDZH: 3.2,
      JSDJ: 4,
      路线名称: '永明至花园公路',
      JCRQ: '2019-05-01',
    });
    expect(second?.properties).toEqual({
      LXBM: 'Y005',
      LXMC: '花园至青山村',
      QDZH: 3.2,
      ZDZH: 5.75,
      JSDJ: 5,
    });
    expect(second?.geometry?.type).toBe('MultiLineString');
    expect(result.prj).toContain('CGCS2000_3_Degree_GK_Zone_35');
    expect(result.problems).toEqual([]);
  });

  it('takes the encoding from a .cpg of GBK, the language byte, or falls back to GBK', () => {
    expect(readShapefileParts(fixtureParts('gbk-cpg-gbk'))).toMatchObject({
      encoding: 'gbk',
      encodingSource: 'cpg',
    });
    const byLanguage = readShapefileParts(fixtureParts('gbk-language-byte'));
    expect(byLanguage).toMatchObject({ encoding: 'gbk', encodingSource: 'language-byte' });
    expect(byLanguage.value?.features[0]?.properties?.['路线名称']).toBe('永明至花园公路');
    const fallback = readShapefileParts(fixtureParts('gbk-no-hint'));
    expect(fallback).toMatchObject({ encoding: 'gbk', encodingSource: 'fallback' });
    expect(fallback.value?.features[0]?.properties?.LXMC).toBe('永明至花园');
  });

  it('reads UTF-8 by its .cpg, or because it decodes cleanly when nothing says', () => {
    const byCpg = readShapefileParts(fixtureParts('utf8-cpg'));
    expect(byCpg).toMatchObject({ encoding: 'utf-8', encodingSource: 'cpg' });
    expect(byCpg.value?.features[0]?.properties?.['名称']).toBe('永明至花园公路');
    const clean = readShapefileParts(fixtureParts('utf8-no-hint'));
    expect(clean).toMatchObject({ encoding: 'utf-8', encodingSource: 'utf8-valid' });
    expect(clean.value?.features[1]?.properties).toEqual({ LXBM: 'Y005', LXMC: '花园至青山村' });
  });

  it('says when the .cpg makes garbage of UTF-8 text, and the user choice overrides it', () => {
    const wrong = readShapefileParts(fixtureParts('utf8-wrong-cpg'));
    expect(wrong.encoding).toBe('gbk');
    const garbage = wrong.problems.find((problem) => problem.code === 'dbf-encoding-garbage');
    expect(garbage?.params.suggested).toBe('utf-8');
    const chosen = readShapefileParts(fixtureParts('utf8-wrong-cpg'), { encodingChoice: 'UTF-8' });
    expect(chosen).toMatchObject({ encoding: 'utf-8', encodingSource: 'choice' });
    expect(chosen.value?.features[0]?.properties?.LXMC).toBe('永明至花园');
    expect(codes(chosen.problems)).not.toContain('dbf-encoding-garbage');
  });

  it('drops Z and M from PolyLineZ and PolyLineM', () => {
    for (const folder of ['polyline-z', 'polyline-m']) {
      const geometry = readShapefileParts(fixtureParts(folder)).value?.features[0]
        ?.geometry as LineString;
      expect(geometry.coordinates).toEqual([
        [105, 30],
        [105.05, 30.02],
        [105.1, 30.05],
      ]);
      expect(geometry).not.toHaveProperty('bbox');
    }
  });

  it('reads PointZ bridges with their GBK names', () => {
    const result = readShapefileParts(fixtureParts('points-xian80'));
    expect(result.value?.features.map((feature) => feature.properties?.QLMC)).toEqual([
      '花园大桥',
      '青山桥',
    ]);
    expect((result.value?.features[0]?.geometry as Point).coordinates).toHaveLength(2);
  });

  it('reprojects Gauss–Krüger zone 35 metres to within a metre of proj4 with EPSG:4523', () => {
    const result = readShapefileParts(fixtureParts('gbk-cpg936'));
    const reading = prjToProj4(result.prj ?? '');
    expect(reading.kind).toBe('transverse-mercator');
    const source = result.value?.features[0]?.geometry as LineString;
    const reprojected = reprojectCollection(result.value!, reading.definition ?? '');
    const converted = (reprojected.value.features[0]?.geometry as LineString).coordinates;
    source.coordinates.forEach((position, index) => {
      const [x, y] = position as [number, number];
      expect(x).toBeGreaterThan(35_000_000);
      const back = proj4('EPSG:4326', EPSG_4523, converted[index] as [number, number]);
      expect(Math.hypot((back[0] ?? 0) - x, (back[1] ?? 0) - y)).toBeLessThan(1);
    });
    expect(converted[0]?.[0]).toBeCloseTo(105, 6);
    expect(converted[0]?.[1]).toBeCloseTo(30, 6);
  });

  it('keeps the records before a truncated one, with a warning', () => {
    const result = readShapefileParts(fixtureParts('truncated'));
    expect(result.ok).toBe(true);
    expect(result.value?.features).toHaveLength(3);
    const truncated = result.problems.find((problem) => problem.code === 'shp-record-truncated');
    expect(truncated).toMatchObject({ severity: 'warning', params: { recordsRead: 3 } });
  });

  it('opens geometry without a .dbf, and warns about mismatched record counts', () => {
    const noDbf = readShapefileParts(fixtureParts('no-dbf'));
    expect(noDbf.ok).toBe(true);
    expect(noDbf.value?.features[0]?.properties).toEqual({});
    expect(codes(noDbf.problems)).toEqual(['dbf-missing']);
    const mismatch = readShapefileParts(fixtureParts('count-mismatch'));
    expect(mismatch.value?.features).toHaveLength(4);
    expect(mismatch.value?.features[2]?.geometry).toBeNull();
    expect(
      mismatch.problems.find((problem) => problem.code === 'dbf-record-count-mismatch')?.params,
    ).toEqual({
      shapeRecords: 4,
      tableRecords: 2,
    });
  });

  it('refuses a .dbf alone', () => {
    const result = readShapefileParts(fixtureParts('dbf-only'));
    expect(result).toMatchObject({ ok: false, value: null });
    expect(codes(result.problems)).toEqual(['shp-missing']);
  });
});

describe('readShapefileZip', () => {
  it('reads a zip with GBK text, folders and upper-case extensions', () => {
    const result = readShapefileZip(fixtureBytes('roads-gbk.zip'));
    expect(result.ok).toBe(true);
    expect(result.value?.features[0]?.properties?.LXMC).toBe('永明至花园');
    expect((result.value?.features[1]?.geometry as MultiLineString).coordinates).toHaveLength(2);
  });

  it('gives each bad zip its own problem, without throwing', () => {
    expect(codes(readShapefileZip(fixtureBytes('no-shp.zip')).problems)).toEqual(['zip-no-layer']);
    expect(codes(readShapefileZip(fixtureBytes('bomb-size.zip')).problems)).toEqual([
      'zip-too-large',
    ]);
    expect(codes(readShapefileZip(fixtureBytes('bomb-ratio.zip')).problems)).toEqual([
      'zip-ratio-too-high',
    ]);
    expect(codes(readShapefileZip(fixtureBytes('roads.kml')).problems)).toEqual(['zip-unreadable']);
  });
});
