/**
 * How figures are written in tables, the legend and the details: kilometres, percentages,
 * money. Plain ASCII digits without grouping, so they paste cleanly into spreadsheets.
 */
import { COMPLETION_BANDS, GUARD_BANDS } from './buckets.ts';

/** 1 亿元 = 10,000 万元. */
export const WAN_PER_YI = 10_000;

/** Rounds half away from zero to `decimals`, forgiving binary noise (1.005 → 1.01). */
function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  const rounded = Math.round(scaled + scaled * 1e-12 + 1e-9) / scale;
  return value < 0 ? -rounded : rounded;
}

/** Fixed decimals with no "-0.00". */
function fixed(value: number, decimals: number): string {
  const rounded = roundTo(value, decimals);
  return (rounded === 0 ? 0 : rounded).toFixed(decimals);
}

/**
 * Kilometres with two decimals, as in the bureau's tables.
 *
 * @example
 * formatKm(62.92); // '62.92'
 * formatKm(313.99999999999994); // '314.00'
 */
export function formatKm(km: number): string {
  if (!Number.isFinite(km)) return '–';
  return fixed(km, 2);
}

/**
 * Whole percents where a legend band starts (50, 80, 90 and 100 %): a figure just below one is
 * not rounded up to it, so that it never reads as the band above the one it is in.
 */
const BAND_STARTS_PERCENT: ReadonlySet<number> = new Set(
  [...COMPLETION_BANDS, ...GUARD_BANDS]
    .map((band) => Math.round(band.fromRatio * 100))
    .filter((percent) => percent > 0)
    .concat(100),
);

/**
 * A 0…1 ratio as a percentage, rounded to the nearest whole percent (83.9 % is "84%"). Where
 * the nearest whole percent is a legend band's start that the ratio has not reached (49.7 %
 * next to 50 %), one decimal, rounded to the nearest but never up to that start ("49.7%",
 * "49.9%" for 49.96 %), so that a figure always reads as inside its legend band. One decimal
 * too between 0 and 1 % and between 99 and 100 %, so neither end is shown for a part; "<0.1%"
 * for a sliver. Exactly 0 is "0%", 1 (within 1e-9) is "100%".
 *
 * @example
 * formatPercent(0.839); // '84%'
 * formatPercent(0.4); // '40%'
 * formatPercent(0.497); // '49.7%'
 * formatPercent(0.004); // '0.4%'
 * formatPercent(0.9996); // '99.9%'
 * formatPercent(1); // '100%'
 */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  if (ratio <= 0) return '0%';
  if (ratio >= 1 - 1e-9) return '100%';
  const percent = ratio * 100;
  const whole = roundTo(percent, 0);
  const nearBandStart = BAND_STARTS_PERCENT.has(whole) && percent < whole;
  if (percent < 1 || percent >= 99 || nearBandStart) {
    const ceiling = nearBandStart || percent >= 99 ? Math.ceil(percent) : Infinity;
    let tenths = roundTo(percent, 1);
    if (tenths >= ceiling) tenths = Math.floor(percent * 10) / 10;
    if (tenths <= 0) return '<0.1%';
    return `${tenths.toFixed(1)}%`;
  }
  return `${whole}%`;
}

/** The unit words of {@link formatWan}; Chinese by default. */
export interface MoneyUnits {
  wan: string;
  yi: string;
}

const CHINESE_MONEY_UNITS: MoneyUnits = { wan: '万元', yi: '亿元' };

/**
 * Money given in 万元 (10,000 CNY): below 1 亿 in 万元 with up to two decimals (trailing
 * zeros dropped), from 10,000 万 on in 亿元 with two decimals.
 *
 * @example
 * formatWan(3560); // '3560 万元'
 * formatWan(86.5); // '86.5 万元'
 * formatWan(250000); // '25.00 亿元'
 * formatWan(250000, { wan: '× 10k CNY', yi: '× 100M CNY' }); // '25.00 × 100M CNY'
 */
export function formatWan(wan: number, units: MoneyUnits = CHINESE_MONEY_UNITS): string {
  if (!Number.isFinite(wan)) return '–';
  if (Math.abs(roundTo(wan, 2)) >= WAN_PER_YI) return `${fixed(wan / WAN_PER_YI, 2)} ${units.yi}`;
  const text = fixed(wan, 2).replace(/\.?0+$/, '');
  return `${text} ${units.wan}`;
}
