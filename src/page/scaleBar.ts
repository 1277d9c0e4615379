/**
 * The length a scale bar shows: the longest round length (1, 2 or 5 × a power of ten metres)
 * not longer than the room it has.
 */

/**
 * @example
 * scaleBarLength(3700); // 2000
 * scaleBarLength(740); // 500
 */
export function scaleBarLength(maxMetres: number): number {
  if (!(maxMetres > 0) || !Number.isFinite(maxMetres)) return 1;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const steps = [5, 2, 1];
  for (const step of steps) if (step * power <= maxMetres) return step * power;
  return power;
}
