/**
 * Micro-benchmark of the streaming GeoJSON reader against TextDecoder + JSON.parse of the whole
 * text, on a generated FeatureCollection of LineStrings with Chinese property values.
 *
 * Run with `npx tsx scripts/bench/geojsonStream.ts [--features 100000] [--runs 5]`. The parent
 * writes the file to a temporary folder; each method runs in a child process of its own, so
 * each one's peak resident memory is its own: the figure is the peak of the first read above
 * the memory in use just before it (the file's bytes already loaded).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGeojsonStream } from '../../src/data/read/geojsonStream.ts';

type Method = 'stream' | 'parse';

/** Chunk size of the stream, as a browser's `File.stream()` gives. */
const CHUNK_BYTES = 64 * 1024;
const BYTES_PER_MEGABYTE = 1024 * 1024;

const ROUTE_NAMES = ['城关至白马', '青石岭—下河湾', '新民村通村路', '环湖东路', '滨江大道'];
const GRADES = ['一级', '二级', '三级', '四级', '等外', '高速'];
const STATUSES = ['规划', '在建', '已建', '通车'];

function argument(flag: string, fallback: string): string {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** A deterministic pseudo-random sequence, so every run reads the same file. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** The FeatureCollection text: LineStrings of 10 to 30 points around a county in China. */
function generateCollection(featureCount: number): string {
  const random = randomSequence(20240501);
  const features: string[] = [];
  for (let index = 0; index < featureCount; index++) {
    const pointCount = 10 + Math.floor(random() * 21);
    let longitude = 110 + random() * 5;
    let latitude = 30 + random() * 5;
    const coordinates: number[][] = [];
    for (let point = 0; point < pointCount; point++) {
      longitude += (random() - 0.5) * 0.01;
      latitude += (random() - 0.5) * 0.01;
      coordinates.push([Number(longitude.toFixed(6)), Number(latitude.toFixed(6))]);
    }
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]!;
    const feature = {
      type: 'Feature',
      id: index,
      properties: {
        LXBM: `X${String(index).padStart(6, '0')}360726`,
        LXMC: `${pick(ROUTE_NAMES)}${index}号线`,
        JSDJ: pick(GRADES),
        状态: pick(STATUSES),
        里程公里: Number((random() * 20).toFixed(3)),
        备注: index % 7 === 0 ? '含 "引号" 与 \\ 反斜杠 } ]' : null,
      },
      geometry: { type: 'LineString', coordinates },
    };
    features.push(JSON.stringify(feature));
  }
  return `{"type":"FeatureCollection","name":"县乡道路网","crs":{"type":"name","properties":{"name":"EPSG:4490"}},"features":[\n${features.join(',\n')}\n]}`;
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(offset, offset + CHUNK_BYTES));
      offset += CHUNK_BYTES;
    },
  });
}

async function readOnce(method: Method, bytes: Uint8Array): Promise<{ features: unknown[] }> {
  if (method === 'parse') {
    return JSON.parse(new TextDecoder('utf-8').decode(bytes)) as { features: unknown[] };
  }
  return (await readGeojsonStream(streamOf(bytes))) as { features: unknown[] };
}

interface ChildResult {
  method: Method;
  featureCount: number;
  timesMs: number[];
  peakAboveStartMegabytes: number;
  /** Heap the parsed value holds once garbage is collected: the floor of any peak. */
  resultHeapMegabytes: number;
}

/**
 * In a child process: reads the file `runs` times, then prints the times and the memory of the
 * first run (later runs start on a heap already grown by the earlier ones).
 */
async function child(method: Method, path: string, runs: number): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const residentBeforeBytes = process.memoryUsage().rss;
  const heapBeforeBytes = process.memoryUsage().heapUsed;
  const timesMs: number[] = [];
  let startMs = performance.now();
  const firstValue = await readOnce(method, bytes);
  timesMs.push(performance.now() - startMs);
  const peakResidentBytes = process.resourceUsage().maxRSS * 1024;
  collect?.();
  const resultHeapBytes = process.memoryUsage().heapUsed - heapBeforeBytes;
  const featureCount = firstValue.features.length;
  firstValue.features.length = 0;
  for (let run = 1; run < runs; run++) {
    collect?.();
    startMs = performance.now();
    await readOnce(method, bytes);
    timesMs.push(performance.now() - startMs);
  }
  const result: ChildResult = {
    method,
    featureCount,
    timesMs,
    peakAboveStartMegabytes: (peakResidentBytes - residentBeforeBytes) / BYTES_PER_MEGABYTE,
    resultHeapMegabytes: resultHeapBytes / BYTES_PER_MEGABYTE,
  };
  console.log(JSON.stringify(result));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function runChild(method: Method, path: string, runs: number): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const outcome = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', script, '--child', method, path, String(runs)],
    { encoding: 'utf-8', maxBuffer: 16 * BYTES_PER_MEGABYTE },
  );
  if (outcome.status !== 0) throw new Error(`${method} run failed:\n${outcome.stderr}`);
  const lastLine = outcome.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(lastLine) as ChildResult;
}

async function main(): Promise<void> {
  const childIndex = process.argv.indexOf('--child');
  if (childIndex >= 0) {
    const [method, path, runs] = process.argv.slice(childIndex + 1);
    await child(method as Method, path!, Number(runs));
    return;
  }
  const featureCount = Number(argument('--features', '100000'));
  const runs = Number(argument('--runs', '5'));
  const folder = mkdtempSync(join(tmpdir(), 'geojson-stream-bench-'));
  try {
    const path = join(folder, 'roads.geojson');
    const bytes = new TextEncoder().encode(generateCollection(featureCount));
    writeFileSync(path, bytes);
    const megabytes = (bytes.length / BYTES_PER_MEGABYTE).toFixed(1);
    console.log(`${featureCount} LineStrings, ${megabytes} MB, ${runs} runs per method`);
    const results = (['parse', 'stream', 'parse', 'stream'] as Method[]).map((method) =>
      runChild(method, path, runs),
    );
    for (const method of ['parse', 'stream'] as Method[]) {
      const own = results.filter((result) => result.method === method);
      const timesMs = own.flatMap((result) => result.timesMs);
      const peaks = own.map((result) => result.peakAboveStartMegabytes.toFixed(0));
      const resultHeap = own[0]!.resultHeapMegabytes.toFixed(0);
      console.log(
        `${method === 'parse' ? 'TextDecoder + JSON.parse' : 'readGeojsonStream       '}: ` +
          `median ${median(timesMs).toFixed(0)} ms (min ${Math.min(...timesMs).toFixed(0)}, ` +
          `max ${Math.max(...timesMs).toFixed(0)}), peak memory above start ${peaks.join(' / ')} MB ` +
          `(the parsed value holds ${resultHeap} MB of it), ${own[0]!.featureCount} features`,
      );
    }
    const timesOf = (method: Method) =>
      results.filter((result) => result.method === method).flatMap((result) => result.timesMs);
    const medianRatio = median(timesOf('stream')) / median(timesOf('parse'));
    const fastestRatio = Math.min(...timesOf('stream')) / Math.min(...timesOf('parse'));
    console.log(
      `time ratio stream ÷ parse: ${medianRatio.toFixed(2)} of the medians, ` +
        `${fastestRatio.toFixed(2)} of the fastest runs`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
