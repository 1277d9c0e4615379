import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import type { LineString, MultiLineString } from 'geojson';
import { sniffFormat } from '../../src/data/read/sniffFormat.ts';
import { readKml, readKmz } from '../../src/data/read/readKml.ts';
import { wrapBareGeometry } from '../../src/data/read/bareGeometry.ts';
import { prjToProj4 } from '../../src/data/read/prjToProj4.ts';
import { chooseDbfEncoding, encodingFromCpg } from '../../src/data/read/dbfEncoding.ts';
import { READ_PROBLEM_CODES } from '../../src/contract/readProblemCodes.ts';
import { READ_PROBLEM_SENTENCES } from '../../src/i18n/readProblems.ts';
import { PRJ } from '../fixtures/formats/prjTexts.ts';
import { fixtureBytes, fixtureParts } from './readFixtures.ts';

const codes = (problems: { code: string }[]) => problems.map((problem) => problem.code);
const named = (name: string, path = name) => ({ name, bytes: fixtureBytes(path) });

describe('sniffFormat', () => {
  it('tells formats by content, whatever the names say', async () => {
    expect(await sniffFormat(fixtureParts('gbk-cpg936'))).toBe('shapefile');
    expect(await sniffFormat([named('download.bin', 'roads-gbk.zip')])).toBe('shapefile-zip');
    expect(await sniffFormat([named('roads.zip', 'roads.kmz')])).toBe('kmz');
    expect(await sniffFormat([named('roads.txt', 'roads.kml')])).toBe('kml');
    expect(await sniffFormat([named('no-shp.zip')])).toBe('zip-other');
    expect(await sniffFormat(fixtureParts('dbf-only'))).toBe('shapefile-without-shp');
    const json = {
      name: 'x.kml',
      bytes: new TextEncoder().encode('\uFEFF  {"type":"LineString"}'),
    };
    expect(await sniffFormat([json])).toBe('geojson');
    expect(await sniffFormat([{ name: 'a.shp', bytes: new Uint8Array() }])).toBe('empty');
    expect(await sniffFormat([{ name: 'a.json', bytes: new TextEncoder().encode('hello') }])).toBe(
      'unknown',
    );
  });
});

describe('readKml', () => {
  it('keeps names and ExtendedData, joins MultiGeometry lines and drops heights and styles', () => {
    for (const result of [readKml(fixtureBytes('roads.kml')), readKmz(fixtureBytes('roads.kmz'))]) {
      expect(result.ok).toBe(true);
      const [first, second, bridge] = result.value?.features ?? [];
      expect(first?.properties).toEqual({ name: '永明至花园', LXBM: 'X396360726', JSDJ: 4 });
      expect((first?.geometry as LineString).coordinates[0]).toEqual([105, 30]);
      expect(second?.properties).toEqual({ name: '花园至青山村', 路线编码: 'Y005', QDZH: '3.2' });
      expect((second?.geometry as MultiLineString).coordinates).toHaveLength(2);
      expect(bridge?.geometry?.type).toBe('Point');
      expect(result.problems).toEqual([]);
    }
  });

  it('reports a KML without lines, an empty one and broken XML', () => {
    const pointsOnly = readKml(fixtureBytes('points-only.kml'));
    expect(pointsOnly.ok).toBe(true);
    expect(pointsOnly.problems).toMatchObject([{ code: 'kml-no-lines', severity: 'warning' }]);
    const empty = readKml(fixtureBytes('empty.kml'));
    expect(empty).toMatchObject({
      ok: false,
      problems: [{ code: 'kml-no-lines', severity: 'error' }],
    });
    expect(codes(readKml(fixtureBytes('broken.kml')).problems)).toEqual(['kml-unreadable']);
    expect(codes(readKmz(fixtureBytes('no-shp.zip')).problems)).toEqual(['zip-no-layer']);
  });
});

describe('wrapBareGeometry', () => {
  it('wraps a bare geometry and a lone Feature with a warning', () => {
    const line = wrapBareGeometry({
      type: 'LineString',
      coordinates: [
        [105, 30],
        [105.1, 30.1],
      ],
    });
    expect(line.value?.features).toHaveLength(1);
    expect(line.problems).toMatchObject([{ code: 'geometry-wrapped', severity: 'warning' }]);
    const collection = wrapBareGeometry({
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'LineString',
          coordinates: [
            [105, 30],
            [105.1, 30.1],
          ],
        },
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [105, 30],
              [105.1, 30.1],
            ],
          ],
        },
      ],
    });
    expect(collection.value?.features.map((feature) => feature.geometry?.type)).toEqual([
      'LineString',
      'MultiLineString',
    ]);
    const feature = wrapBareGeometry({
      type: 'Feature',
      id: 7,
      properties: { name: '甲' },
      geometry: null,
    });
    expect(feature.value?.features[0]).toMatchObject({ id: 7, properties: { name: '甲' } });
    expect(codes(wrapBareGeometry({ type: 'LineString', coordinates: [1, 2] }).problems)).toEqual([
      'geometry-invalid',
    ]);
  });
});

