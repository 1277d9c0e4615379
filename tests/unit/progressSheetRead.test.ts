import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProgressSheet } from '../../src/data/sheets/readProgressSheet.ts';
import { PROGRESS_COLUMNS } from '../../src/data/sheets/progressRow.ts';
import { readWorkbook } from '../../src/data/sheets/readWorkbook.ts';
import { encodeUtf8 } from '../fixtures/formats/encodeText.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/sheets');

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

describe('progress.xlsx', async () => {
  const result = await readProgressSheet(fixture('progress.xlsx'), 'progress.xlsx');
  const row = (sourceRow: number) => result.rows.find((each) => each.sourceRow === sourceRow);

  it('takes the sheet whose header is recognised, below two title rows', () => {
    expect(result.ok).toBe(true);
    expect(result.sheetName).toBe('进度');
    expect(result.headerRow).toBe(3);
  });

  it('recognises every column, units in headers included', () => {
    expect(Object.keys(result.columns).sort()).toEqual([...PROGRESS_COLUMNS].sort());
    expect(result.columns.completed_km).toBe('完成里程(公里)');
    expect(result.columns.guard_required_km).toBe('需防护里程（km）');
    expect(result.columns.investment_wan).toBe('投资（万元）');
  });

  it('reads a full row', () => {
    expect(row(4)).toEqual({
      sourceRow: 4,
      route: 'X085',
      fromKm: 12.3,
      toKm: 15.8005,
      project: '永百路提档升级',
      status: 'construction',
      completedKm: 2.5,
      year: 2023,
      towns: ['城关镇', '白马乡'],
      investmentWan: 1200,
      work: 'road',
      updated: '2023-03-31',
      note: '三月',
    });
  });

  it('reads chainages in several forms', () => {
    expect([row(5)?.fromKm, row(5)?.toKm]).toEqual([391.4, 392]);
    expect([row(6)?.fromKm, row(6)?.toKm]).toEqual([1.2, 3.45]);
    expect([row(7)?.fromKm, row(7)?.toKm]).toEqual([0, 2.5]);
    expect(row(5)?.route).toBe('G247');
  });

  it('reads dates as date cells, serial numbers and text', () => {
    expect([4, 5, 6, 7, 8].map((sourceRow) => row(sourceRow)?.updated)).toEqual([
      '2023-03-31',
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-31',
    ]);
  });

  it("reads formulas' cached values", () => {
    expect(row(5)?.completedKm).toBe(0.6);
    expect(row(6)?.guardKm).toBe(2.25);
  });

  it('reads status and work words, Traditional characters included', () => {
    expect(row(8)?.status).toBe('open');
    expect(row(8)?.work).toBe('bridge');
    expect(row(6)?.work).toBe('guard');
    expect(row(7)?.status).toBe('completed');
  });

  it('leaves out rows with problems, with their row numbers and reasons', () => {
    expect(result.rows.map((each) => each.sourceRow)).toEqual([4, 5, 6, 7, 8]);
    expect(
      result.problems.map(({ sourceRow, code, severity }) => ({ sourceRow, code, severity })),
    ).toEqual([
      { sourceRow: 9, code: 'row-chainage-unreadable', severity: 'error' },
      { sourceRow: 10, code: 'row-from-after-to', severity: 'error' },
      { sourceRow: 11, code: 'row-status-unknown', severity: 'error' },
      { sourceRow: 12, code: 'row-route-missing', severity: 'error' },
    ]);
    expect(result.problems[0]?.params).toEqual({ column: 'from', value: 'K1+2' });
    expect(result.problems[1]?.params).toEqual({ fromKm: 5, toKm: 3 });
    expect(result.problems[2]?.params).toMatchObject({ value: '暂停' });
  });
});

