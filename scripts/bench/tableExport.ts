/**
 * Micro-benchmark of the table files: an XLSX (write-excel-file, as the app writes it) and a
 * CSV of a grouped table of 10,000 rows and the 11 columns of a two-level table, median of a
 * few runs. The budget is 2 s for the XLSX (issue 19).
 *
 * Run with `npx tsx scripts/bench/tableExport.ts [--rows 10000] [--runs 5]`.
 */
import { performance } from 'node:perf_hooks';
import { sheetCsv } from '../../src/data/export/csvText.ts';
import type { TableSheet } from '../../src/data/export/tableSheet.ts';
import { sheetsXlsx } from '../../src/data/export/xlsxWorkbook.ts';
import { median } from './median.ts';

const BUDGET_MS = 2000;

function argument(flag: string, fallback: number): number {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? Number(process.argv[index + 1] ?? fallback) : fallback;
}

const rowCount = argument('--rows', 10_000);
const runs = argument('--runs', 5);
const sheet: TableSheet = {
  name: '乡镇 × 路线',
  title: 'XX县路网（示例） · 筛选：无 · 截至：全部记录',
  headers: [
    '乡镇',
    '路线',
    '路段数',
    '里程（km）',
    '项目里程（km）',
    '已建成（km）',
    '完成率（%）',
  ],
  rows: Array.from({ length: rowCount }, (_, row) => [
    `乡镇${row % 25}`,
    `C${String(row).padStart(5, '0')}`,
    1 + (row % 7),
    (row * 0.37) % 50,
    (row * 0.21) % 30,
    (row * 0.13) % 20,
    (row * 7) % 100,
  ]),
  decimals: [null, null, 0, 2, 2, 2, 2],
};

const xlsxTimes: number[] = [];
const csvTimes: number[] = [];
let bytes = 0;
for (let run = 0; run < runs; run++) {
  let start = performance.now();
  const blob = await sheetsXlsx([sheet]);
  xlsxTimes.push(performance.now() - start);
  bytes = blob.size;
  start = performance.now();
  sheetCsv(sheet);
  csvTimes.push(performance.now() - start);
}
const xlsxMs = median(xlsxTimes);
console.log(`XLSX of ${rowCount} rows: ${xlsxMs.toFixed(0)} ms (${(bytes / 1024).toFixed(0)} KiB)`);
console.log(`CSV of ${rowCount} rows: ${median(csvTimes).toFixed(0)} ms`);
console.log(`budget ${BUDGET_MS} ms for the XLSX`);
if (xlsxMs > BUDGET_MS) process.exitCode = 1;
