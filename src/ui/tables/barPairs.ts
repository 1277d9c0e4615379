/**
 * The bars of a Tables chart: for each group, a done length drawn over a planned (or required)
 * length, scaled to the longest of them, with its ticks.
 */
import { formatKm } from '../../domain/format.ts';

export interface BarPairInput {
  name: string;
  doneKm: number;
  plannedKm: number;
}

export interface BarPair extends BarPairInput {
  /** 0…1 of the chart's width. */
  doneShare: number;
  plannedShare: number;
  doneText: string;
  plannedText: string;
}

export interface BarChartLayout {
  bars: BarPair[];
  /** The scale's end, a round number of km. */
  maxKm: number;
}

/** A round scale end at or above `km`: 1, 2 or 5 times a power of ten. */
function roundUp(km: number): number {
  if (km <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(km));
  for (const step of [1, 2, 5, 10]) if (step * power >= km) return step * power;
  return 10 * power;
}

/**
 * The bars of the first `count` groups with something planned, in their order.
 *
 * @example
 * barChartLayout([{ name: '永明镇', doneKm: 3, plannedKm: 4 }], 12).bars[0]?.plannedShare; // 0.8
 */
export function barChartLayout(groups: readonly BarPairInput[], count: number): BarChartLayout {
  const drawn = groups.filter((group) => group.plannedKm > 0 || group.doneKm > 0).slice(0, count);
  const maxKm = roundUp(
    Math.max(0, ...drawn.map((group) => Math.max(group.doneKm, group.plannedKm))),
  );
  return {
    maxKm,
    bars: drawn.map((group) => ({
      ...group,
      doneShare: group.doneKm / maxKm,
      plannedShare: group.plannedKm / maxKm,
      doneText: formatKm(group.doneKm),
      plannedText: formatKm(group.plannedKm),
    })),
  };
}
