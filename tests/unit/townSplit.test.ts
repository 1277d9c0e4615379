/**
 * Roads split at town boundaries: on the sample county with its synthetic boundaries, the towns
 * add up exactly to the county (km, completed km, guard km), a town filter's statistics equal
 * the town's row, and each road lies mostly in a town its `towns` names. The cut itself on a
 * line across two squares.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawTownsFromSplit, townAreasOf } from '../../src/data/worker/townBoundaries.ts';
import { groupTable } from '../../src/domain/groupTable.ts';
import { SegmentIndex, segmentColumns } from '../../src/domain/segmentIndex.ts';
import { OUTSIDE, townArea, townLookup } from '../../src/domain/townAreas.ts';
import { columnsInTowns, splitColumnsAtTowns } from '../../src/domain/townColumns.ts';
import { townPieces } from '../../src/domain/townPieces.ts';
import { preparedSample } from './preparedSample.ts';
import { sampleTownBoundaries } from '../../scripts/sample/townBoundaries.ts';

const MM_PER_KM = 1_000_000;
const mm = (km: number) => Math.round(km * MM_PER_KM);

describe('townPieces', () => {
  const west = townArea('西镇', [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ]);
  const east = townArea('东镇', [
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ],
  ]);

  it('cuts an edge where it crosses from one town into the next', () => {
    const pieces = townPieces(
      {
        type: 'LineString',
        coordinates: [
          [0.5, 0.5],
          [1.5, 0.5],
        ],
      },
      townLookup([west, east]),
    );
    expect(pieces.map((piece) => piece.town)).toEqual([0, 1]);
    expect(pieces[0]!.lengthKm).toBeCloseTo(pieces[1]!.lengthKm, 3);
  });

  it('keeps the stretch outside every town as its own piece', () => {
    const pieces = townPieces(
      {
        type: 'LineString',
        coordinates: [
          [1.5, 0.5],
          [2.5, 0.5],
        ],
      },
      townLookup([west, east]),
    );
    expect(pieces.map((piece) => piece.town)).toEqual([1, OUTSIDE]);
  });
});

describe('the sample county split at its synthetic town boundaries', () => {
  const dataset = preparedSample();
  const text = readFileSync(new URL('../../public/sample/towns.geojson', import.meta.url), 'utf8');
  const areas = townAreasOf(JSON.parse(text));
  const plain = segmentColumns(dataset.segments);
  const lookup = townLookup(areas);
  const pieces = dataset.lines.map((line) => townPieces(line, lookup));
  const columns = splitColumnsAtTowns(
    plain,
    pieces,
    areas.map((area) => area.name),
  );
  const index = new SegmentIndex(columns);
  const summary = index.summary(null);

  it('ships the boundaries npm run sample writes from the county context', () => {
    const context = readFileSync(
      new URL('../../public/sample/context.geojson', import.meta.url),
      'utf8',
    );
    expect(
      sampleTownBoundaries(context) === text,
      'towns.geojson is stale: run npm run sample',
    ).toBe(true);
    expect(JSON.parse(text).roadboard.synthetic).toBe(true);
  });

  it('has a boundary for each of the 25 towns the roads name', () => {
    const named = new Set(dataset.segments.flatMap((segment) => segment.properties.towns));
    expect(areas.map((area) => area.name).sort()).toEqual([...named].sort());
  });

  it('puts every road inside the boundaries', () => {
    const outsideKm = pieces
      .flat()
      .filter((piece) => piece.town === OUTSIDE)
      .reduce((sum, piece) => sum + piece.lengthKm, 0);
    expect(outsideKm).toBeLessThan(0.5);
  });

  it('adds the towns up exactly to the county: km, completed km, guard km', () => {
    const table = groupTable(columns, null, ['town']);
    expect(table.townsSplit).toBe(true);
    expect(table.townsOverlap).toBe(false);
    const rows = table.rows;
    expect(rows.reduce((sum, row) => sum + mm(row.lengthKm), 0)).toBe(mm(summary.lengthKm));
    expect(rows.reduce((sum, row) => sum + mm(row.completedKm), 0)).toBe(mm(summary.completedKm));
    expect(rows.reduce((sum, row) => sum + mm(row.guardKm), 0)).toBe(mm(summary.guardKm));
    expect(rows.reduce((sum, row) => sum + mm(row.guardRequiredKm), 0)).toBe(
      mm(summary.guardRequiredKm),
    );
    expect(summary.lengthKm.toFixed(2)).toBe('3592.57');
  });

  it("gives a town filter's statistics the town's row", () => {
    const rows = groupTable(columns, null, ['town']).rows;
    for (const town of ['永明镇', '建平镇', '县城']) {
      const row = rows.find((candidate) => candidate.keys[0] === town)!;
      const inTown = new SegmentIndex(columnsInTowns(columns, [town]));
      const figures = inTown.summary(inTown.kept({ towns: [town] }));
      expect([figures.lengthKm, figures.completedKm, figures.guardKm]).toEqual([
        row.lengthKm,
        row.completedKm,
        row.guardKm,
      ]);
    }
  });

  it('shares out the columns of the moment (an as-of date replaces completed lengths)', () => {
    const allBuilt = { ...columns, completedMm: columns.lengthMm.slice() };
    const built = groupTable(allBuilt, null, ['town']);
    const builtMm = built.rows.reduce((sum, row) => sum + mm(row.completedKm), 0);
    expect(builtMm).toBe(mm(built.totals.completedKm));
    expect(built.totals.completedKm).toBeGreaterThan(summary.completedKm + 1000);
    const noneBuilt = { ...columns, completedMm: new Float64Array(columns.size) };
    for (const row of groupTable(noneBuilt, null, ['town']).rows) expect(row.completedKm).toBe(0);
  });

  it('gives each drawn road the towns its line runs through, as the columns count them', () => {
    const roads = structuredClone(dataset.roads);
    drawTownsFromSplit(roads, { pieces, names: areas.map((area) => area.name) });
    for (const road of roads.features) {
      const i = Number(road.id);
      const counted = [
        ...columns.townCodes.subarray(columns.townStart[i], columns.townStart[i + 1]),
      ]
        .map((code) => columns.towns[code]!)
        .sort();
      expect(road.properties.townsKey.split('|').filter(Boolean).sort()).toEqual(counted);
    }
  });

  it('counts the towns a project serves by the towns its roads name: 24 and 17', () => {
    const served = (project: string) => index.summary(index.kept({ projects: [project] })).towns;
    expect(served('撤并建制村畅通工程')).toHaveLength(24);
    expect(served('自然村通硬化路')).toHaveLength(17);
  });

  it('lays most of each road in a town its properties name', () => {
    let agreeing = 0;
    dataset.segments.forEach((segment, i) => {
      const longest = [...pieces[i]!].sort((a, b) => b.lengthKm - a.lengthKm)[0];
      const name = longest && longest.town !== OUTSIDE ? areas[longest.town]!.name : null;
      if (name !== null && segment.properties.towns.includes(name)) agreeing++;
    });
    expect(agreeing / dataset.segments.length).toBeGreaterThan(0.9);
  });
});
