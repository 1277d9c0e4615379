import { describe, expect, it } from 'vitest';
import { SHEET_PROBLEM_CODES } from '../../src/contract/sheetProblemCodes.ts';
import { decodeSheetText } from '../../src/data/sheets/decodeSheetText.ts';
import { parseCsv } from '../../src/data/sheets/parseCsv.ts';
import {
  PROGRESS_HEADER_WORDS,
  columnOfHeader,
  findHeader,
} from '../../src/data/sheets/progressHeader.ts';
import { PROGRESS_COLUMNS } from '../../src/data/sheets/progressRow.ts';
import { chainageKmOf, dateOf, numberOf, yearOf } from '../../src/data/sheets/sheetValues.ts';
import { SHEET_PROBLEM_SENTENCES } from '../../src/i18n/sheetProblems.ts';
import { encodeGbk } from '../fixtures/formats/encodeText.ts';

describe('chainage cells', () => {
  it.each([
    ['K12+300', 12.3],
    ['K12+300.5', 12.3005],
    ['k 12 + 300', 12.3],
    ['Ｋ１２＋３００', 12.3],
    ['12+300', 12.3],
    ['12.3', 12.3],
    [12.3, 12.3],
    [0, 0],
  ])('reads %s as %s km', (cell, km) => {
    expect(chainageKmOf(cell)).toBeCloseTo(km, 9);
  });

  it.each(['K1+2', 'K12', 'abc', '-3', '', null])('reads %s as no chainage', (cell) => {
    expect(chainageKmOf(cell)).toBeUndefined();
  });
});

describe('date cells', () => {
  it.each([
    [new Date(Date.UTC(2023, 2, 31)), '2023-03-31'],
    [45292, '2024-01-01'],
    ['45292', '2024-01-01'],
    ['2023-03-31', '2023-03-31'],
    ['2023/3/31', '2023-03-31'],
    ['2023年3月31日', '2023-03-31'],
    ['20230331', '2023-03-31'],
    ['2023.03', '2023-03-31'],
    ['2023-02', '2023-02-28'],
    ['2024年2月', '2024-02-29'],
  ])('reads %s as %s', (cell, iso) => {
    expect(dateOf(cell)).toBe(iso);
  });

  it.each(['2023-02-30', '2023-13-01', 'soon', '12', null])('reads %s as no date', (cell) => {
    expect(dateOf(cell)).toBeUndefined();
  });
});

describe('numbers and years', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['3.2公里', 3.2],
    ['12 km', 12],
    ['300万元', 300],
    [7, 7],
  ])('reads %s as %s', (cell, number) => {
    expect(numberOf(cell)).toBe(number);
  });

  it('reads no number from words', () => {
    expect(numberOf('约三公里')).toBeUndefined();
    expect(numberOf('1.2.3')).toBeUndefined();
  });

  it('reads years from numbers, text and dates', () => {
    expect(yearOf(2023)).toBe(2023);
    expect(yearOf('2023年度')).toBe(2023);
    expect(yearOf(new Date(Date.UTC(2022, 5, 1)))).toBe(2022);
    expect(yearOf('明年')).toBeUndefined();
  });
});

describe('CSV text', () => {
  it('splits quoted fields holding commas, quotes and line breaks, over CRLF', () => {
    expect(parseCsv('a,"b,c","d ""e"""\r\n1,"2\r\n3",\r\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['1', '2\r\n3', ''],
    ]);
  });

  it('keeps empty lines as empty rows so row numbers hold', () => {
    expect(parseCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('decodes UTF-8 with and without a BOM, and GBK', () => {
    const utf8 = new TextEncoder().encode('路线编码');
    expect(decodeSheetText(utf8)).toEqual({ text: '路线编码', encoding: 'utf-8' });
    expect(decodeSheetText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: '路线编码',
      encoding: 'utf-8',
    });
    expect(decodeSheetText(encodeGbk('路线编码,起点'))).toEqual({
      text: '路线编码,起点',
      encoding: 'gbk',
    });
  });
});

describe('headers', () => {
  it.each([
    ['完成里程(公里)', 'completed_km'],
    ['完成里程（km）', 'completed_km'],
    ['投资万元', 'investment_wan'],
    ['路线代码', 'route'],
    ['开始桩号', 'from'],
    ['结束桩号', 'to'],
    [' Route ', 'route'],
    ['from_km', 'from'],
  ])('reads %s as %s', (header, column) => {
    expect(columnOfHeader(header)).toBe(column);
  });

  it('knows each column by its Chinese and its English name', () => {
    for (const column of PROGRESS_COLUMNS) {
      const [chinese] = PROGRESS_HEADER_WORDS[column];
      expect(columnOfHeader(chinese ?? ''), chinese).toBe(column);
      expect(columnOfHeader(column), column).toBe(column);
    }
  });

  it('finds the row naming the most columns below title rows', () => {
    const header = findHeader([
      ['进度表', null, null],
      ['说明：备注见下', null, null],
      ['路线编码', '起点桩号', '止点桩号'],
      ['X001', 'K0+000', 'K1+000'],
    ]);
    expect(header?.rowIndex).toBe(2);
    expect(header?.cellIndexes).toEqual({ route: 0, from: 1, to: 2 });
  });
});

describe('problem sentences', () => {
  it('has a sentence in both languages for every code', () => {
    for (const code of SHEET_PROBLEM_CODES) {
      const params = { value: 'x', column: 'from', fromKm: 5, toKm: 3, fileName: 'a.xlsx' };
      expect(SHEET_PROBLEM_SENTENCES[code].zh(params), code).toMatch(/[\u4e00-\u9fff]/);
      expect(SHEET_PROBLEM_SENTENCES[code].en(params), code).toMatch(/\b(the|is|was|no)\b/i);
    }
  });

  it('writes from after to with chainages', () => {
    const sentence = SHEET_PROBLEM_SENTENCES['row-from-after-to'].en({ fromKm: 5, toKm: 3.2 });
    expect(sentence).toContain('K5+000');
    expect(sentence).toContain('K3+200');
  });
});
