/**
 * The name of a key figure (a project's own name for a project figure).
 */
import { projectOfFigure, type KeyFigure, type KeyFigureId } from '../domain/keyFigures.ts';
import { formatKm, formatPercent } from '../domain/format.ts';
import type { PresentStrings } from './presentText.ts';
import { fill } from './strings.ts';

/**
 * @example
 * figureLabel(PRESENT_STRINGS.en, 'guard', 2023); // 'Safety guards (built / required)'
 */
export function figureLabel(text: PresentStrings, id: KeyFigureId, year: number | null): string {
  const project = projectOfFigure(id);
  if (project !== null) return project;
  if (id === 'year-built') return fill(text.figureYearBuilt, { year: year ?? '' });
  if (id === 'road-built') return text.figureRoadBuilt;
  if (id === 'guard') return text.figureGuard;
  if (id === 'construction') return text.figureConstruction;
  return text.figureBridges;
}

/** A figure's value in one line: "314.00 / 314.00 km · 100%". */
export function figureValueText(text: PresentStrings, figure: KeyFigure): string {
  const amount = (value: number) => (figure.unit === 'km' ? formatKm(value) : String(value));
  const unit = figure.unit === 'km' ? text.km : text.bridgesUnit;
  const value =
    figure.target === null
      ? `${amount(figure.value)} ${unit}`
      : `${amount(figure.value)} / ${amount(figure.target)} ${unit}`;
  return figure.ratio === null ? value : `${value} · ${formatPercent(figure.ratio)}`;
}
