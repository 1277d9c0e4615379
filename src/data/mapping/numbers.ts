/**
 * Numbers and chainages as GIS exports and spreadsheets write them: numbers or text, with
 * full-width digits; chainages as km numbers (`12.3`) or `K12+300` in any spacing and case.
 */
import { parseChainageKm } from '../../domain/chainage.ts';
import { foldedText } from './text.ts';

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPACES = /\s+/g;
const THOUSANDS_SEPARATOR = /(\d),(?=\d{3}(?:\D|$))/g;

/**
 * A finite number from a number or numeric text (full-width digits and thousands separators
 * allowed), or undefined.
 *
 * @example
 * readNumber('１２.５'); // 12.5
 * readNumber('1,250'); // 1250
 * readNumber('约3公里'); // undefined
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = foldedText(value)?.replace(THOUSANDS_SEPARATOR, '$1');
  if (text === undefined || !NUMBER_TEXT.test(text)) return undefined;
  return Number(text);
}

/** A chainage read from a value: its distance in km, and whether it was written as a number. */
export interface ChainageReading {
  km: number;
  fromNumber: boolean;
}

/**
 * A chainage from a km number (`12.3`, `'12.300'`) or text (`K12+300`, `k 12 + 300`,
 * `Ｋ１２＋３００`); undefined when neither.
 *
 * @example
 * readChainage('k 12 + 300'); // { km: 12.3, fromNumber: false }
 * readChainage(8.75); // { km: 8.75, fromNumber: true }
 */
export function readChainage(value: unknown): ChainageReading | undefined {
  const number = readNumber(value);
  if (number !== undefined) return number >= 0 ? { km: number, fromNumber: true } : undefined;
  const text = foldedText(value)?.replace(SPACES, '');
  if (text === undefined) return undefined;
  const km = parseChainageKm(text);
  return km === undefined ? undefined : { km, fromNumber: false };
}
