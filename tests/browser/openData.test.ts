/**
 * Opening the user's own data in the browser: through the real file input and by drag and
 * drop, good, partly bad, broken, lat/lon-swapped, projected and GCJ-02 files, and the
 * automation API's `load()`. One page for the whole file; each test continues from the data
 * the previous one left on screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import gcoord from 'gcoord';
import { appSummary, useSharedApp, waitForCameraRest } from './appHelpers.ts';
import { useBrowser } from './harness.ts';
import {
  boundsOf,
  cameraCenter,
  dataPanel,
  dismissReport,
  downloadCurrentData,
  downloadText,
  drawnIds,
  fixturePath,
  goodNetwork,
  largestOffsetMetres,
  metresBetween,
  openThroughInput,
  readFixture,
  textOf,
  waitForReport,
} from './openDataHelpers.ts';

useBrowser();

const SAMPLE_SEGMENTS = 2318;
const network = goodNetwork();
const networkIds = network.map((feature) => feature.properties.id).sort();
const [west, south, east, north] = boundsOf(network);
const networkTowns = [...new Set(network.flatMap((feature) => feature.properties.towns ?? []))];

/** The choices of the Filters region's Town list. */
async function townChoices(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Filters', exact: true })
    .getByRole('group', { name: 'Town', exact: true })
    .locator('label')
    .allTextContents()
    .then((labels) => labels.map((label) => label.trim()).sort());
}

/** The legend's segment count per bucket. */
async function legendCounts(page: Page): Promise<Record<string, number>> {
  return page
    .getByRole('region', { name: 'Legend', exact: true })
    .locator('[data-bucket]')
    .evaluateAll((buttons) =>
      Object.fromEntries(
        buttons.map((button) => [
          button.getAttribute('data-bucket'),
          Number(button.querySelector('.count')?.textContent),
        ]),
      ),
    );
}

