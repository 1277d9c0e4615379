/**
 * China's extent, roughly: the box of longitude 73–136°E and latitude 3–54°N, in degrees and as
 * Web Mercator and Gauss–Krüger metres. Used to judge which reading of the numbers is meant and
 * to report features that end up elsewhere.
 */

export const CHINA_MIN_LON_DEG = 73;
export const CHINA_MAX_LON_DEG = 136;
export const CHINA_MIN_LAT_DEG = 3;
export const CHINA_MAX_LAT_DEG = 54;

/** Radius of the Web Mercator sphere, metres. */
export const WEB_MERCATOR_RADIUS_M = 6378137;
/** Half the width of the Web Mercator square, metres (π × radius). */
export const WEB_MERCATOR_HALF_M = Math.PI * WEB_MERCATOR_RADIUS_M;

/** Web Mercator northing of a latitude, metres. */
function mercatorNorthingM(latDeg: number): number {
  return WEB_MERCATOR_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
}

const MERCATOR_MIN_X_M = (CHINA_MIN_LON_DEG * WEB_MERCATOR_HALF_M) / 180;
const MERCATOR_MAX_X_M = (CHINA_MAX_LON_DEG * WEB_MERCATOR_HALF_M) / 180;
const MERCATOR_MIN_Y_M = mercatorNorthingM(CHINA_MIN_LAT_DEG);
const MERCATOR_MAX_Y_M = mercatorNorthingM(CHINA_MAX_LAT_DEG);

/**
 * Gauss–Krüger northings of China, metres: the meridian arc to 3°N is about 331 700 m and to
 * 54°N about 5 985 000 m; a margin allows for positions off the central meridian.
 */
export const CHINA_MIN_NORTHING_M = 300_000;
export const CHINA_MAX_NORTHING_M = 6_100_000;

/** Whether a lon/lat position lies in China's box. */
export function inChina(lonDeg: number, latDeg: number): boolean {
  return (
    lonDeg >= CHINA_MIN_LON_DEG &&
    lonDeg <= CHINA_MAX_LON_DEG &&
    latDeg >= CHINA_MIN_LAT_DEG &&
    latDeg <= CHINA_MAX_LAT_DEG
  );
}

/** Whether Web Mercator metres lie in China's box. */
export function mercatorInChina(xM: number, yM: number): boolean {
  return (
    xM >= MERCATOR_MIN_X_M &&
    xM <= MERCATOR_MAX_X_M &&
    yM >= MERCATOR_MIN_Y_M &&
    yM <= MERCATOR_MAX_Y_M
  );
}
