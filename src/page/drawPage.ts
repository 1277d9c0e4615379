/**
 * Draws an exported page on a canvas: title and subtitle, the map image with a scale bar and a
 * north arrow, the legend with counts and km, the key figures, the source note and the export
 * date. Text is drawn with the system's CJK font, so Chinese renders in the PNG and the PDF
 * alike (the PDF carries this canvas as one image).
 */
import { formatKm } from '../domain/format.ts';
import type { Box, PageLayout } from './pageLayout.ts';
import { scaleBarLength } from './scaleBar.ts';

export const PAGE_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';

export interface LegendRow {
  color: string;
  label: string;
  segments: number;
  lengthKm: number;
}

export interface PageContent {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendRow[];
  /** The units of the legend's two figure columns ("段 / km"). */
  legendUnits: string;
  figuresTitle: string;
  figures: { label: string; value: string }[];
  sourceNote: string;
  exportDate: string;
  /** The letter on the north arrow. */
  north: string;
  /** The scale bar's label for a length in metres. */
  scaleLabel: (metres: number) => string;
  /** The Tables view's bar chart, where the view is open: drawn under the key figures. */
  chart?: PageChart;
}

/** A bar chart of done against planned km per group (the Tables view's). */
export interface PageChart {
  title: string;
  /** The names of the done and the planned bars. */
  series: [string, string];
  bars: { name: string; doneKm: number; plannedKm: number }[];
}

/** The chart's colours: the done bar over the pale planned one, as in the Tables view. */
const CHART_DONE = '#1f4e8c';
const CHART_PLANNED = '#c9d6ea';

export interface PageMap {
  canvas: HTMLCanvasElement;
  metresPerPixel: number;
}

const TEXT = '#1d2433';
const MUTED = '#5b6475';
const RULE = '#d5dae3';

/** Type sizes in millimetres of paper. */
const SIZE_MM = { title: 6.5, subtitle: 3.6, heading: 3.8, body: 3.1, small: 2.6 };

function font(context: CanvasRenderingContext2D, sizePx: number, weight = 400): void {
  context.font = `${weight} ${sizePx}px ${PAGE_FONT}`;
}

/** Draws `text` at most `maxWidth` wide, shortened with an ellipsis where it is longer. */
function fitText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
): void {
  if (context.measureText(text).width <= maxWidth) {
    context.fillText(text, x, y);
    return;
  }
  let shown = text;
  while (shown.length > 1 && context.measureText(`${shown}…`).width > maxWidth) {
    shown = shown.slice(0, -1);
  }
  context.fillText(`${shown}…`, x, y);
}

