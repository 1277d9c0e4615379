/**
 * Export for paper: `roadboard.exportImage` gives a PNG of the paper's pixels and a PDF of the
 * paper's size (checked with poppler's pdfinfo and pdfimages); A3 at 300 dpi comes at full
 * resolution; the export dialog downloads a file. Each export is saved under
 * tests/output/export/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { ExportOptions } from '../../src/contract/exportOptions.ts';
import { useSharedApp } from './appHelpers.ts';
import { desktopViewport, screenshot, useBrowser } from './harness.ts';

useBrowser();

const outputDirectory = fileURLToPath(new URL('../output/export/', import.meta.url));

interface Exported {
  bytes: Buffer;
  type: string;
  milliseconds: number;
}

async function exportFromPage(
  page: Page,
  options: ExportOptions & { maxPartPx?: number },
): Promise<Exported> {
  const result = await page.evaluate(async (request) => {
    const start = performance.now();
    const blob = await window.roadboard.exportImage(request);
    const milliseconds = performance.now() - start;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let offset = 0; offset < bytes.length; offset += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
    }
    return { base64: btoa(binary), type: blob.type, milliseconds };
  }, options);
  return {
    bytes: Buffer.from(result.base64, 'base64'),
    type: result.type,
    milliseconds: result.milliseconds,
  };
}

async function save(name: string, bytes: Buffer): Promise<string> {
  await mkdir(outputDirectory, { recursive: true });
  const path = `${outputDirectory}${name}`;
  await writeFile(path, bytes);
  return path;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('export', () => {
  const app = useSharedApp('?lang=zh', desktopViewport);

  test('A4 landscape at 300 dpi: a PNG of 3508 × 2480 px, in 10 s at most', async () => {
    const { page, errors } = app();
    const exported = await exportFromPage(page, {
      format: 'png',
      paper: 'A4',
      orientation: 'landscape',
      dpi: 300,
    });
    await save('a4-landscape-300dpi.png', exported.bytes);
    expect(exported.type).toBe('image/png');
    expect(pngSize(exported.bytes)).toEqual({ width: 3508, height: 2480 });
    const measures = await page.evaluate(() =>
      ['roadboard:export-map', 'roadboard:export-page'].map((name) =>
        Math.round(performance.getEntriesByName(name).at(-1)?.duration ?? -1),
      ),
    );
    console.log(
      `A4 300 dpi PNG: ${Math.round(exported.milliseconds)} ms (map ${measures[0]} ms, page ${measures[1]} ms)`,
    );
    expect(exported.milliseconds).toBeLessThanOrEqual(10_000);
    expect(errors).toEqual([]);
    // Nothing leaves the page.
    expect(app().externalRequests).toEqual([]);
  });

  test('A3 portrait at 300 dpi as PDF: an A3 page carrying a 3508 × 4961 image', async () => {
    const { page, errors } = app();
    await page.evaluate(() => window.roadboard.setMode('completion'));
    const exported = await exportFromPage(page, {
      format: 'pdf',
      paper: 'A3',
      orientation: 'portrait',
      dpi: 300,
      title: '2023 年农村公路建设',
    });
    expect(exported.type).toBe('application/pdf');
    const path = await save('a3-portrait-300dpi.pdf', exported.bytes);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/);
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Number(width)).toBeCloseTo(841.89, 1);
    expect(Number(height)).toBeCloseTo(1190.55, 1);
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
    expect(images).toMatch(/\b3508\s+4961\s+rgb\s+3\s+8\s+jpeg\b/);
    // A page to look at.
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', path, path.replace(/\.pdf$/, '')]);
    // Drawn whole where the device's WebGL allows a 4961 px side, else in parts: never smaller.
    const drawing = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')!;
      const limit = Math.min(
        gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
        gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
      );
      const entry = performance
        .getEntriesByName('roadboard:export-map')
        .at(-1) as PerformanceMeasure;
      return { limit, parts: (entry.detail as { parts: number }).parts };
    });
    expect(drawing.parts).toBe(drawing.limit >= 4961 ? 1 : 2);
    expect(errors).toEqual([]);
  });

  test('A3 landscape at 300 dpi drawn in parts is 4961 × 3508 px, the parts joined', async () => {
    const { page } = app();
    await page.evaluate(() => window.roadboard.setMode('status'));
    const parts = await exportFromPage(page, {
      format: 'png',
      paper: 'A3',
      orientation: 'landscape',
      dpi: 300,
      maxPartPx: 2048,
    });
    await save('a3-landscape-300dpi-parts.png', parts.bytes);
    // The map box (3785 × 2993 px) in parts of at most 2048 px: 2 × 2.
    expect(
      await page.evaluate(
        () =>
          (
            (performance.getEntriesByName('roadboard:export-map').at(-1) as PerformanceMeasure)
              .detail as { parts: number }
          ).parts,
      ),
    ).toBe(4);
    expect(pngSize(parts.bytes)).toEqual({ width: 4961, height: 3508 });
  });

  test('the screen size keeps the screen pixels; A4 portrait 150 dpi is 1240 × 1754', async () => {
    const { page } = app();
    const screen = await exportFromPage(page, {
      format: 'png',
      paper: 'screen',
      orientation: 'landscape',
      dpi: 150,
    });
    await save('screen.png', screen.bytes);
    expect(pngSize(screen.bytes)).toEqual(desktopViewport);
    const portrait = await exportFromPage(page, {
      format: 'png',
      paper: 'A4',
      orientation: 'portrait',
      dpi: 150,
    });
    await save('a4-portrait-150dpi.png', portrait.bytes);
    expect(pngSize(portrait.bytes)).toEqual({ width: 1240, height: 1754 });
  });

  test('bad options are refused with a TypeError', async () => {
    const { page } = app();
    const message = await page.evaluate(() =>
      window.roadboard
        .exportImage({ format: 'gif', paper: 'A4', orientation: 'portrait', dpi: 150 } as never)
        .then(
          () => 'resolved',
          (error: Error) => `${error.name}: ${error.message}`,
        ),
    );
    expect(message).toBe("TypeError: format must be 'png' or 'pdf'");
  });

  test('the export dialog downloads a PDF', async () => {
    const { page, errors } = app();
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导出地图' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await screenshot(page, 'export-dialog-1280');
    await dialog.getByLabel('PDF').check();
    await dialog.getByLabel('纵向').check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('roadboard-A4-portrait-150dpi.pdf');
    const path = await save(
      'dialog-a4-portrait-150dpi.pdf',
      Buffer.from(await readDownload(file.path())),
    );
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    await expect.poll(() => dialog.getByRole('status').innerText()).toContain('1240 × 1754');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

async function readDownload(path: Promise<string>): Promise<Uint8Array> {
  const { readFile } = await import('node:fs/promises');
  return readFile(await path);
}
