/**
 * The size of an export's page in pixels: A4 or A3, portrait or landscape, at 150 or 300 dpi,
 * or the screen's own size.
 */
import type { ExportOptions, PaperSize } from '../contract/exportOptions.ts';

/** ISO 216 sheets, portrait, in millimetres. */
const PAPER_MM: Record<Exclude<PaperSize, 'screen'>, { widthMm: number; heightMm: number }> = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 },
};

const MM_PER_INCH = 25.4;
/** CSS pixels per inch: a screen pixel ratio of 1 is 96 dpi. */
export const CSS_DPI = 96;

export interface PageSize {
  widthPx: number;
  heightPx: number;
  /** Pixels per millimetre of paper. */
  pxPerMm: number;
  widthMm: number;
  heightMm: number;
  /** Page pixels per CSS pixel: the map's lines and labels are drawn this much larger. */
  pixelRatio: number;
}

/**
 * The page in pixels. A sheet's side is rounded to whole pixels; the screen's size is the
 * window's size in device pixels.
 *
 * @example
 * pageSize({ paper: 'A3', orientation: 'landscape', dpi: 300 }, screen); // 4961 × 3508 px
 */
export function pageSize(
  options: Pick<ExportOptions, 'paper' | 'orientation' | 'dpi'>,
  screen: { widthCss: number; heightCss: number; devicePixelRatio: number },
): PageSize {
  if (options.paper === 'screen') {
    const pixelRatio = screen.devicePixelRatio;
    const pxPerMm = (pixelRatio * CSS_DPI) / MM_PER_INCH;
    const widthPx = Math.round(screen.widthCss * pixelRatio);
    const heightPx = Math.round(screen.heightCss * pixelRatio);
    return {
      widthPx,
      heightPx,
      pxPerMm,
      widthMm: widthPx / pxPerMm,
      heightMm: heightPx / pxPerMm,
      pixelRatio,
    };
  }
  const sheet = PAPER_MM[options.paper];
  const landscape = options.orientation === 'landscape';
  const widthMm = landscape ? sheet.heightMm : sheet.widthMm;
  const heightMm = landscape ? sheet.widthMm : sheet.heightMm;
  const pxPerMm = options.dpi / MM_PER_INCH;
  return {
    widthPx: Math.round(widthMm * pxPerMm),
    heightPx: Math.round(heightMm * pxPerMm),
    pxPerMm,
    widthMm,
    heightMm,
    pixelRatio: options.dpi / CSS_DPI,
  };
}
