/**
 * The road class a route code (路线编码) implies, by the national numbering rules.
 */
import type { RoadClass } from '../../contract/roadNetwork.ts';

/** A route letter followed by digits, e.g. `G247`, `X085`, `C0431`, `X085510824`. */
const ROUTE_CODE = /^([GSXYCZ])(\d+)$/;
const SPACES = /\s+/g;

/**
 * The class a route code implies, or undefined when the code follows no rule.
 *
 * - `G`/`S` + 1–2 or 4 digits → `expressway` (G5, S1, G4215)
 * - `G` + 3 digits → `national`; `S` + 3 digits → `provincial`
 * - `X` + 3 or more digits → `county`; `Y` + 3 or more → `township` (a 6-digit administrative
 *   division code may follow, as in `X085510824`)
 * - `C` + digits → `village`; `Z` + digits → `other` (special-purpose roads)
 *
 * Letters may be lower case and spaces are ignored (`g 247` reads as `G247`).
 *
 * @example
 * classFromRoute('G4215'); // 'expressway'
 * classFromRoute('S209'); // 'provincial'
 * classFromRoute('一环路'); // undefined
 */
export function classFromRoute(route: string): RoadClass | undefined {
  const match = ROUTE_CODE.exec(route.replace(SPACES, '').toUpperCase());
  if (!match) return undefined;
  const letter = match[1];
  const digitCount = (match[2] as string).length;
  switch (letter) {
    case 'G':
    case 'S':
      if (digitCount <= 2 || digitCount === 4) return 'expressway';
      if (digitCount === 3) return letter === 'G' ? 'national' : 'provincial';
      return undefined;
    case 'X':
      return digitCount >= 3 ? 'county' : undefined;
    case 'Y':
      return digitCount >= 3 ? 'township' : undefined;
    case 'C':
      return 'village';
    default:
      return 'other';
  }
}
