/**
 * A search for a place by route and chainage (`G247 K391+400`, `g247 391.4`), as typed in the
 * search box: the route code and the chainage in km.
 */
import { parseChainageKm } from './chainage.ts';

/** A route and a chainage on it. */
export interface ChainageQuery {
  /** The route code, upper case (`G247`). */
  route: string;
  /** The chainage in km. */
  km: number;
}

/** A route code (one or two letters, digits), then `K…` or, after a space, a number of km. */
const QUERY = /^([A-Z]{1,2}\d+)(?:\s*(K.*)|\s+(\d.*))$/;

/** Whole km, `+`, metres (three digits, decimals allowed): `K391+400`, or `K391` alone. */
const WHOLE_KM = /^K(\d+(?:\.\d+)?)$/;

/** A plain number of km: `391.4`. */
const DECIMAL_KM = /^\d+(?:\.\d+)?$/;

/**
 * The route and chainage a search names, or null when the text is not one. Full-width letters,
 * digits and `＋` are read as their ASCII forms; case and spaces do not matter.
 *
 * @example
 * parseChainageQuery('G247 K391+400'); // { route: 'G247', km: 391.4 }
 * parseChainageQuery('g247 391.4'); // { route: 'G247', km: 391.4 }
 * parseChainageQuery('G247K391+400'); // { route: 'G247', km: 391.4 }
 * parseChainageQuery('Ｇ２４７Ｋ３９１＋４００'); // { route: 'G247', km: 391.4 }
 * parseChainageQuery('G247'); // null
 */
export function parseChainageQuery(text: string): ChainageQuery | null {
  const folded = text.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ');
  const match = QUERY.exec(folded);
  if (!match) return null;
  const route = match[1] as string;
  const chainage = (match[2] ?? match[3] ?? '').replace(/ /g, '');
  let km: number | undefined;
  if (DECIMAL_KM.test(chainage)) km = Number(chainage);
  else if (WHOLE_KM.test(chainage)) km = Number(WHOLE_KM.exec(chainage)?.[1]);
  else km = parseChainageKm(chainage.startsWith('K') ? chainage : `K${chainage}`);
  return km === undefined || !Number.isFinite(km) ? null : { route, km };
}
