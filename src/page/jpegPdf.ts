/**
 * A one-page PDF carrying the page as one JPEG image (a DCTDecode image XObject) at its full
 * resolution, on a sheet of the paper's size. The page is drawn on a canvas with the system's
 * CJK font first, so the PDF needs no embedded font to show Chinese.
 */

const POINTS_PER_MM = 72 / 25.4;

/**
 * The PDF's bytes: `jpeg` (`widthPx` × `heightPx`) filling a page of `widthMm` × `heightMm`.
 *
 * @example
 * jpegPdf(jpegBytes, { widthPx: 3508, heightPx: 2480, widthMm: 297, heightMm: 210 }); // a PDF, 842 × 595 pt
 */
export function jpegPdf(
  jpeg: Uint8Array,
  page: { widthPx: number; heightPx: number; widthMm: number; heightMm: number },
): Blob {
  const widthPt = (page.widthMm * POINTS_PER_MM).toFixed(2);
  const heightPt = (page.heightMm * POINTS_PER_MM).toFixed(2);
  const drawing = `q ${widthPt} 0 0 ${heightPt} 0 0 cm /Page Do Q\n`;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (chunk: string | Uint8Array) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (body: () => void) => {
    offsets.push(length);
    write(`${offsets.length} 0 obj\n`);
    body();
    write('\nendobj\n');
  };
  // The binary comment marks the file as binary for transfer programs.
  write('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  object(() => write('<< /Type /Catalog /Pages 2 0 R >>'));
  object(() => write('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'));
  object(() =>
    write(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${widthPt} ${heightPt}] ` +
        '/Resources << /XObject << /Page 4 0 R >> >> /Contents 5 0 R >>',
    ),
  );
  object(() => {
    write(
      `<< /Type /XObject /Subtype /Image /Width ${page.widthPx} /Height ${page.heightPx} ` +
        `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
    );
    write(jpeg);
    write('\nendstream');
  });
  object(() => write(`<< /Length ${drawing.length} >>\nstream\n${drawing}endstream`));
  const xrefOffset = length;
  write(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) write(`${String(offset).padStart(10, '0')} 00000 n \n`);
  write(
    `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`,
  );
  return new Blob(parts as BlobPart[], { type: 'application/pdf' });
}