describe('prjToProj4', () => {
  const within1M = (definition: string, reference: string, lonLat: [number, number]) => {
    const [x1, y1] = proj4('EPSG:4326', definition, lonLat) as [number, number];
    const [x2, y2] = proj4('EPSG:4326', reference, lonLat) as [number, number];
    return Math.hypot(x1 - x2, y1 - y2);
  };

  it('reads Gauss–Krüger with and without the zone number, agreeing with proj4 own WKT reading', () => {
    const zone = prjToProj4(PRJ.cgcs2000Zone35);
    expect(zone.definition).toContain('+x_0=35500000');
    expect(within1M(zone.definition ?? '', PRJ.cgcs2000Zone35, [105.3, 30.2])).toBeLessThan(1);
    const cm = prjToProj4(PRJ.cgcs2000Cm105);
    expect(cm.definition).toContain('+x_0=500000');
    expect(cm.definition).toContain('+lon_0=105');
    expect(zone.problems).toEqual([]);
  });

  it('reads geographic systems and Web Mercator', () => {
    expect(prjToProj4(PRJ.wgs84)).toMatchObject({
      kind: 'lonlat',
      definition: '+proj=longlat +datum=WGS84 +no_defs',
    });
    expect(prjToProj4(PRJ.cgcs2000).kind).toBe('lonlat');
    const mercator = prjToProj4(PRJ.webMercator);
    expect(mercator.kind).toBe('web-mercator');
    expect(within1M(mercator.definition ?? '', 'EPSG:3857', [105, 30])).toBeLessThan(1);
  });

  it("warns that Xi'an 1980 is approximate, and asks for the system when unreadable", () => {
    const xian = prjToProj4(PRJ.xian80Zone35);
    expect(xian.definition).toContain('+a=6378140');
    expect(xian.problems).toMatchObject([
      { code: 'prj-approximate', params: { datum: 'xian1980' } },
    ]);
    const unreadable = prjToProj4(PRJ.unreadable);
    expect(unreadable.definition).toBeNull();
    expect(unreadable.problems).toMatchObject([{ code: 'prj-unreadable', severity: 'error' }]);
  });

  it('hands other projections to proj4 own WKT parser', () => {
    const albers =
      'PROJCS["Asia_North_Albers_Equal_Area_Conic",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Albers"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",95.0],PARAMETER["Standard_Parallel_1",15.0],PARAMETER["Standard_Parallel_2",65.0],PARAMETER["Latitude_Of_Origin",30.0],UNIT["Meter",1.0]]';
    expect(prjToProj4(albers)).toMatchObject({ kind: 'other', definition: albers });
  });
});

describe('dbf encoding', () => {
  it('maps .cpg spellings to names TextDecoder accepts', () => {
    const cases: Record<string, string> = {
      '936': 'gbk',
      CP936: 'gbk',
      GB2312: 'gbk',
      GB18030: 'gb18030',
      'UTF-8': 'utf-8',
      UTF8: 'utf-8',
      '65001': 'utf-8',
      '1252': 'windows-1252',
    };
    for (const [cpg, encoding] of Object.entries(cases))
      expect(encodingFromCpg(cpg)).toBe(encoding);
    expect(encodingFromCpg('nonsense')).toBeNull();
  });

  it('reports an unknown .cpg and goes on to the next rule', () => {
    const choice = chooseDbfEncoding({
      cpgText: 'OEM',
      languageDriver: 0x4d,
      textSamples: () => [],
    });
    expect(choice).toEqual({ encoding: 'gbk', source: 'language-byte', unknownCpg: 'OEM' });
  });
});

describe('reader problem sentences', () => {
  it('has a Chinese and an English sentence for every code', () => {
    for (const code of READ_PROBLEM_CODES) {
      const sentences = READ_PROBLEM_SENTENCES[code];
      expect(sentences?.zh({}), code).toMatch(/[\u4e00-\u9fff]/);
      expect(sentences?.en({ name: 'a' }), code).toMatch(/[A-Za-z]/);
    }
  });
});