/** Draws the whole page. */
export function drawPage(
  size: { widthPx: number; heightPx: number },
  layout: PageLayout,
  map: PageMap,
  content: PageContent,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size.widthPx;
  canvas.height = size.heightPx;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the page');
  const mm = layout.pxPerMm;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';

  drawHeader(context, layout.header, content, mm);
  context.drawImage(map.canvas, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  context.strokeStyle = RULE;
  context.lineWidth = Math.max(1, 0.25 * mm);
  context.strokeRect(layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  drawScaleBar(context, layout.map, map.metresPerPixel, content, mm);
  drawNorthArrow(context, layout.map, content.north, mm);
  drawSide(context, layout.side, content, mm);
  drawFooter(context, layout.footer, content, mm);
  return canvas;
}

function drawHeader(
  context: CanvasRenderingContext2D,
  box: Box,
  content: PageContent,
  mm: number,
): void {
  context.fillStyle = TEXT;
  font(context, SIZE_MM.title * mm, 700);
  fitText(context, content.title, box.x, box.y + SIZE_MM.title * mm, box.width);
  context.fillStyle = MUTED;
  font(context, SIZE_MM.subtitle * mm);
  fitText(
    context,
    content.subtitle,
    box.x,
    box.y + (SIZE_MM.title + 2 + SIZE_MM.subtitle) * mm,
    box.width,
  );
}

function drawFooter(
  context: CanvasRenderingContext2D,
  box: Box,
  content: PageContent,
  mm: number,
): void {
  context.fillStyle = MUTED;
  font(context, SIZE_MM.small * mm);
  const baseline = box.y + box.height - 1 * mm;
  context.textAlign = 'right';
  const dateWidth = context.measureText(content.exportDate).width;
  context.fillText(content.exportDate, box.x + box.width, baseline);
  context.textAlign = 'left';
  fitText(context, content.sourceNote, box.x, baseline, box.width - dateWidth - 6 * mm);
}

function drawScaleBar(
  context: CanvasRenderingContext2D,
  box: Box,
  metresPerPixel: number,
  content: PageContent,
  mm: number,
): void {
  const metres = scaleBarLength(metresPerPixel * box.width * 0.22);
  const lengthPx = metres / metresPerPixel;
  const x = box.x + 5 * mm;
  const y = box.y + box.height - 6 * mm;
  const barHeight = 1.4 * mm;
  context.fillStyle = 'rgb(255 255 255 / 80%)';
  context.fillRect(x - 2 * mm, y - 6.5 * mm, lengthPx + 4 * mm + 14 * mm, 9.5 * mm);
  context.fillStyle = TEXT;
  context.fillRect(x, y, lengthPx / 2, barHeight);
  context.strokeStyle = TEXT;
  context.lineWidth = Math.max(1, 0.25 * mm);
  context.strokeRect(x, y, lengthPx, barHeight);
  font(context, SIZE_MM.small * mm);
  context.fillText('0', x, y - 1.2 * mm);
  context.fillText(content.scaleLabel(metres), x + lengthPx - 1 * mm, y - 1.2 * mm);
}

function drawNorthArrow(
  context: CanvasRenderingContext2D,
  box: Box,
  letter: string,
  mm: number,
): void {
  const centreX = box.x + box.width - 9 * mm;
  const top = box.y + 5 * mm;
  const height = 13 * mm;
  context.fillStyle = 'rgb(255 255 255 / 80%)';
  context.beginPath();
  context.arc(centreX, top + height / 2 + 1 * mm, 7.5 * mm, 0, Math.PI * 2);
  context.fill();
  context.fillStyle = TEXT;
  context.beginPath();
  context.moveTo(centreX, top + 4.5 * mm);
  context.lineTo(centreX + 3 * mm, top + height);
  context.lineTo(centreX, top + height - 2.5 * mm);
  context.lineTo(centreX - 3 * mm, top + height);
  context.closePath();
  context.fill();
  font(context, SIZE_MM.heading * mm, 700);
  context.textAlign = 'center';
  context.fillText(letter, centreX, top + 3.8 * mm);
  context.textAlign = 'left';
}

function drawSide(
  context: CanvasRenderingContext2D,
  box: Box,
  content: PageContent,
  mm: number,
): void {
  // A wide band (portrait) holds the legend and the figures side by side; a column, one above the other.
  const wide = box.width > box.height * 1.5;
  const gap = 6 * mm;
  const legendBox: Box = wide ? { ...box, width: (box.width - gap) / 2 } : { ...box };
  const legendBottom = drawLegend(context, legendBox, content, mm);
  const figuresBox: Box = wide
    ? { x: box.x + legendBox.width + gap, y: box.y, width: legendBox.width, height: box.height }
    : {
        x: box.x,
        y: legendBottom + gap,
        width: box.width,
        height: box.y + box.height - legendBottom - gap,
      };
  const figuresBottom = drawFigures(context, figuresBox, content, mm);
  if (content.chart) {
    const top = figuresBottom + gap;
    const chartBox: Box = {
      x: figuresBox.x,
      y: top,
      width: figuresBox.width,
      height: figuresBox.y + figuresBox.height - top,
    };
    drawChart(context, chartBox, content.chart, mm);
  }
}

/** Draws a bar chart of done against planned km, as many bars as fit. */
function drawChart(
  context: CanvasRenderingContext2D,
  box: Box,
  chart: PageChart,
  mm: number,
): void {
  const row = 4.2 * mm;
  if (chart.bars.length === 0 || box.height < 14 * mm + row) return;
  let y = box.y + SIZE_MM.heading * mm;
  context.fillStyle = TEXT;
  font(context, SIZE_MM.heading * mm, 700);
  fitText(context, chart.title, box.x, y, box.width);
  y += 4.5 * mm;
  font(context, SIZE_MM.small * mm);
  let keyX = box.x;
  for (const [index, name] of chart.series.entries()) {
    context.fillStyle = index === 0 ? CHART_DONE : CHART_PLANNED;
    context.fillRect(keyX, y - 2 * mm, 4 * mm, 2 * mm);
    context.fillStyle = MUTED;
    context.fillText(name, keyX + 5 * mm, y);
    keyX += 5 * mm + context.measureText(name).width + 4 * mm;
  }
  y += 1.5 * mm;
  const count = Math.min(chart.bars.length, Math.floor((box.y + box.height - y - 5 * mm) / row));
  const bars = chart.bars.slice(0, count);
  const maxKm = Math.max(...bars.map((bar) => Math.max(bar.doneKm, bar.plannedKm)), 0) || 1;
  const nameWidth = Math.min(26 * mm, box.width * 0.4);
  const barX = box.x + nameWidth + 1.5 * mm;
  const barWidth = box.x + box.width - barX;
  for (const bar of bars) {
    y += row;
    context.fillStyle = TEXT;
    font(context, SIZE_MM.small * mm);
    context.textAlign = 'right';
    fitText(context, bar.name, box.x + nameWidth, y - 0.6 * mm, nameWidth);
    context.textAlign = 'left';
    context.fillStyle = CHART_PLANNED;
    context.fillRect(barX, y - 3.2 * mm, (bar.plannedKm / maxKm) * barWidth, 3 * mm);
    context.fillStyle = CHART_DONE;
    context.fillRect(barX, y - 2.5 * mm, (bar.doneKm / maxKm) * barWidth, 1.6 * mm);
  }
  y += 4 * mm;
  context.fillStyle = MUTED;
  font(context, SIZE_MM.small * mm);
  context.fillText('0', barX, y);
  context.textAlign = 'right';
  context.fillText(`${formatKm(maxKm)} km`, box.x + box.width, y);
  context.textAlign = 'left';
}

/** Draws the legend; returns where it ends. */
function drawLegend(
  context: CanvasRenderingContext2D,
  box: Box,
  content: PageContent,
  mm: number,
): number {
  let y = box.y + SIZE_MM.heading * mm;
  context.fillStyle = TEXT;
  font(context, SIZE_MM.heading * mm, 700);
  fitText(context, content.legendTitle, box.x, y, box.width);
  y += 1.5 * mm;
  const row = 6 * mm;
  const countRight = box.x + box.width - 18 * mm;
  const kmRight = box.x + box.width;
  for (const entry of content.legend) {
    y += row;
    if (y > box.y + box.height) break;
    context.fillStyle = entry.color;
    context.fillRect(box.x, y - 2.6 * mm, 7 * mm, 2.2 * mm);
    context.fillStyle = TEXT;
    font(context, SIZE_MM.body * mm);
    fitText(context, entry.label, box.x + 9 * mm, y, countRight - box.x - 9 * mm - 12 * mm);
    context.textAlign = 'right';
    context.fillStyle = MUTED;
    context.fillText(String(entry.segments), countRight, y);
    context.fillStyle = TEXT;
    context.fillText(formatKm(entry.lengthKm), kmRight, y);
    context.textAlign = 'left';
  }
  y += 5 * mm;
  context.fillStyle = MUTED;
  font(context, SIZE_MM.small * mm);
  context.textAlign = 'right';
  context.fillText(content.legendUnits, kmRight, y);
  context.textAlign = 'left';
  return y;
}

/** Draws the key figures; returns where they end. */
function drawFigures(
  context: CanvasRenderingContext2D,
  box: Box,
  content: PageContent,
  mm: number,
): number {
  if (content.figures.length === 0 || box.height < 12 * mm) return box.y;
  let y = box.y + SIZE_MM.heading * mm;
  context.fillStyle = TEXT;
  font(context, SIZE_MM.heading * mm, 700);
  fitText(context, content.figuresTitle, box.x, y, box.width);
  y += 1.5 * mm;
  for (const figure of content.figures) {
    if (y + 11 * mm > box.y + box.height) break;
    y += 5 * mm;
    context.fillStyle = MUTED;
    font(context, SIZE_MM.small * mm);
    fitText(context, figure.label, box.x, y, box.width);
    y += 5.5 * mm;
    context.fillStyle = TEXT;
    font(context, SIZE_MM.heading * mm * 1.15, 700);
    fitText(context, figure.value, box.x, y, box.width);
  }
  return y;
}
