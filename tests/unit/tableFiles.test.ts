/**
 * The table files and the pieces of the Tables view that need no browser: CSV with a
 * byte-order mark, CRLF and quoting; an XLSX whose numbers read back as numbers with their
 * format, with a frozen title and header and column widths; a row's filter; the chart's bars.
 */
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { sheetCsv } from '../../src/data/export/csvText.ts';
import type { TableSheet } from '../../src/data/export/tableSheet.ts';
import { sheetsXlsx } from '../../src/data/export/xlsxWorkbook.ts';
import { rowFilter } from '../../src/state/tables/rowFilter.ts';
import { barChartLayout } from '../../src/ui/tables/barPairs.ts';

const sheet: TableSheet = {
  name: '乡镇',
  title: 'XX县路网（示例） · 筛选：无 · 截至：全部记录',
  headers: ['乡镇', '路段数', '里程（km）', '完成率（%）'],
  rows: [
    ['永明镇', 12, 17.19, 83.5],
    ['花园镇, "东"', 3, 0.1 + 0.2, null],
    ['合计', 15, 17.49, 83.5],
  ],
  decimals: [null, 0, 2, 2],
};

describe('sheetCsv', () => {
  const text = sheetCsv(sheet);

  it('starts with a byte-order mark and ends each line with CRLF', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes the title, the header, numbers with their decimals and quotes where needed', () => {
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(sheet.title);
    expect(lines[1]).toBe('乡镇,路段数,里程（km）,完成率（%）');
    expect(lines[2]).toBe('永明镇,12,17.19,83.50');
    expect(lines[3]).toBe('"花园镇, ""东""",3,0.30,');
  });
});

describe('sheetsXlsx', () => {
  it('reads back with numbers as numbers, a sheet per table', async () => {
    const blob = await sheetsXlsx([sheet, { ...sheet, name: '乡镇' }]);
    const bytes = Buffer.from(await blob.arrayBuffer());
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((read) => read.sheet)).toEqual(['乡镇', '乡镇 2']);
    const [title, header, first, second] = sheets[0]!.data;
    expect(title![0]).toBe(sheet.title);
    expect(header).toEqual(sheet.headers);
    expect(first).toEqual(['永明镇', 12, 17.19, 83.5]);
    expect(second![3]).toBeNull();
  });

  it('freezes the title and header rows, sets column widths and two-decimal formats', async () => {
    const blob = await sheetsXlsx([sheet]);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="2"[^>]*state="frozen"/);
    const widths = [...sheetXml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(strFromU8(files['xl/styles.xml']!)).toContain('formatCode="0.00"');
  });
});

describe('rowFilter', () => {
  it("narrows the current filter to the row's values, leaving a level with no value", () => {
    expect(rowFilter({ classes: ['village'] }, ['town', 'year'], ['永明镇', '2023'])).toEqual({
      classes: ['village'],
      towns: ['永明镇'],
      years: [2023],
    });
    expect(rowFilter({ projects: ['P'] }, ['project', 'status'], ['', 'open'])).toEqual({
      projects: ['P'],
      statuses: ['open'],
    });
  });
});

describe('barChartLayout', () => {
  it('scales bars to a round end and leaves out groups with nothing to draw', () => {
    const layout = barChartLayout(
      [
        { name: 'a', doneKm: 30, plannedKm: 40 },
        { name: 'b', doneKm: 0, plannedKm: 0 },
        { name: 'c', doneKm: 12, plannedKm: 12 },
      ],
      12,
    );
    expect(layout.maxKm).toBe(50);
    expect(layout.bars.map((bar) => bar.name)).toEqual(['a', 'c']);
    expect(layout.bars[0]!.plannedShare).toBeCloseTo(0.8);
    expect(layout.bars[0]!.doneText).toBe('30.00');
  });
});
