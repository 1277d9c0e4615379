/**
 * An independent reference for the Gauss–Krüger tests, written from the textbook formulas and
 * sharing no code with proj4: the meridian arc by numerical integration, and the classic
 * Gauss–Krüger forward series (terms to l⁶), good to about a millimetre within 3° of the
 * central meridian.
 */

/** GRS80 (CGCS2000) semi-major axis, metres, and flattening. */
export const GRS80_A_M = 6378137;
export const GRS80_F = 1 / 298.257222101;
const E2 = GRS80_F * (2 - GRS80_F);
const EP2 = E2 / (1 - E2);
const RADIANS_PER_DEGREE = Math.PI / 180;

/** Radius of curvature in the meridian at latitude φ, metres. */
function meridianRadiusM(latRad: number): number {
  const s = Math.sin(latRad);
  return (GRS80_A_M * (1 - E2)) / Math.pow(1 - E2 * s * s, 1.5);
}

/** Length of the meridian from the equator to `latDeg`, metres, by Simpson's rule. */
export function meridianArcM(latDeg: number, intervals = 2000): number {
  const end = latDeg * RADIANS_PER_DEGREE;
  const h = end / intervals;
  let sum = meridianRadiusM(0) + meridianRadiusM(end);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * meridianRadiusM(i * h);
  return (sum * h) / 3;
}

/**
 * Gauss–Krüger easting and northing (metres) of a point, by the classic series.
 *
 * @example
 * gaussKrugerSeries(105, 30.9, 105, 35_500_000); // [35500000, 3419887.46…]
 */
export function gaussKrugerSeries(
  lonDeg: number,
  latDeg: number,
  centralMeridianDeg: number,
  falseEastingM: number,
): [number, number] {
  const b = latDeg * RADIANS_PER_DEGREE;
  const l = (lonDeg - centralMeridianDeg) * RADIANS_PER_DEGREE;
  const sinB = Math.sin(b);
  const cosB = Math.cos(b);
  const t = Math.tan(b);
  const t2 = t * t;
  const eta2 = EP2 * cosB * cosB;
  const n = GRS80_A_M / Math.sqrt(1 - E2 * sinB * sinB);
  const northing =
    meridianArcM(latDeg) +
    (n / 2) * t * cosB ** 2 * l ** 2 +
    (n / 24) * t * (5 - t2 + 9 * eta2 + 4 * eta2 ** 2) * cosB ** 4 * l ** 4 +
    (n / 720) * t * (61 - 58 * t2 + t2 ** 2) * cosB ** 6 * l ** 6;
  const easting =
    n * cosB * l +
    (n / 6) * (1 - t2 + eta2) * cosB ** 3 * l ** 3 +
    (n / 120) * (5 - 18 * t2 + t2 ** 2 + 14 * eta2 - 58 * eta2 * t2) * cosB ** 5 * l ** 5;
  return [falseEastingM + easting, northing];
}
