/**
 * A county of a tile set's overview under the pointer, and its figures read from the county's
 * properties as `npm run tiles` writes them (a ratio of -1: none). Properties come from a file,
 * so each is checked to be a number.
 */

/** The county under the pointer: its properties and where the pointer is, in CSS pixels. */
export interface CountyHover {
  properties: Record<string, unknown>;
  point: { x: number; y: number };
}

/** A county's figures for its tooltip. */
export interface CountyFigures {
  name: string;
  segments: number;
  lengthKm: number;
  completedKm: number;
  /** 0…1; null: none. */
  completionRatio: number | null;
  /** 0…1; null: no guard required or assessed. */
  guardCoverageRatio: number | null;
}

function numberOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function ratioOf(value: unknown): number | null {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : null;
}

/**
 * The figures of a county's properties.
 *
 * @example
 * countyFigures({ name: '合川', segments: 15000, completionRatio: 0.42 }).completionRatio; // 0.42
 */
export function countyFigures(properties: Record<string, unknown>): CountyFigures {
  return {
    name: typeof properties.name === 'string' ? properties.name : String(properties.name ?? ''),
    segments: numberOf(properties.segments),
    lengthKm: numberOf(properties.lengthKm),
    completedKm: numberOf(properties.completedKm),
    completionRatio: ratioOf(properties.completionRatio),
    guardCoverageRatio: ratioOf(properties.guardCoverageRatio),
  };
}
