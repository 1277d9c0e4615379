/**
 * The print stylesheet: the browser's own print is one page with the map and its legend,
 * none of the app's panels.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { useSharedApp } from './appHelpers.ts';
import { desktopViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

const outputDirectory = fileURLToPath(new URL('../output/export/', import.meta.url));

describe('print', () => {
  const app = useSharedApp('?lang=en', desktopViewport);

  test('print media shows the map copy and the legend only, on one page', async () => {
    const { page, errors } = app();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const copied = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.print-map');
      if (!canvas) return null;
      const context = canvas.getContext('2d')!;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      // Pixels that are not the background: the map was copied, not a blank canvas.
      let drawn = 0;
      for (let offset = 0; offset < data.length; offset += 4 * 97) {
        if (data[offset + 3] !== 0 && data[offset]! < 200) drawn += 1;
      }
      return { width: canvas.width, height: canvas.height, drawn };
    });
    expect(copied).not.toBeNull();
    expect(copied!.width).toBeGreaterThan(0);
    expect(copied!.drawn).toBeGreaterThan(100);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('region', { name: 'Legend', exact: true }).isVisible()).toBe(true);
    for (const name of ['Filters', 'Statistics']) {
      expect(await page.getByRole('region', { name, exact: true }).isVisible(), name).toBe(false);
    }
    expect(await page.locator('canvas.print-map').isVisible()).toBe(true);
    await screenshot(page, 'print-media');
    await mkdir(outputDirectory, { recursive: true });
    const path = `${outputDirectory}print.pdf`;
    await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', path, path.replace(/\.pdf$/, '')]);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
