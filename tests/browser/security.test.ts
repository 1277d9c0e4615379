/**
 * Security of the built app: the Content-Security-Policy it is served with (no eval, no inline
 * script) holds while the map draws, property values are shown as text only, and addresses
 * other than http(s) are refused.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSharedApp } from './appHelpers.ts';
import { openApp, useBrowser, type AppSession } from './harness.ts';
import {
  dataPanel,
  fixturePath,
  openThroughInput,
  textOf,
  waitForAppReady,
} from './openDataHelpers.ts';

useBrowser();

const XSS_NAME = '<img src=x onerror=alert(1)>';
const SAMPLE_SEGMENTS = 2318;

interface Watched {
  violations: string[];
  alerts: string[];
}

declare global {
  interface Window {
    /** What the init script saw: CSP violations and calls of alert/confirm/prompt. */
    __watched?: Watched;
  }
}

/** Runs before any script of the page: records CSP violations and dialog calls. */
function watchPage(): void {
  const watched: Watched = { violations: [], alerts: [] };
  window.__watched = watched;
  document.addEventListener('securitypolicyviolation', (event) => {
    watched.violations.push(
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    const original = window[name].bind(window);
    window[name] = ((message?: string) => {
      watched.alerts.push(`${name}(${String(message)})`);
      return original(message);
    }) as never;
  }
}

async function watched(page: Page): Promise<Watched> {
  return page.evaluate(() => window.__watched ?? { violations: ['no watcher'], alerts: [] });
}

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
  );
}

function expectStrictScripts(policy: string | null | undefined): void {
  expect(policy, 'Content-Security-Policy').toBeTruthy();
  const parsed = directives(policy!);
  const scriptSources = parsed.get('script-src') ?? parsed.get('default-src');
  expect(scriptSources, 'script-src').toBeDefined();
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(parsed.get('object-src')).toEqual(["'none'"]);
}

describe('under its Content-Security-Policy', () => {
  const app = useSharedApp('?lang=en');
  const dialogs: string[] = [];

  test('the page is served with a strict policy and the map draws under it', async () => {
    const { page, errors } = app();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Watch from the first script on: reload with the watcher in place.
    await page.context().addInitScript(watchPage);
    const response = await page.reload({ waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expectStrictScripts(response?.headers()['content-security-policy']);
    // The built page carries the same policy for servers that send no header.
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expectStrictScripts(meta);
    await waitForAppReady(page);

    await page.evaluate(() => window.roadboard.setMode('completion'));
    await page.evaluate(() => window.roadboard.setMode('status'));
    const drawn = await page.evaluate(
      () => window.roadboard.map!.queryRenderedFeatures({ layers: ['road-line'] }).length,
    );
    expect(drawn).toBeGreaterThan(100);
    // Workers ran: the data worker prepared the sample, MapLibre's drew its tiles.
    expect(await page.evaluate(() => window.roadboard.summary().segments)).toBe(SAMPLE_SEGMENTS);
    expect(await watched(page)).toEqual({ violations: [], alerts: [] });
    expect(errors).toEqual([]);
  });

  test('a name holding HTML is shown as text and runs nothing', async () => {
    const { page, errors } = app();
    const report = await openThroughInput(page, fixturePath('xss.geojson'));
    expect(await textOf(report)).toContain('3 segments loaded, 0 skipped');

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('onerror');
    const match = page.getByRole('listbox', { name: 'Search' }).getByRole('option');
    await expect.poll(() => match.count()).toBe(1);
    expect(await match.first().textContent()).toContain(XSS_NAME);
    await match.first().click();

    const details = page.getByRole('region', { name: 'Segment details', exact: true });
    await expect.poll(() => details.count()).toBe(1);
    expect(await textOf(details.locator('.title'))).toBe(XSS_NAME);
    expect(await textOf(details)).toContain(XSS_NAME);
    // The other fields holding markup show as text too (project and town in the filters).
    const filters = page.getByRole('region', { name: 'Filters', exact: true });
    expect(await textOf(filters)).toContain('<svg onload=alert(2)>');
    expect(await textOf(filters)).toContain('<b onmouseover=alert(3)>青林</b>');

    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      svgWithHandler: document.querySelectorAll('svg[onload]').length,
      bold: document.querySelectorAll('b').length,
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        element
          .getAttributeNames()
          .filter((name) => name.startsWith('on'))
          .map((name) => `${element.tagName.toLowerCase()}[${name}]`),
      ),
    }));
    expect(injected).toEqual({ images: 0, svgWithHandler: 0, bold: 0, handlers: [] });
    expect(dialogs).toEqual([]);
    expect(await watched(page)).toEqual({ violations: [], alerts: [] });
    expect(errors).toEqual([]);
  });

  test('roadboard.load() refuses a javascript: address and runs nothing', async () => {
    const { page } = app();
    const before = await page.evaluate(() => window.roadboard.summary());
    const report = await page.evaluate(() => window.roadboard.load('javascript:alert(1)'));
    expect(report.ok).toBe(false);
    expect(report.errors.map((problem) => problem.message).join(' ')).toMatch(/http and https/);
    expect(await page.evaluate(() => window.roadboard.summary())).toEqual(before);
    expect(dialogs).toEqual([]);
    expect(await watched(page)).toEqual({ violations: [], alerts: [] });
  });
});

describe('an address that is not http(s)', () => {
  let session: AppSession | undefined;

  test('?data=ftp://… is refused with a message and the sample shows', async () => {
    session = await openApp('?lang=en&data=ftp://x/roads.geojson');
    const { page, errors } = session;
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    const text = await textOf(alert);
    expect(text).toContain('ftp://x/roads.geojson');
    expect(text).toMatch(/http and https/);
    expect(await page.evaluate(() => window.roadboard.summary().segments)).toBe(SAMPLE_SEGMENTS);
    expect(
      await dataPanel(page).getByRole('button', { name: 'Back to the sample county' }).count(),
    ).toBe(0);
    expect(session.externalRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
