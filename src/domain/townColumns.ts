/**
 * The segment columns with roads split at town boundaries: each segment's towns are the towns
 * its line runs through, each with the stretches of the line in it. A segment's figures are
 * shared out over its towns from the columns of the moment (so they follow an as-of date): the
 * length by where the line runs, the completed length from the line's start (a road is built
 * from its start, as the map draws it), guard lengths and investment in proportion to length.
 * Each share is rounded so that a segment's towns add up exactly to it.
 */
import type { SegmentColumns, TownSpans } from './segmentIndex.ts';
import { OUTSIDE } from './townAreas.ts';
import type { TownPiece } from './townPieces.ts';

/** A segment's figures in one of its towns, one entry per entry of `townCodes`. */
export interface TownParts {
  lengthMm: Float64Array;
  completedMm: Float64Array;
  /** NaN where the segment does not count for guard coverage. */
  guardRequiredMm: Float64Array;
  guardCountedMm: Float64Array;
  investmentWan: Float64Array;
}

/** The part of `value` between two shares, rounded to `unit` so that the parts sum to it. */
function sharePart(value: number, fromShare: number, toShare: number, unit: number): number {
  return (Math.round((value * toShare) / unit) - Math.round((value * fromShare) / unit)) * unit;
}

/**
 * The columns with each segment's towns taken from where its line runs (`pieces[i]`, from
 * `townPieces`, over the areas named `areaNames`). A stretch outside every boundary belongs to
 * no town. The towns the segments name are kept as the towns they serve.
 *
 * @example
 * const split = splitColumnsAtTowns(columns, lines.map((line) => townPieces(line, areas)),
 *   areas.map((area) => area.name));
 */
export function splitColumnsAtTowns(
  columns: SegmentColumns,
  pieces: readonly (readonly TownPiece[])[],
  areaNames: readonly string[],
): SegmentColumns {
  const towns: string[] = [];
  const codeOfArea = new Map<number, number>();
  const townStart = new Uint32Array(columns.size + 1);
  const codes: number[] = [];
  const spanStart: number[] = [];
  const fromShares: number[] = [];
  const toShares: number[] = [];
  for (let i = 0; i < columns.size; i++) {
    townStart[i] = codes.length;
    const segmentPieces = pieces[i] ?? [];
    const totalKm = segmentPieces.reduce((sum, piece) => sum + piece.lengthKm, 0);
    const spansByArea = new Map<number, [number, number][]>();
    let doneKm = 0;
    for (const piece of segmentPieces) {
      const from = totalKm > 0 ? doneKm / totalKm : 0;
      doneKm += piece.lengthKm;
      const to = totalKm > 0 ? doneKm / totalKm : 1;
      const spans = spansByArea.get(piece.town) ?? [];
      spans.push([from, to]);
      spansByArea.set(piece.town, spans);
    }
    for (const [area, spans] of spansByArea) {
      if (area === OUTSIDE) continue;
      let code = codeOfArea.get(area);
      if (code === undefined) {
        code = towns.length;
        towns.push(areaNames[area]!);
        codeOfArea.set(area, code);
      }
      codes.push(code);
      spanStart.push(fromShares.length);
      for (const [from, to] of spans) {
        fromShares.push(from);
        toShares.push(to);
      }
    }
  }
  townStart[columns.size] = codes.length;
  spanStart.push(fromShares.length);
  const townSpans: TownSpans = {
    start: Uint32Array.from(spanStart),
    fromShare: Float64Array.from(fromShares),
    toShare: Float64Array.from(toShares),
  };
  const servedTowns = columns.servedTowns ?? {
    names: columns.towns,
    start: columns.townStart,
    codes: columns.townCodes,
  };
  return {
    ...columns,
    towns,
    townStart,
    townCodes: Uint32Array.from(codes),
    townSpans,
    servedTowns,
  };
}

const partsOfColumns = new WeakMap<SegmentColumns, TownParts>();

/**
 * Each segment's figures in each of its towns (entries as in `townCodes`), from the columns as
 * they are; null where roads are not split at boundaries.
 *
 * @example
 * townParts(columns)?.lengthMm[columns.townStart[7]!]; // segment 7's mm in its first town
 */
