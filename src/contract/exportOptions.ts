/**
 * What an export of the map asks for: PNG or PDF, the paper (A4, A3 or the screen's size), its
 * orientation and resolution, and the page's title.
 */

export type PaperSize = 'A4' | 'A3' | 'screen';
export type Orientation = 'portrait' | 'landscape';
export const EXPORT_DPIS = [150, 300] as const;
export type Dpi = (typeof EXPORT_DPIS)[number];
export type ExportFormat = 'png' | 'pdf';

/** What `roadboard.exportImage` and the export dialog ask for. */
export interface ExportOptions {
  format: ExportFormat;
  paper: PaperSize;
  orientation: Orientation;
  /** Ignored for the screen's size, which keeps the screen's pixels. */
  dpi: Dpi;
  /** The page's title; default: the view's title (or the app's). */
  title?: string;
}
