/**
 * Cell values of a progress sheet read as chainages, numbers, years and dates. Cells come as
 * the readers give them: text (from a CSV or a text cell), numbers, or dates (an Excel date cell).
 */
import { parseChainageKm } from '../../domain/chainage.ts';
import type { SheetCell } from './progressRow.ts';

/** White space, including the ideographic space. */
const SPACE = /[\s\u3000]+/g;

/** A plain decimal number. */
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)$/;

/** Whether a cell holds nothing: null or blank text. */
export function isBlankCell(cell: SheetCell | undefined): boolean {
  return (
    cell === null ||
    cell === undefined ||
    (typeof cell === 'string' && cell.replace(SPACE, '') === '')
  );
}

/** A cell as trimmed text (NFKC-folded, for reading codes and words), or undefined when blank. */
export function cellText(cell: SheetCell | undefined): string | undefined {
  return writtenText(cell)?.normalize('NFKC');
}

/**
 * A cell as trimmed text as written (names, towns, notes: `（二期）` stays full-width, as the
 * network writes it), or undefined when blank.
 */
export function writtenText(cell: SheetCell | undefined): string | undefined {
  if (isBlankCell(cell) || cell === undefined || cell === null) return undefined;
  if (cell instanceof Date) return isoDateOf(cell);
  return String(cell).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/**
 * A chainage cell in km, or undefined when it names none. Accepts `K12+300`, `K12+300.5`,
 * `k 12 + 300`, full-width forms (`Ｋ１２＋３００`), `12+300` without the K, and a number of km
 * (`12.3`, as a number or as text). Chainage text itself is read by the domain's parser.
 *
 * @example
 * chainageKmOf('k 12 + 300'); // 12.3
 * chainageKmOf(12.3); // 12.3
 */
export function chainageKmOf(cell: SheetCell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFKC').replace(SPACE, '');
  if (DECIMAL.test(text)) {
    const km = Number(text);
    return km >= 0 ? km : undefined;
  }
  const chainage = /^[Kk]/.test(text) ? text : `K${text}`;
  return parseChainageKm(chainage);
}

/** Units and marks a number may carry in a cell: km, 万元, %, thousands separators. */
const NUMBER_DECORATION = /^([-+]?[\d.]+)(公里|千米|km|万元|元|米|m|%)?$/i;

/**
 * A number cell, or undefined when it holds none. Text may carry thousands separators and a
 * unit (`1,234.5`, `3.2公里`, `12 km`).
 *
 * @example
 * numberOf('1,234.5'); // 1234.5
 * numberOf('3.2公里'); // 3.2
 */
export function numberOf(cell: SheetCell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.normalize('NFKC').replace(SPACE, '').replace(/,/g, '');
  const match = NUMBER_DECORATION.exec(text);
  if (!match || !DECIMAL.test(match[1] ?? '')) return undefined;
  return Number(match[1]);
}

/** The earliest and latest years a sheet's year or date may name. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

/**
 * A year cell (`2023`, `2023年`, `2023年度`, a date), or undefined.
 *
 * @example
 * yearOf('2023年度'); // 2023
 */
export function yearOf(cell: SheetCell | undefined): number | undefined {
  if (cell instanceof Date) return cell.getUTCFullYear();
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const match = /^(\d{4})(?:年度?)?$/.exec(text);
  const year = Number(match?.[1]);
  return match && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

/** Days from Excel's day 0 (1899-12-30, counting its 1900 leap-day error) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/** A date's calendar day as `YYYY-MM-DD`, read in UTC as Excel dates are. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day as `YYYY-MM-DD`, or undefined when it does not exist (2023-02-30). */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return isoDateOf(date);
}

/** The last day of a month. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A serial day number of Excel as `YYYY-MM-DD`, or undefined outside the years read. */
function excelSerialDate(serial: number): string | undefined {
  const date = new Date(Math.round((Math.floor(serial) - EXCEL_EPOCH_DAYS) * DAY_MS));
  const year = date.getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR ? isoDateOf(date) : undefined;
}

/** Year, month and optional day, separated by `-`, `/`, `.` or written `年 月 日`. */
const TEXT_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:(?:[-/.]|月)\s*(\d{1,2})\s*日?|月)?$/;

/** Eight digits: `20230331`. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A date cell as `YYYY-MM-DD`, or undefined. Reads Excel dates (Date objects), Excel serial
 * numbers (`45292`, as a number or as text), and text dates: `2023-03-31`, `2023/3/31`,
 * `2023年3月31日`, `20230331`, and months (`2023.03`, `2023-03`, `2023年3月`), which stand for
 * their last day: a monthly report states the month's end.
 *
 * @example
 * dateOf(45292); // '2024-01-01'
 * dateOf('2023.03'); // '2023-03-31'
 */
export function dateOf(cell: SheetCell | undefined): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoDateOf(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? excelSerialDate(cell) : undefined;
  const text = cellText(cell);
  if (text === undefined) return undefined;
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return excelSerialDate(Number(text));
  const compact = COMPACT_DATE.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const match = TEXT_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? lastDayOfMonth(year, month) : Number(match[3]);
  return month >= 1 && month <= 12 ? isoDate(year, month, day) : undefined;
}