export function townParts(columns: SegmentColumns): TownParts | null {
  const spans = columns.townSpans;
  if (!spans) return null;
  const known = partsOfColumns.get(columns);
  if (known) return known;
  const entries = columns.townCodes.length;
  const parts: TownParts = {
    lengthMm: new Float64Array(entries),
    completedMm: new Float64Array(entries),
    guardRequiredMm: new Float64Array(entries),
    guardCountedMm: new Float64Array(entries),
    investmentWan: new Float64Array(entries),
  };
  for (let i = 0; i < columns.size; i++) {
    const lengthMm = columns.lengthMm[i]!;
    const completedMm = columns.completedMm[i]!;
    const requiredMm = columns.guardRequiredMm[i]!;
    const countedMm = columns.guardCountedMm[i]!;
    const investmentWan = columns.investmentWan[i]!;
    const assessed = !Number.isNaN(requiredMm);
    for (let at = columns.townStart[i]!; at < columns.townStart[i + 1]!; at++) {
      let partLengthMm = 0;
      let partCompletedMm = 0;
      let partRequiredMm = 0;
      let partCountedMm = 0;
      let partInvestmentWan = 0;
      for (let span = spans.start[at]!; span < spans.start[at + 1]!; span++) {
        const from = spans.fromShare[span]!;
        const to = spans.toShare[span]!;
        const startMm = Math.round(lengthMm * from);
        const endMm = Math.round(lengthMm * to);
        partLengthMm += endMm - startMm;
        partCompletedMm += Math.min(Math.max(completedMm, startMm), endMm) - startMm;
        if (assessed) {
          partRequiredMm += sharePart(requiredMm, from, to, 1);
          partCountedMm += sharePart(countedMm, from, to, 1);
        }
        partInvestmentWan += sharePart(investmentWan, from, to, 0.01);
      }
      parts.lengthMm[at] = partLengthMm;
      parts.completedMm[at] = partCompletedMm;
      parts.guardRequiredMm[at] = assessed ? partRequiredMm : NaN;
      parts.guardCountedMm[at] = partCountedMm;
      parts.investmentWan[at] = partInvestmentWan;
    }
  }
  partsOfColumns.set(columns, parts);
  return parts;
}

/**
 * The columns of the parts of each segment inside the chosen towns (roads split at boundaries):
 * the figures of a town filter. Without a split, or with no town chosen, the columns themselves.
 *
 * @example
 * new SegmentIndex(columnsInTowns(columns, ['永明镇'])).summary(kept).lengthKm;
 */
export function columnsInTowns(
  columns: SegmentColumns,
  chosenTowns: readonly string[] | undefined,
): SegmentColumns {
  const parts = townParts(columns);
  if (!parts || !chosenTowns || chosenTowns.length === 0) return columns;
  const wanted = new Set(chosenTowns);
  const chosen = Uint8Array.from(columns.towns, (town) => (wanted.has(town) ? 1 : 0));
  const lengthMm = new Float64Array(columns.size);
  const completedMm = new Float64Array(columns.size);
  const guardRequiredMm = new Float64Array(columns.size);
  const guardCountedMm = new Float64Array(columns.size);
  const investmentWan = new Float64Array(columns.size);
  for (let i = 0; i < columns.size; i++) {
    const assessed = !Number.isNaN(columns.guardRequiredMm[i]!);
    guardRequiredMm[i] = assessed ? 0 : NaN;
    for (let at = columns.townStart[i]!; at < columns.townStart[i + 1]!; at++) {
      if (chosen[columns.townCodes[at]!] === 0) continue;
      lengthMm[i]! += parts.lengthMm[at]!;
      completedMm[i]! += parts.completedMm[at]!;
      if (assessed) {
        guardRequiredMm[i]! += parts.guardRequiredMm[at]!;
        guardCountedMm[i]! += parts.guardCountedMm[at]!;
      }
      investmentWan[i]! += parts.investmentWan[at]!;
    }
  }
  return { ...columns, lengthMm, completedMm, guardRequiredMm, guardCountedMm, investmentWan };
}
