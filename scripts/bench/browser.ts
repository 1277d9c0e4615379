/**
 * Debian's Chromium through playwright-core, launched with the flags of TOOLCHAIN.md, and the
 * init script that records long tasks and animation frames before any page code runs.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Installed with `addInitScript`, so it runs before the page's own scripts. It records into
 * `window.__bench` (see `BenchRecorder` in pageApi.ts):
 * - long tasks (a buffered `longtask` observer);
 * - the start of every `requestAnimationFrame` callback (MapLibre draws in them);
 * - the arrival of every message from a MapLibre worker (tiles, glyph requests) and from any
 *   other worker (the app's data worker), with the `type` and `progress.stage` its messages
 *   carry whenever they change;
 * - how long each `postMessage` to a MapLibre worker took (`setData` with an object copies the
 *   data in it).
 * A long task holding no frame and no MapLibre message is the page's own work.
 * Plain text, so that no compiler helper leaks into the page.
 */
const INIT_SCRIPT = `(() => {
  const recorder = {
    longTasks: [],
    frames: [],
    maplibreMessages: [],
    maplibrePosts: [],
    pageWorkerMessages: [],
    pageWorkerStages: [],
  };
  window.__bench = recorder;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      recorder.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  const requestFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    requestFrame((time) => {
      recorder.frames.push(performance.now());
      callback(time);
    });
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url, options) {
      super(url, options);
      this.maplibre = String(url).includes('maplibre');
      const arrivals = this.maplibre ? recorder.maplibreMessages : recorder.pageWorkerMessages;
      this.addEventListener('message', (event) => {
        const time = performance.now();
        arrivals.push(time);
        if (this.maplibre) return;
        const data = event.data ?? {};
        const label = [data.type, data.progress?.stage].filter((part) => typeof part === 'string').join(':');
        const stages = recorder.pageWorkerStages;
        if (stages[stages.length - 1]?.label !== label) stages.push({ label, time });
      });
    }
    postMessage(message, transfer) {
      if (!this.maplibre) return super.postMessage(message, transfer);
      const start = performance.now();
      super.postMessage(message, transfer);
      recorder.maplibrePosts.push({ start, duration: performance.now() - start });
    }
  };
})();`;

/** A fresh browser for one run, so that no run inherits another's caches, heap or GPU state. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors, as text. */
  errors: string[];
}

/** A page with the recorder installed; requests leaving `origin` are refused. */
export async function openBenchPage(browser: Browser, origin: string): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  await context.route(
    (url) => url.origin !== origin && url.protocol.startsWith('http'),
    (route) => route.abort('blockedbyclient'),
  );
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

/** Main-thread JS heap in use after a full garbage collection, in bytes (CDP). */
export async function usedHeapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usage.usedSize;
}

/** Rejects when `promise` has not settled within `milliseconds`. */
export function withTimeout<T>(
  promise: Promise<T>,
  milliseconds: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer in ${milliseconds} ms`)),
      milliseconds,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
