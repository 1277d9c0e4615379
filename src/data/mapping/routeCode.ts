/**
 * Route codes (路线编码) as sources write them: `G247`; the rural-road database's long codes
 * `X396360726` (letter, 3 digits, 6-digit administrative division code); OpenStreetMap's several
 * codes in one `ref` (`G109;G215`) and old alignments marked `G315(旧)`.
 */
import type { RoadClass } from '../../contract/roadNetwork.ts';
import { classFromRoute } from '../validate/routeClass.ts';
import { classHeight } from './classRank.ts';
import { foldedText } from './text.ts';

/** What a route field's value says. */
export interface RouteReading {
  /** The code to show, e.g. `X396`, `G109`; the text as written when it is not a code. */
  route: string;
  /** The class the code implies, where it follows the numbering rules. */
  routeClass?: RoadClass;
  /** The long code was shortened to letter and number (`X396360726` → `X396`). */
  shortened: boolean;
  /** Every code of a `ref` naming several, the shown one first; empty for a single code. */
  allCodes: string[];
  /** The code was marked as an old alignment (`旧`, `老`, `old`). */
  oldAlignment: boolean;
}

/** Separators between several codes in one value. */
const CODE_SEPARATOR = /[;,/、|]+/;
/** A code followed by a bracketed old-alignment mark, e.g. `G315(旧)`. */
const OLD_MARK = /^(.*?)\s*\((?:旧|老|舊|old)\)$/i;
/** A letter and its number followed by a 6-digit division code: `X396360726`, `G4215510824`. */
const LONG_CODE = /^([GSXYCZ])(\d{3,4})(\d{6})$/;
const SPACES = /\s+/g;

interface CodeReading {
  code: string;
  routeClass?: RoadClass;
  shortened: boolean;
  oldAlignment: boolean;
}

function readOneCode(text: string): CodeReading {
  let code = text;
  let oldAlignment = false;
  const old = OLD_MARK.exec(code);
  if (old) {
    code = old[1] as string;
    oldAlignment = true;
  }
  const compact = code.replace(SPACES, '').toUpperCase();
  const long = LONG_CODE.exec(compact);
  // Nine digits after the letter is always letter + 3 + division code; ten is 4 + division code
  // only for G and S (expressways such as G4215), since X, Y and C roads have 3-digit numbers.
  if (long && (long[2]?.length === 3 || long[1] === 'G' || long[1] === 'S')) {
    const shortCode = `${long[1]}${long[2]}`;
    return {
      code: shortCode,
      routeClass: classFromRoute(shortCode),
      shortened: true,
      oldAlignment,
    };
  }
  const routeClass = classFromRoute(compact);
  return {
    code: routeClass === undefined ? code : compact,
    routeClass,
    shortened: false,
    oldAlignment,
  };
}

/**
 * Reads a route field's value. Several codes give the highest-class one as the route (the first
 * of equal class), with all of them listed; text that is not a code is kept as written.
 * Undefined for an empty value.
 *
 * @example
 * readRouteCode('X396360726'); // { route: 'X396', routeClass: 'county', shortened: true, … }
 * readRouteCode('X012;G109').route; // 'G109'
 * readRouteCode('G315(旧)'); // { route: 'G315', oldAlignment: true, … }
 */
export function readRouteCode(value: unknown): RouteReading | undefined {
  const text = foldedText(value);
  if (text === undefined) return undefined;
  const parts = text
    .split(CODE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const readings = parts.map(readOneCode);
  let best = readings[0];
  if (best === undefined) return undefined;
  for (const reading of readings) {
    const height = reading.routeClass === undefined ? 0 : classHeight(reading.routeClass);
    const bestHeight = best.routeClass === undefined ? 0 : classHeight(best.routeClass);
    if (height > bestHeight) best = reading;
  }
  const chosen = best;
  const allCodes =
    readings.length > 1
      ? [chosen.code, ...readings.filter((reading) => reading !== chosen).map((r) => r.code)]
      : [];
  const reading: RouteReading = {
    route: chosen.code,
    shortened: readings.some((entry) => entry.shortened),
    allCodes,
    oldAlignment: readings.some((entry) => entry.oldAlignment),
  };
  if (chosen.routeClass !== undefined) reading.routeClass = chosen.routeClass;
  return reading;
}
