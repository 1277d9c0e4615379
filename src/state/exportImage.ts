/**
 * Exports the map as a page (PNG or PDF) at a paper size and resolution: the map drawn off
 * screen at the page's pixels (`RoadMap.exportImage`), the page around it drawn on a canvas
 * (`page/`) with the legend, key figures and notes of what the screen shows.
 */
import { formatKm } from '../domain/format.ts';
import { keyFigure } from '../domain/keyFigures.ts';
import { bucketLabel } from '../i18n/bucketLabel.ts';
import { figureLabel, figureValueText } from '../i18n/figureLabel.ts';
import { PRESENT_STRINGS } from '../i18n/presentText.ts';
import { fill } from '../i18n/strings.ts';
import { drawPage, PAGE_FONT, type PageContent } from '../page/drawPage.ts';
import { jpegPdf } from '../page/jpegPdf.ts';
import { pageLayout } from '../page/pageLayout.ts';
import { EXPORT_DPIS, type ExportOptions } from '../contract/exportOptions.ts';
import { pageSize } from '../page/pageSize.ts';
import { bucketColor, legendBuckets } from '../style/legendItems.ts';
import { palette } from '../style/palette.ts';
import { appState } from './appState.svelte.ts';
import { presentation } from './presentation.svelte.ts';
import { roadMapReady } from './roadMapHandle.ts';
import { tablesView } from './tablesView.svelte.ts';

/** User Timing measures of an export: drawing the map, then drawing and encoding the page. */
export const EXPORT_MAP_MEASURE = 'roadboard:export-map';
export const EXPORT_PAGE_MEASURE = 'roadboard:export-page';

/** The JPEG quality of the page a PDF carries. */
const PDF_JPEG_QUALITY = 0.92;

export interface ExportedImage {
  blob: Blob;
  widthPx: number;
  heightPx: number;
  /** How many parts the map was drawn in (1 where the device draws it whole). */
  mapParts: number;
}

/** Checks options from outside (the automation API); throws a TypeError naming the bad one. */
export function checkExportOptions(options: ExportOptions): ExportOptions {
  const { format, paper, orientation, dpi, title } = options ?? {};
  if (format !== 'png' && format !== 'pdf') throw new TypeError("format must be 'png' or 'pdf'");
  if (paper !== 'A4' && paper !== 'A3' && paper !== 'screen') {
    throw new TypeError("paper must be 'A4', 'A3' or 'screen'");
  }
  const chosenOrientation = orientation ?? 'landscape';
  if (chosenOrientation !== 'portrait' && chosenOrientation !== 'landscape') {
    throw new TypeError("orientation must be 'portrait' or 'landscape'");
  }
  const chosenDpi = dpi ?? 150;
  if (!EXPORT_DPIS.includes(chosenDpi)) throw new TypeError('dpi must be 150 or 300');
  if (title !== undefined && typeof title !== 'string') throw new TypeError('title must be text');
  return { format, paper, orientation: chosenOrientation, dpi: chosenDpi, title };
}

/** The title a page gets unless one is given: the view's, else the app's. */
export function defaultPageTitle(): string {
  return presentation.current?.title ?? appState.strings.appTitle;
}

function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error(`the page could not be encoded as ${type}`)),
      type,
      quality,
    ),
  );
}

function pageContent(title: string): PageContent {
  const strings = appState.strings;
  const text = PRESENT_STRINGS[appState.locale];
  const shown = appState.shown;
  const dataset = appState.dataset;
  const asOf = appState.asOf ?? appState.asOfDates.at(-1) ?? presentation.latestDate;
  const subtitle = [
    dataset?.info.name || strings.appSubtitle,
    asOf ? `${text.asOf} ${asOf}` : null,
  ].filter((part): part is string => part !== null);
  const source = dataset?.info.synthetic
    ? text.sampleSource
    : dataset?.sourceName || dataset?.info.name || strings.appSubtitle;
  return {
    title,
    subtitle: subtitle.join(' · '),
    legendTitle: `${strings.legend} · ${strings.modes[shown.mode]}`,
    legend: legendBuckets(shown.mode)
      .filter((bucket) => !shown.hiddenBuckets.includes(bucket))
      .map((bucket) => ({
        color: bucketColor(shown.mode, bucket, palette),
        label: bucketLabel(strings, shown.mode, bucket),
        segments: appState.legendCounts.get(bucket)?.segments ?? 0,
        lengthKm: appState.legendCounts.get(bucket)?.lengthKm ?? 0,
      }))
      .filter((row) => row.segments > 0),
    legendUnits: `${text.segmentsUnit} / ${strings.kmShort}`,
    figuresTitle: text.keyFigures,
    figures: presentation.shownFigureIds.map((id) => ({
      label: figureLabel(text, id, presentation.year),
      value: figureValueText(
        text,
        keyFigure(id, appState.summary, appState.pointSummary, presentation.yearSummary),
      ),
    })),
    sourceNote: fill(text.sourceNote, { source }),
    exportDate: fill(text.exportedOn, { date: new Date().toISOString().slice(0, 10) }),
    north: text.north,
    scaleLabel: (metres) =>
      metres >= 1000
        ? fill(text.scaleKm, { km: formatKm(metres / 1000).replace(/\.?0+$/, '') })
        : fill(text.scaleM, { m: metres }),
  };
}

/**
 * Draws the page and encodes it: a PNG, or a PDF carrying the page as one JPEG at its full
 * resolution on a sheet of the paper's size.
 */
export async function exportImage(
  options: ExportOptions,
  drawing: { maxPartPx?: number } = {},
): Promise<ExportedImage> {
  const roadMap = await roadMapReady;
  presentation.load();
  const page = pageSize(options, {
    widthCss: window.innerWidth,
    heightCss: window.innerHeight,
    devicePixelRatio: window.devicePixelRatio || 1,
  });
  const layout = pageLayout(page);
  await document.fonts.load(`16px ${PAGE_FONT}`, '路网');
  const mapStart = performance.now();
  const map = await roadMap.exportImage({
    widthPx: layout.map.width,
    heightPx: layout.map.height,
    pixelRatio: page.pixelRatio,
    maxPartPx: drawing.maxPartPx,
  });
  performance.measure(EXPORT_MAP_MEASURE, { start: mapStart, detail: { parts: map.parts } });
  const pageStart = performance.now();
  const title = options.title?.trim() || defaultPageTitle();
  // With the Tables view open, the page carries its chart.
  const chart = tablesView.open
    ? (await import('./tables/tableApi.ts')).pageChart(
        appState,
        tablesView.groupBy,
        tablesView.order,
      )
    : undefined;
  const canvas = drawPage(page, layout, map, { ...pageContent(title), chart });
  const blob =
    options.format === 'pdf'
      ? jpegPdf(
          new Uint8Array(
            await (await canvasBlob(canvas, 'image/jpeg', PDF_JPEG_QUALITY)).arrayBuffer(),
          ),
          page,
        )
      : await canvasBlob(canvas, 'image/png');
  performance.measure(EXPORT_PAGE_MEASURE, { start: pageStart });
  // The canvases' memory goes back at once (a 300 dpi A3 page is some 70 MB).
  canvas.width = 0;
  map.canvas.width = 0;
  return { blob, widthPx: page.widthPx, heightPx: page.heightPx, mapParts: map.parts };
}
