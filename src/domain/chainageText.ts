/**
 * A chainage written so that reading it back gives the same km: what a sheet written by the
 * app needs for a row to cover its stretch to the end and not a hair of the next.
 */
import { parseChainageKm } from './chainage.ts';

/** The most decimals of a metre written; past them the km are written as a plain number. */
const MAX_METRE_DECIMALS = 12;

/**
 * A chainage as `K12+300`, with as many decimals of a metre as it takes for
 * {@link parseChainageKm} to read back the same km (to a few units in the last place); a plain
 * number of km where no such text exists.
 *
 * @example
 * exactChainageText(12.3); // 'K12+300'
 * exactChainageText(1.6935063577); // 'K1+693.5063577'
 */
export function exactChainageText(km: number): string {
  const toleranceKm = 4 * Number.EPSILON * Math.max(1, Math.abs(km));
  for (let decimals = 0; decimals <= MAX_METRE_DECIMALS; decimals++) {
    let wholeKm = Math.floor(km);
    let metresText = ((km - wholeKm) * 1000).toFixed(decimals);
    if (Number(metresText) >= 1000) {
      wholeKm += 1;
      metresText = ((km - wholeKm) * 1000).toFixed(decimals);
    }
    const [whole = '0', fraction] = metresText.split('.');
    const text = `K${wholeKm}+${whole.padStart(3, '0')}${fraction === undefined ? '' : `.${fraction}`}`;
    const readKm = parseChainageKm(text);
    if (readKm !== undefined && Math.abs(readKm - km) <= toleranceKm) return text;
  }
  return String(km);
}
