/**
 * Chainages (桩号): positions along a route written `K12+300`, i.e. 12 km + 300 m from the
 * route's origin.
 */

/** `K`, whole kilometres, `+`, three digits of metres, optional decimals of a metre. */
const CHAINAGE = /^[Kk](\d+)\s*[+＋]\s*(\d{3}(?:\.\d+)?)$/;

/**
 * The distance in km a chainage names, or undefined when the text is not a chainage.
 * Accepts a lower-case `k`, a full-width `＋` and decimals of a metre.
 *
 * @example
 * parseChainageKm('K12+300'); // 12.3
 * parseChainageKm('K0+045.5'); // 0.0455
 * parseChainageKm('12.3'); // undefined
 */
export function parseChainageKm(text: string): number | undefined {
  const match = CHAINAGE.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) + Number(match[2]) / 1000;
}

/**
 * Writes a distance in km as a chainage, rounded to the metre. Negative distances (before the
 * route's origin) get a leading minus sign.
 *
 * @example
 * formatChainage(12.3); // 'K12+300'
 * formatChainage(8.75); // 'K8+750'
 * formatChainage(0.9996); // 'K1+000'
 */
export function formatChainage(km: number): string {
  const totalM = Math.round(Math.abs(km) * 1000);
  const wholeKm = Math.floor(totalM / 1000);
  const restM = totalM - wholeKm * 1000;
  const sign = km < 0 && totalM > 0 ? '-' : '';
  return `${sign}K${wholeKm}+${String(restM).padStart(3, '0')}`;
}
