/**
 * `npm run bench:formats [-- --segments 100000] [--runs 2] [--skip-build]`: how long the app
 * takes to open the same synthetic network as GeoJSON and as a zipped shapefile (.shp .shx .dbf
 * .prj .cpg, GBK text). Issue 16: the shapefile opens within 1.5× the GeoJSON's time.
 *
 * Each run is a fresh Chromium on the app (the sample county, waited for); the file's bytes are
 * fetched from the bench server into the page and made a `File` before the clock starts; the time
 * is `window.roadboard.load(file)` → its report (the data loaded, drawn and the map idle). Runs
 * alternate GeoJSON, shapefile, GeoJSON, shapefile … Prints the medians and the ratio; exits 1
 * when the shapefile is over 1.5× the GeoJSON.
 *
 * The network has no points: a shapefile holds one geometry type, and both files must hold the
 * same data. The .dbf field names are the contract's, cut to 10 bytes as shapefile writers do.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
// Brings the type of `window.roadboard` into scope; nothing of the app runs in Node.
import type {} from '../../src/api/automation.ts';
import { generateNetwork } from '../sample/syntheticNetwork.ts';
import { encodeText } from '../../tests/fixtures/formats/encodeText.ts';
import { PRJ } from '../../tests/fixtures/formats/prjTexts.ts';
import { writeDbf, type FieldSpec } from '../../tests/fixtures/formats/writeShapefile.ts';
import { launchBrowser, openBenchPage, withTimeout } from './browser.ts';
import { takeBenchLock } from './lock.ts';
import { median } from './median.ts';
import { APP_BUILD_DIRECTORY, DATA_DIRECTORY } from './paths.ts';
import { buildApp, NETWORK_SEED } from './prepare.ts';
import { startServer, type StaticServer } from './server.ts';

/** Issue 16's budget: shapefile time ÷ GeoJSON time. */
const MAX_RATIO = 1.5;
const LOAD_TIMEOUT_MS = 600_000;

type Format = 'geojson' | 'shapefile';

interface Options {
  segments: number;
  runs: number;
  skipBuild: boolean;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = { segments: 100_000, runs: 2, skipBuild: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const value = () => {
      const number = Number(args[++index]);
      if (!Number.isInteger(number) || number < 1) throw new Error(`${arg} needs a whole number`);
      return number;
    };
    if (arg === '--segments') options.segments = value();
    else if (arg === '--runs') options.runs = Math.max(2, value());
    else if (arg === '--skip-build') options.skipBuild = true;
    else throw new Error(`unknown option ${arg}; use --segments N, --runs N, --skip-build`);
  }
  return options;
}

function log(message: string): void {
  console.log(`[bench:formats] ${message}`);
}

type Row = Record<string, string | number>;

/** A property value as a .dbf cell: lists joined with 、, absent values left out. */
function cellOf(value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'number') return value;
  return String(value);
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

/** Columns wide enough for every value: N where every value is a number, else C. */
function fieldsOf(rows: readonly Row[], names: readonly string[]): FieldSpec[] {
  return names.map((name) => {
    const values = rows.map((row) => row[name]).filter((value) => value !== undefined);
    if (values.length > 0 && values.every((value) => typeof value === 'number')) {
      const numbers = values as number[];
      const decimals = numbers.reduce((most, value) => Math.max(most, decimalsOf(value)), 0);
      const width = numbers.reduce(
        (most, value) => Math.max(most, value.toFixed(decimals).length),
        1,
      );
      return { name, type: 'N', lengthBytes: Math.min(20, width + 1), decimals };
    }
    const width = values.reduce<number>(
      (most, value) => Math.max(most, encodeText(String(value), 'gbk').length),
      1,
    );
    return { name, type: 'C', lengthBytes: Math.min(254, width) };
  });
}

const SHP_POLYLINE = 3;