/** Splits CSV text (RFC 4180 quoting) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('opening data', () => {
  const app = useSharedApp('?lang=en');
  /** The camera after the WGS 84 network opened: the other systems must frame the same. */
  let networkCamera: { center: [number, number]; zoom: number } | undefined;

  test('a good file opened through the file input replaces the sample and is framed', async () => {
    const { page, errors } = app();
    const before = await appSummary(page);
    expect(before.segments).toBe(SAMPLE_SEGMENTS);
    expect(await townChoices(page)).toContain('永明镇');
    const [sampleLon, sampleLat] = await cameraCenter(page);
    expect(sampleLon < west || sampleLon > east || sampleLat < south || sampleLat > north).toBe(
      true,
    );

    const report = await openThroughInput(page, fixturePath('good.geojson'));
    expect(await report.getAttribute('role')).toBe('status');
    expect(await textOf(report)).toContain(`${network.length} segments loaded, 0 skipped`);
    await waitForCameraRest(page);

    expect((await appSummary(page)).segments).toBe(network.length);
    // The camera moved into the new data and shows all of it.
    const center = await cameraCenter(page);
    expect(center[0]).toBeGreaterThan(west);
    expect(center[0]).toBeLessThan(east);
    expect(center[1]).toBeGreaterThan(south);
    expect(center[1]).toBeLessThan(north);
    const inView = await page.evaluate(
      ([w, s, e, n]) => {
        const bounds = window.roadboard.map!.getBounds();
        return bounds.contains([w, s]) && bounds.contains([e, n]);
      },
      [west, south, east, north] as const,
    );
    expect(inView).toBe(true);
    networkCamera = {
      center,
      zoom: await page.evaluate(() => window.roadboard.map!.getZoom()),
    };
    // Only the new segments are drawn.
    expect(await drawnIds(page)).toEqual(networkIds);

    // Filters, statistics and legend describe the new data only.
    expect(await townChoices(page)).toEqual([...networkTowns].sort());
    const statistics = page.getByRole('region', { name: 'Statistics', exact: true });
    expect(await textOf(statistics.locator('[data-figure=segments]'))).toBe(String(network.length));
    expect(await textOf(statistics.locator('[data-figure=towns]'))).toBe(
      String(networkTowns.length),
    );
    const expectedCounts: Record<string, number> = {};
    for (const feature of network) {
      expectedCounts[feature.properties.status] =
        (expectedCounts[feature.properties.status] ?? 0) + 1;
    }
    const shownCounts = await legendCounts(page);
    expect(Object.values(shownCounts).reduce((sum, count) => sum + count, 0)).toBe(network.length);
    for (const [bucket, count] of Object.entries(shownCounts)) {
      expect(count, `legend ${bucket}`).toBe(expectedCounts[bucket] ?? 0);
    }
    await expect
      .poll(() =>
        dataPanel(page).getByRole('button', { name: 'Back to the sample county' }).count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
  });

  test('a file dropped on the app opens', async () => {
    const { page } = app();
    const dropped = readFixture('good.geojson');
    dropped.features = dropped.features.slice(0, 5);
    const text = JSON.stringify(dropped);
    await openThroughDrop(page, text);
    const report = await waitForReport(page);
    expect(await textOf(report)).toContain('5 segments loaded, 0 skipped');
    expect((await appSummary(page)).segments).toBe(5);
    expect(await drawnIds(page)).toEqual(networkIds.filter((id) => id.startsWith('S205-')));
  });

  test('a partly bad file opens with 7 skipped, listed and downloadable as CSV', async () => {
    const { page } = app();
    const report = await openThroughInput(page, fixturePath('partly-bad.geojson'));
    expect(await textOf(report)).toContain('10 segments loaded, 7 skipped');
    expect((await appSummary(page)).segments).toBe(10);

    const expected = [
      { index: 3, id: 'S205-2', property: 'id', code: 'duplicate-id' },
      { index: 7, id: 'BAD-COMPLETED', property: 'completed_km', code: 'completed-exceeds-length' },
      { index: 8, id: 'BAD-NAN', property: 'geometry', code: 'invalid-coordinate' },
      { index: 9, id: 'BAD-DEGENERATE', property: 'geometry', code: 'degenerate-line' },
      { index: 12, id: 'BAD-NEGATIVE', property: 'length_km', code: 'negative-number' },
      { index: 13, id: 'BAD-SWAPPED', property: 'geometry', code: 'lat-lon-order' },
      { index: 14, id: 'BAD-NO-GEOMETRY', property: 'geometry', code: 'missing-geometry' },
    ];
    const listed = (await report.getByRole('listitem').allTextContents()).map((item) =>
      item.trim(),
    );
    const errorItems = listed.filter((item) => item.endsWith('skipped.'));
    expect(errorItems).toHaveLength(7);
    expected.forEach((problem, position) => {
      const item = errorItems[position]!;
      expect(item).toContain(`features[${problem.index}]`);
      expect(item).toContain(`id ${problem.id}`);
      if (problem.property !== 'geometry') expect(item).toContain(problem.property);
    });
    expect(errorItems[5]).toContain('probably in latitude, longitude order');

    const { download, text } = await downloadText(page, () =>
      report.getByRole('button', { name: 'Download problems (CSV)' }).click(),
    );
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    expect(header).toEqual([
      'severity',
      'feature_index',
      'feature_id',
      'property',
      'code',
      'message',
    ]);
    // One row per problem listed, with the same sentence.
    expect(rows.map((row) => row[5])).toEqual(listed);
    const errorRows = rows.filter((row) => row[0] === 'error');
    expect(
      errorRows.map(([, index, id, property, code]) => ({ index, id, property, code })),
    ).toEqual(
      expected.map(({ index, id, property, code }) => ({
        index: String(index),
        id,
        property,
        code,
      })),
    );
  });

  test.each([
    {
      what: 'a file that is not JSON',
      file: {
        name: 'cut-off.geojson',
        mimeType: 'application/geo+json',
        buffer: readFileBuffer('not-json.txt'),
      },
      reason: 'not JSON',
    },
    { what: 'an empty collection', file: fixturePath('empty.geojson'), reason: 'empty' },
    {
      what: 'a file without a valid segment',
      file: fixturePath('no-valid-segment.geojson'),
      reason: 'No usable road segment',
    },
  ])('$what fails with an alert and leaves the data on screen', async ({ file, reason }) => {
    const { page } = app();
    const before = await appSummary(page);
    const drawnBefore = await drawnIds(page);
    const centerBefore = await cameraCenter(page);
    expect(drawnBefore.length).toBeGreaterThan(0);

    const report = await openThroughInput(page, file);
    expect(await report.getAttribute('role')).toBe('alert');
    const text = await textOf(report);
    expect(text).toContain('This file could not be opened');
    expect(text).toContain('The data on the map is unchanged.');
    expect(text).toContain(reason);

    expect(await appSummary(page)).toEqual(before);
    await waitForCameraRest(page);
    expect(await drawnIds(page)).toEqual(drawnBefore);
    expect(metresBetween(await cameraCenter(page), centerBefore)).toBeLessThan(1);
  });

  test('a file in lat,lon order is recognised, swapped and said so', async () => {
    const { page } = app();
    const report = await openThroughInput(page, fixturePath('lat-lon.geojson'));
    expect(await textOf(report)).toContain(`${network.length} segments loaded, 0 skipped`);
    expect(await textOf(report)).toMatch(/latitude first|latitude, longitude order/);
    expect(largestOffsetMetres(await downloadCurrentData(page), network)).toBeLessThan(0.5);
  });

  test.each([
    {
      file: 'gauss-kruger-zone35.geojson',
      system: 'EPSG:4523',
    },
    { file: 'web-mercator.geojson', system: 'EPSG:3857' },
  ])('$file opens, lands in place and names $system', async ({ file, system }) => {
    const { page } = app();
    // The fixture is in metres, nowhere near lon/lat.
    const raw = readFixture(file).features[0]!.geometry as { coordinates: number[][] };
    expect(Math.abs(raw.coordinates[0]![0]!)).toBeGreaterThan(1e5);

    const report = await openThroughInput(page, fixturePath(file));
    const text = await textOf(report);
    expect(text).toContain(`${network.length} segments loaded, 0 skipped`);
    expect(text).toContain(`Coordinate system: ${system}`);
    await waitForCameraRest(page);
    expect(metresBetween(await cameraCenter(page), networkCamera!.center)).toBeLessThan(1000);
    expect(largestOffsetMetres(await downloadCurrentData(page), network)).toBeLessThan(1);
  });

  test('Gauss–Krüger metres without a zone number ask for the central meridian', async () => {
    const { page } = app();
    const before = await appSummary(page);
    const file = fixturePath('gauss-kruger-no-zone.geojson');
    const refused = await openThroughInput(page, file);
    expect(await refused.getAttribute('role')).toBe('alert');
    expect(await textOf(refused)).toContain('central meridian');
    expect(await appSummary(page)).toEqual(before);

    const panel = dataPanel(page);
    await panel.getByText('Coordinates from', { exact: true }).click();
    const meridian = panel.getByRole('spinbutton', { name: /Central meridian/ });
    await meridian.fill('105');
    try {
      const report = await openThroughInput(page, file);
      const text = await textOf(report);
      expect(text).toContain(`${network.length} segments loaded, 0 skipped`);
      expect(text).toMatch(/Coordinate system: .*105/);
      expect(largestOffsetMetres(await downloadCurrentData(page), network)).toBeLessThan(1);
    } finally {
      await meridian.fill('');
    }
  });

  test('GCJ-02 coordinates, chosen in the panel, land back on WGS 84', async () => {
    const { page } = app();
    const gcj = readFixture('gcj02.geojson');
    // Unconverted, the fixture is hundreds of metres off.
    expect(largestOffsetMetres(gcj, network)).toBeGreaterThan(100);
    // gcoord's own round trip, for the tolerance below.
    const first = network[0]!.geometry.coordinates[0]!;
    const roundTrip = gcoord.transform(
      gcoord.transform(first as [number, number], gcoord.WGS84, gcoord.GCJ02),
      gcoord.GCJ02,
      gcoord.WGS84,
    );
    expect(metresBetween(roundTrip, first)).toBeLessThan(5);

    const select = dataPanel(page).getByRole('combobox', { name: 'Coordinates from' });
    await select.selectOption({ label: 'AMap / Tencent (GCJ-02)' });
    try {
      const report = await openThroughInput(page, fixturePath('gcj02.geojson'));
      const text = await textOf(report);
      expect(text).toContain(`${network.length} segments loaded, 0 skipped`);
      expect(text).toContain('GCJ-02');
      expect(largestOffsetMetres(await downloadCurrentData(page), network)).toBeLessThan(5);
    } finally {
      await select.selectOption({ label: 'WGS 84 / CGCS2000 (GPS, Tianditu)' });
    }
  });

  test('roadboard.load() opens a bare geometry as a road without properties, with a warning', async () => {
    const { page } = app();
    const report = await page.evaluate(() =>
      window.roadboard.load({
        type: 'LineString',
        coordinates: [
          [104.5, 31.2],
          [104.6, 31.3],
        ],
      }),
    );
    expect(report.ok).toBe(true);
    expect(report.segments).toBe(1);
    expect(report.warnings.map((problem) => problem.code)).toContain('geometry-wrapped');
    expect((await appSummary(page)).segments).toBe(1);
  });

  test('roadboard.load() refuses other schemes, takes a single Feature, never throws', async () => {
    const { page } = app();
    const before = await appSummary(page);
    const refused = await page.evaluate(async () => {
      const report = await window.roadboard.load('javascript:alert(1)');
      return { ok: report.ok, messages: report.errors.map((problem) => problem.message) };
    });
    expect(refused.ok).toBe(false);
    expect(refused.messages.join(' ')).toMatch(/http and https/);
    expect(await appSummary(page)).toEqual(before);

    const outcomes = await page.evaluate(async () => {
      const throwing = new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
          ownKeys() {
            throw new Error('trap');
          },
        },
      );
      const circular: Record<string, unknown> = { type: 'FeatureCollection' };
      circular.features = [circular];
      const values: [string, () => unknown][] = [
        ['undefined', () => undefined],
        ['null', () => null],
        ['number', () => 42],
        ['NaN', () => NaN],
        ['boolean', () => true],
        ['empty string', () => ''],
        ['ftp', () => 'ftp://example.com/roads.geojson'],
        ['data url', () => 'data:application/json,{}'],
        ['missing file', () => 'no-such-file.geojson'],
        ['array', () => [1, 2, 3]],
        ['empty object', () => ({})],
        ['features not an array', () => ({ type: 'FeatureCollection', features: 'no' })],
        ['circular', () => circular],
        ['proxy', () => throwing],
        ['function', () => () => 1],
        ['symbol', () => Symbol('x')],
        ['bigint', () => BigInt(1)],
        ['element', () => document.body],
        ['blob of garbage', () => new Blob(['\u0000\u0001 garbage'])],
        ['file of garbage', () => new File(['{"type":'], 'x.geojson')],
      ];
      const results: { what: string; outcome: string; messages: string[] }[] = [];
      for (const [what, make] of values) {
        try {
          const report = await window.roadboard.load(make() as object);
          results.push({
            what,
            outcome: report.ok ? 'ok' : 'refused',
            messages: report.errors.map((problem) => problem.message),
          });
        } catch (error) {
          results.push({ what, outcome: `threw ${String(error)}`, messages: [] });
        }
      }
      return results;
    });
    for (const { what, outcome, messages } of outcomes) {
      expect(outcome, what).toBe('refused');
      expect(messages.length, what).toBeGreaterThan(0);
      expect(messages.join(' ').trim(), what).not.toBe('');
      // A sentence, not a JavaScript error from inside the app.
      expect(messages.join(' '), what).not.toMatch(/Cannot read propert|is not a function/);
    }
    expect(await appSummary(page)).toEqual(before);

    const single = network[0]!;
    const report = await page.evaluate((feature) => window.roadboard.load(feature), single);
    expect(report.ok).toBe(true);
    expect(report.segments).toBe(1);
    expect((await appSummary(page)).segments).toBe(1);
    expect(await drawnIds(page)).toEqual([single.properties.id]);
  });
});

function readFileBuffer(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

/** Drags a file holding `text` over the app and drops it, as a desktop file manager would. */
async function openThroughDrop(page: Page, text: string): Promise<void> {
  await dismissReport(page);
  const overlayShown = await page.evaluate((contents) => {
    const root = document.querySelector('[role=application]');
    if (root === null) throw new Error('no app root');
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], 'dropped.geojson', { type: 'application/geo+json' }));
    const options = { dataTransfer: transfer, bubbles: true, cancelable: true };
    const over = new DragEvent('dragover', options);
    root.dispatchEvent(over);
    return over.defaultPrevented;
  }, text);
  expect(overlayShown).toBe(true);
  await expect.poll(() => page.getByText('Drop the file to open it').count()).toBe(1);
  await page.evaluate((contents) => {
    const root = document.querySelector('[role=application]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], 'dropped.geojson', { type: 'application/geo+json' }));
    root.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
  await expect.poll(() => page.getByText('Drop the file to open it').count()).toBe(0);
}
