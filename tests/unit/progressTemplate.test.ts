/**
 * The progress sheet template (进度填报模板.xlsx): read back with the real sheet reader, its
 * header is recognised and its example row read; the status drop-down is in the sheet's XML.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listValidationXml } from '../../src/data/sheets/listValidation.ts';
import { readProgressSheet } from '../../src/data/sheets/readProgressSheet.ts';
import { PROGRESS_FILE_TEXT } from '../../src/i18n/progressText.ts';
import { progressTemplate } from '../../src/state/progressFiles.ts';

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

function sheetXml(bytes: Uint8Array): string {
  const file = unzipSync(bytes)['xl/worksheets/sheet1.xml'];
  if (file === undefined) throw new Error('no sheet1.xml in the workbook');
  return strFromU8(file);
}

describe('the progress sheet template', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`reads back in ${locale}: header below the title, the example row`, async () => {
      const blob = await progressTemplate(locale);
      expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const sheet = await readProgressSheet(
        await bytesOf(blob),
        PROGRESS_FILE_TEXT[locale].templateFileName,
      );
      expect(sheet.ok).toBe(true);
      expect(sheet.problems).toEqual([]);
      expect(sheet.sheetName).toBe(PROGRESS_FILE_TEXT[locale].templateSheetName);
      expect(sheet.headerRow).toBe(2);
      expect(Object.keys(sheet.columns)).toHaveLength(14);
      expect(sheet.rows).toEqual([
        expect.objectContaining({
          sourceRow: 3,
          route: 'G247',
          fromKm: 391.4,
          toKm: 393,
          status: 'construction',
          completedKm: 0.8,
          year: 2023,
          work: 'road',
          updated: '2023-06-30',
        }),
      ]);
    });
  }

  it('offers the status words as a drop-down on the status column', async () => {
    const xml = sheetXml(await bytesOf(await progressTemplate('zh')));
    expect(xml).toMatch(
      /<\/sheetData><dataValidations count="1"><dataValidation type="list"[^>]* sqref="E3:E\d+"><formula1>"规划,储备,前期,在建,完工,通车"<\/formula1>/,
    );
    const english = sheetXml(await bytesOf(await progressTemplate('en')));
    expect(english).toContain(
      '<formula1>"planned,preliminary,construction,completed,open"</formula1>',
    );
  });

  it('refuses a list Excel cannot hold inline', () => {
    const list = { columnIndex: 0, fromRowIndex: 1, toRowIndex: 9 };
    expect(() => listValidationXml([{ ...list, words: ['a,b'] }])).toThrow();
    expect(() => listValidationXml([{ ...list, words: ['x'.repeat(256)] }])).toThrow();
    expect(listValidationXml([{ ...list, words: ['在建', 'A&B'] }])).toBe(
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="A2:A10"><formula1>"在建,A&amp;B"</formula1></dataValidation></dataValidations>',
    );
  });
});