/**
 * The .shp and .shx of single-part PolyLines, written straight into buffers: the fixtures'
 * `writeShp` spreads every position into `Math.min`, which overflows the stack at this size.
 */
function writePolylines(lines: readonly number[][][]): { shp: Uint8Array; shx: Uint8Array } {
  const contentBytes = lines.map((line) => 4 + 32 + 4 + 4 + 4 + 16 * line.length);
  const shpBytes = 100 + contentBytes.reduce((sum, bytes) => sum + 8 + bytes, 0);
  const shxBytes = 100 + 8 * lines.length;
  const shp = new DataView(new ArrayBuffer(shpBytes));
  const shx = new DataView(new ArrayBuffer(shxBytes));
  const total = [Infinity, Infinity, -Infinity, -Infinity];
  const boxes = lines.map((line) => {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x = 0, y = 0] of line) {
      box[0] = Math.min(box[0]!, x);
      box[1] = Math.min(box[1]!, y);
      box[2] = Math.max(box[2]!, x);
      box[3] = Math.max(box[3]!, y);
    }
    for (let index = 0; index < 4; index++)
      total[index] = (index < 2 ? Math.min : Math.max)(total[index]!, box[index]!);
    return box;
  });
  for (const [view, bytes] of [
    [shp, shpBytes],
    [shx, shxBytes],
  ] as const) {
    view.setInt32(0, 9994, false);
    view.setInt32(24, bytes / 2, false);
    view.setInt32(28, 1000, true);
    view.setInt32(32, SHP_POLYLINE, true);
    total.forEach((value, index) => view.setFloat64(36 + 8 * index, value, true));
  }
  let offset = 100;
  lines.forEach((line, index) => {
    shx.setInt32(100 + 8 * index, offset / 2, false);
    shx.setInt32(104 + 8 * index, contentBytes[index]! / 2, false);
    shp.setInt32(offset, index + 1, false);
    shp.setInt32(offset + 4, contentBytes[index]! / 2, false);
    let at = offset + 8;
    shp.setInt32(at, SHP_POLYLINE, true);
    boxes[index]!.forEach((value, corner) => shp.setFloat64(at + 4 + 8 * corner, value, true));
    shp.setInt32(at + 36, 1, true);
    shp.setInt32(at + 40, line.length, true);
    shp.setInt32(at + 44, 0, true);
    at += 48;
    for (const [x = 0, y = 0] of line) {
      shp.setFloat64(at, x, true);
      shp.setFloat64(at + 8, y, true);
      at += 16;
    }
    offset += 8 + contentBytes[index]!;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

/** Writes both files; returns their names and sizes. */
async function writeFiles(
  segments: number,
): Promise<Record<Format, { name: string; bytes: number }>> {
  await mkdir(DATA_DIRECTORY, { recursive: true });
  const network = generateNetwork({ segmentCount: segments, seed: NETWORK_SEED, pointCount: 0 });
  const geojson = JSON.stringify(network);
  const geojsonName = `formats-${segments}.geojson`;
  await writeFile(`${DATA_DIRECTORY}/${geojsonName}`, geojson);

  const lines: number[][][] = [];
  const rows: Row[] = [];
  const names: string[] = [];
  for (const feature of network.features) {
    if (feature.geometry.type !== 'LineString') continue;
    lines.push(feature.geometry.coordinates);
    const row: Row = {};
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      const cell = cellOf(value);
      const name = key.slice(0, 10);
      if (!names.includes(name)) names.push(name);
      if (cell !== undefined) row[name] = cell;
    }
    rows.push(row);
  }
  const { shp, shx } = writePolylines(lines);
  const dbf = writeDbf(fieldsOf(rows, names), rows, 'gbk', 0x4d);
  const zip = zipSync(
    {
      'roads.shp': shp,
      'roads.shx': shx,
      'roads.dbf': dbf,
      'roads.prj': new TextEncoder().encode(PRJ.wgs84),
      'roads.cpg': new TextEncoder().encode('GBK'),
    },
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
  const zipName = `formats-${segments}.zip`;
  await writeFile(`${DATA_DIRECTORY}/${zipName}`, zip);
  return {
    geojson: { name: geojsonName, bytes: Buffer.byteLength(geojson) },
    shapefile: { name: zipName, bytes: zip.length },
  };
}

interface OpenResult {
  ms: number;
  ok: boolean;
  segments: number;
  format: string | null;
  encoding: string | null;
  mapping: unknown;
  errors: number;
  warnings: number;
}

/** One run: a fresh browser, the app ready on its sample, then the file opened and timed. */
async function openOnce(server: StaticServer, fileName: string): Promise<OpenResult> {
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const { page, context, errors } = await openBenchPage(browser, server.origin);
    await page.goto(`${server.origin}/`);
    await withTimeout(
      page.evaluate(() => window.roadboard.ready),
      LOAD_TIMEOUT_MS,
      'the app on its sample',
    );
    const result = await withTimeout(
      page.evaluate(async (name) => {
        const response = await fetch(`/data/${name}`);
        const file = new File([await response.arrayBuffer()], name);
        const start = performance.now();
        const report = await window.roadboard.load(file);
        const ms = performance.now() - start;
        return {
          ms,
          ok: report.ok,
          segments: report.segments,
          format: report.format,
          encoding: report.encoding,
          mapping: report.mapping,
          errors: report.errors.length,
          warnings: report.warnings.length,
        };
      }, fileName),
      LOAD_TIMEOUT_MS,
      `opening ${fileName}`,
    );
    if (errors.length > 0) log(`page errors: ${errors.join(' | ')}`);
    await context.close();
    return result;
  } finally {
    await browser?.close();
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  await takeBenchLock((pid) => log(`another benchmark (pid ${pid}) is running; waiting for it`));
  if (!options.skipBuild) {
    log('building the app');
    await buildApp();
  }
  log(`writing ${options.segments} segments as GeoJSON and as a zipped shapefile`);
  const files = await writeFiles(options.segments);
  for (const format of ['geojson', 'shapefile'] as const)
    log(`${format}: ${files[format].name}, ${(files[format].bytes / 1e6).toFixed(1)} MB`);
  const server = await startServer({ '/': APP_BUILD_DIRECTORY, '/data/': DATA_DIRECTORY });
  const times: Record<Format, number[]> = { geojson: [], shapefile: [] };
  try {
    for (let run = 0; run < options.runs; run++) {
      for (const format of ['geojson', 'shapefile'] as const) {
        const result = await openOnce(server, files[format].name);
        log(
          `run ${run + 1} ${format}: ${result.ms.toFixed(0)} ms (ok ${result.ok}, ` +
            `${result.segments} segments, format ${result.format}, encoding ${result.encoding}, ` +
            `${result.errors} errors, ${result.warnings} warnings)`,
        );
        if (run === 0 && format === 'shapefile') log(`mapping: ${JSON.stringify(result.mapping)}`);
        if (!result.ok || result.segments !== options.segments) {
          log(`${format} did not open with all ${options.segments} segments`);
          return 1;
        }
        times[format].push(result.ms);
      }
    }
  } finally {
    await server.close();
  }
  const geojsonMs = median(times.geojson);
  const shapefileMs = median(times.shapefile);
  const ratio = shapefileMs / geojsonMs;
  const passed = ratio <= MAX_RATIO;
  console.log(
    `\n${options.segments} segments, ${options.runs} runs each (medians):\n` +
      `  GeoJSON   ${geojsonMs.toFixed(0)} ms\n` +
      `  shapefile ${shapefileMs.toFixed(0)} ms\n` +
      `  ratio     ${ratio.toFixed(2)} (budget ≤ ${MAX_RATIO}): ${passed ? 'within' : 'OVER'}\n`,
  );
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
