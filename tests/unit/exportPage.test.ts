import { describe, expect, it } from 'vitest';
import { jpegPdf } from '../../src/page/jpegPdf.ts';
import { pageLayout } from '../../src/page/pageLayout.ts';
import { pageSize } from '../../src/page/pageSize.ts';
import { scaleBarLength } from '../../src/page/scaleBar.ts';

const screen = { widthCss: 1280, heightCss: 800, devicePixelRatio: 2 };

describe('page sizes', () => {
  it('gives ISO sheets at 150 and 300 dpi', () => {
    const a3 = pageSize({ paper: 'A3', orientation: 'landscape', dpi: 300 }, screen);
    expect([a3.widthPx, a3.heightPx]).toEqual([4961, 3508]);
    expect(a3.pixelRatio).toBeCloseTo(300 / 96, 9);
    const a4 = pageSize({ paper: 'A4', orientation: 'portrait', dpi: 150 }, screen);
    expect([a4.widthPx, a4.heightPx, a4.widthMm, a4.heightMm]).toEqual([1240, 1754, 210, 297]);
  });

  it("keeps the screen's device pixels for the screen size", () => {
    const page = pageSize({ paper: 'screen', orientation: 'portrait', dpi: 300 }, screen);
    expect([page.widthPx, page.heightPx, page.pixelRatio]).toEqual([2560, 1600, 2]);
  });
});

describe('page layout', () => {
  for (const orientation of ['portrait', 'landscape'] as const) {
    it(`keeps every box on the ${orientation} page and apart`, () => {
      const page = pageSize({ paper: 'A4', orientation, dpi: 300 }, screen);
      const { header, map, side, footer } = pageLayout(page);
      for (const box of [header, map, side, footer]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(page.widthPx);
        expect(box.y + box.height).toBeLessThanOrEqual(page.heightPx);
        expect(Number.isInteger(box.width) && Number.isInteger(box.height)).toBe(true);
      }
      expect(map.y).toBeGreaterThanOrEqual(header.y + header.height);
      expect(footer.y).toBeGreaterThan(map.y + map.height);
      if (orientation === 'landscape') expect(side.x).toBeGreaterThan(map.x + map.width);
      else expect(side.y).toBeGreaterThan(map.y + map.height);
    });
  }
});

describe('scale bar', () => {
  it('takes the longest 1, 2 or 5 × 10ⁿ metres that fits', () => {
    expect(scaleBarLength(3700)).toBe(2000);
    expect(scaleBarLength(740)).toBe(500);
    expect(scaleBarLength(10_000)).toBe(10_000);
    expect(scaleBarLength(19_999)).toBe(10_000);
  });
});

describe('the one-image PDF', () => {
  it('has a page of the paper size, the JPEG whole, and a cross-reference table that points at its objects', async () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    const blob = jpegPdf(jpeg, { widthPx: 3508, heightPx: 2480, widthMm: 297, heightMm: 210 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 841.89 595.28]');
    expect(text).toContain('/Width 3508 /Height 2480');
    expect(text).toContain(`/Filter /DCTDecode /Length ${jpeg.length}`);
    const streamStart = text.indexOf('stream\n', text.indexOf('/DCTDecode')) + 'stream\n'.length;
    expect([...bytes.subarray(streamStart, streamStart + jpeg.length)]).toEqual([...jpeg]);
    const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) =>
      Number(match[1]),
    );
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) =>
      expect(text.slice(offset, offset + 8)).toBe(`${index + 1} 0 obj\n`),
    );
  });
});
