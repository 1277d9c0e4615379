import { mkdir } from 'node:fs/promises';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { fileURLToPath } from 'node:url';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

/** The part of `window.roadboard` the harness relies on; tests may read more through `page`. */
export interface RoadboardWindow {
  roadboard?: {
    ready: Promise<void>;
    map: MapLibreMap;
  };
}

export interface Viewport {
  width: number;
  height: number;
}

export interface OpenAppOptions {
  /** Wait for `window.roadboard.ready` (default true). */
  waitForReady?: boolean;
  /** How long `ready` may take, from navigation (default 60 s; software WebGL is slow). */
  readyTimeoutMs?: number;
  /** Paths on the test server answered 404, as if the file were missing (default none). */
  missingPaths?: string[];
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  /** The URL opened, on the test server's origin. */
  url: string;
  /** Every `pageerror` and console error, in order, as text. Tests assert it stays empty. */
  errors: string[];
  /** Every request whose origin is not the test server's; they are aborted, never sent. */
  externalRequests: string[];
  /** Every console warning, in order, as text. */
  warnings: string[];
  close(): Promise<void>;
}

export const chromiumPath = CHROMIUM_PATH;
export const chromiumFlags = CHROMIUM_FLAGS;

export const desktopViewport: Viewport = { width: 1280, height: 800 };
export const wideViewport: Viewport = { width: 1920, height: 1080 };
export const phoneViewport: Viewport = { width: 390, height: 844 };

const screenshotDirectory = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

let browser: Browser | undefined;
const openSessions = new Set<AppSession>();

/** Origin of the server the global setup started (or `ROADBOARD_TEST_URL`). */
export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * Call once at the top of a test file: launches one Chromium for the file in `beforeAll`,
 * closes any page a test left open after each test, and closes the browser in `afterAll`.
 */
export function useBrowser(): void {
  beforeAll(async () => {
    const setupError = inject('setupError');
    if (setupError !== '') throw new Error(`the app could not be built or served:\n${setupError}`);
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
  });
  afterEach(async () => {
    await Promise.all([...openSessions].map((session) => session.close()));
  });
  afterAll(async () => {
    await Promise.all([...openSessions].map((session) => session.close()));
    await browser?.close();
    browser = undefined;
  });
}

function isLocalUrl(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} timed out after ${milliseconds} ms`)),
      milliseconds,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens the built app in a fresh context. `query` is appended to the server's root URL
 * (`'?lang=en&mode=guard'`, or a path such as `'/?data=…'`).
 * Rejects at once when the page throws before it is ready, with the errors in the message.
 */
export async function openApp(
  query = '',
  viewport: Viewport = desktopViewport,
  options: OpenAppOptions = {},
): Promise<AppSession> {
  if (browser === undefined) throw new Error('no browser: call useBrowser() in the test file');
  const origin = baseUrl();
  const path = query === '' || query.startsWith('/') ? query : `/${query}`;
  const url = `${origin}${path === '' ? '/' : path}`;
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const errors: string[] = [];
  const externalRequests: string[] = [];

  // Record and abort anything that would leave the origin (pages and their workers).
  await context.route('**/*', async (route) => {
    const requestUrl = route.request().url();
    if (isLocalUrl(requestUrl, origin)) {
      const missing = options.missingPaths ?? [];
      if (requestUrl.startsWith(origin) && missing.includes(new URL(requestUrl).pathname)) {
        await route.fulfill({ status: 404, body: 'missing in this test' });
      } else {
        await route.continue();
      }
    } else {
      externalRequests.push(requestUrl);
      await route.abort('blockedbyclient');
    }
  });
  context.on('request', (request) => {
    const requestUrl = request.url();
    if (!isLocalUrl(requestUrl, origin) && !externalRequests.includes(requestUrl)) {
      externalRequests.push(requestUrl);
    }
  });

  const page = await context.newPage();
  // A pageerror before `ready` fails openApp at once instead of waiting for the timeout.
  let reportPageError: ((error: Error) => void) | undefined;
  const firstPageError = new Promise<never>((_, reject) => {
    reportPageError = reject;
  });
  firstPageError.catch(() => {});
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
    reportPageError?.(new Error('the page threw before window.roadboard.ready resolved'));
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() !== 'error') return;
    const location = message.location();
    // The harness's own abort of an outside request is already in externalRequests.
    const blockedHere =
      message.text().includes('ERR_BLOCKED_BY_CLIENT') && externalRequests.includes(location.url);
    if (blockedHere) return;
    const where = location.url === '' ? '' : ` (${location.url}:${location.lineNumber})`;
    errors.push(`console.error: ${message.text()}${where}`);
  });

  let closed = false;
  const session: AppSession = {
    page,
    context,
    url,
    errors,
    externalRequests,
    warnings,
    close: async () => {
      if (closed) return;
      closed = true;
      openSessions.delete(session);
      await context.close();
    },
  };
  openSessions.add(session);

  try {
    await page.goto(url, { waitUntil: 'load' });
    if (options.waitForReady ?? true) {
      const ready = (async () => {
        await page.waitForFunction(
          () => (window as RoadboardWindow).roadboard !== undefined,
          undefined,
          {
            timeout: 0,
          },
        );
        await page.evaluate(() => (window as RoadboardWindow).roadboard?.ready);
      })();
      // If an error or the timeout wins the race, closing the context rejects this; ignore it.
      ready.catch(() => {});
      await withTimeout(
        Promise.race([ready, firstPageError]),
        options.readyTimeoutMs ?? 60_000,
        'waiting for window.roadboard.ready',
      ).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        const detail = errors.length > 0 ? `\npage errors:\n${errors.join('\n')}` : '';
        throw new Error(`${message}${detail}`);
      });
    }
  } catch (error) {
    await session.close();
    throw error;
  }
  reportPageError = undefined;
  return session;
}

/**
 * Resolves at the map's next `idle` (every source loaded, nothing moving, fades done).
 * Forces a repaint so that an already idle map reports idle again.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as RoadboardWindow).roadboard?.map;
        if (map === undefined) throw new Error('window.roadboard.map is missing');
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Saves a PNG of the viewport as `tests/output/screenshots/<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDirectory, { recursive: true });
  const path = `${screenshotDirectory}${name}.png`;
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
