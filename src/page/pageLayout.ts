/**
 * Where each part of an exported page goes: the title band, the map, the legend and key
 * figures (a column at the right in landscape, a band under the map in portrait) and the
 * footer with the source note and export date. In millimetres of paper, turned into pixels.
 */
import type { PageSize } from './pageSize.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageLayout {
  header: Box;
  map: Box;
  /** The legend and key figures. */
  side: Box;
  footer: Box;
  /** Pixels per millimetre, for type sizes. */
  pxPerMm: number;
}

const MARGIN_MM = 10;
const HEADER_MM = 17;
const FOOTER_MM = 8;
const GAP_MM = 5;
/** The legend column's width in landscape, and the band's height under the map in portrait. */
const SIDE_COLUMN_MM = 78;
const SIDE_BAND_MM = 72;

/**
 * The page's boxes in pixels, whole pixels each (the map box is the map image's size).
 *
 * @example
 * pageLayout(pageSize({ paper: 'A4', orientation: 'landscape', dpi: 300 }, screen)).map.width; // 2256
 */
export function pageLayout(page: PageSize): PageLayout {
  const mm = page.pxPerMm;
  const px = (millimetres: number) => Math.round(millimetres * mm);
  const margin = px(MARGIN_MM);
  const width = page.widthPx - 2 * margin;
  const header: Box = { x: margin, y: margin, width, height: px(HEADER_MM) };
  const footerHeight = px(FOOTER_MM);
  const footer: Box = {
    x: margin,
    y: page.heightPx - margin - footerHeight,
    width,
    height: footerHeight,
  };
  const top = header.y + header.height;
  const bodyHeight = footer.y - px(GAP_MM / 2) - top;
  const gap = px(GAP_MM);
  const landscape = page.widthMm >= page.heightMm;
  if (landscape) {
    const sideWidth = px(SIDE_COLUMN_MM);
    const map: Box = { x: margin, y: top, width: width - sideWidth - gap, height: bodyHeight };
    const side: Box = { x: margin + map.width + gap, y: top, width: sideWidth, height: bodyHeight };
    return { header, map, side, footer, pxPerMm: mm };
  }
  const sideHeight = px(SIDE_BAND_MM);
  const map: Box = { x: margin, y: top, width, height: bodyHeight - sideHeight - gap };
  const side: Box = { x: margin, y: top + map.height + gap, width, height: sideHeight };
  return { header, map, side, footer, pxPerMm: mm };
}