describe('the workbook as read-excel-file gives it', () => {
  it('gives a date cell as a Date, a plain serial as a number, a merged title once', async () => {
    const sheets = await readWorkbook(fixture('progress.xlsx'));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['说明', '进度']);
    const rows = sheets[1]?.rows ?? [];
    expect(rows[3]?.[12]).toEqual(new Date(Date.UTC(2023, 2, 31)));
    expect(rows[6]?.[12]).toBe(45107);
    expect(rows[0]?.slice(1).every((cell) => cell === null)).toBe(true);
  });
});

describe('CSV files', () => {
  it('reads GBK with CRLF and quoted commas', async () => {
    const result = await readProgressSheet(fixture('progress-gbk.csv'), 'progress-gbk.csv');
    expect(result.ok).toBe(true);
    expect(result.headerRow).toBe(1);
    expect(result.columns).toMatchObject({ route: '路线代码', from: '起点', to: '止点' });
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]).toMatchObject({
      sourceRow: 2,
      route: 'X085',
      project: '永百路提档升级',
      towns: ['城关镇', '白马乡'],
      status: 'construction',
      completedKm: 1.5,
    });
    expect(result.rows[1]).toMatchObject({ project: '安防工程,二期', updated: '2023-06-30' });
    expect(result.problems).toEqual([
      expect.objectContaining({ sourceRow: 4, code: 'row-from-after-to' }),
    ]);
  });

  it('reads UTF-8 with a BOM and English headers', async () => {
    const result = await readProgressSheet(
      fixture('progress-utf8-bom.csv'),
      'progress-utf8-bom.csv',
    );
    expect(result.ok).toBe(true);
    expect(result.columns.route).toBe('route');
    expect(result.rows).toEqual([
      {
        sourceRow: 2,
        route: 'S209',
        fromKm: 10,
        toKm: 12,
        status: 'construction',
        completedKm: 0.8,
        updated: '2023-02-28',
        note: 'first, second "quoted"\nline two',
      },
      {
        sourceRow: 3,
        route: 'S209',
        fromKm: 12,
        toKm: 13.5,
        status: 'open',
        updated: '2023-02-28',
      },
    ]);
  });

  it('reads UTF-8 without a BOM', async () => {
    const bytes = encodeUtf8('路线编码,起点桩号,止点桩号\nX001,K0+000,K1+500\n');
    const result = await readProgressSheet(bytes, '进度.csv');
    expect(result.rows).toEqual([{ sourceRow: 2, route: 'X001', fromKm: 0, toKm: 1.5 }]);
  });
});

describe('sheets that cannot be read', () => {
  it.each(['no-header.xlsx', 'no-header.csv'])(
    '%s says which headers it looked for',
    async (name) => {
      const result = await readProgressSheet(fixture(name), name);
      expect(result.ok).toBe(false);
      expect(result.headerRow).toBeNull();
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.code).toBe('sheet-no-header');
      const expected = String(result.problems[0]?.params.expected);
      for (const header of ['路线编码', '起点桩号', '止点桩号', '建设状态', 'completed_km']) {
        expect(expected).toContain(header);
      }
    },
  );

  it('names the required columns a header lacks', async () => {
    const result = await readProgressSheet(encodeUtf8('路线编码,项目名称\nX001,甲\n'), 'a.csv');
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({
      code: 'sheet-columns-missing',
      params: { missing: '起点桩号/from, 止点桩号/to' },
    });
  });

  it('reports empty, .xls, unknown and damaged files', async () => {
    const codes = await Promise.all(
      [
        [new Uint8Array(), 'a.xlsx'],
        [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]), 'a.xls'],
        [encodeUtf8('hello'), 'a.pdf'],
        [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.xlsx'],
      ].map(async ([bytes, name]) => {
        const result = await readProgressSheet(bytes as Uint8Array, name as string);
        return result.problems[0]?.code;
      }),
    );
    expect(codes).toEqual([
      'sheet-file-empty',
      'sheet-xls-unsupported',
      'sheet-format-unknown',
      'sheet-xlsx-unreadable',
    ]);
  });
});
