/**
 * ISO 8601 calendar dates, as the contract's `updated` property holds them.
 */

/** `YYYY-MM-DD`, optionally with a time (`T` or a space) and a zone. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether text is an ISO date (`2023-09-30`) or date-time (`2023-09-30T18:00:00+08:00`) that
 * names a real calendar day.
 *
 * @example
 * isIsoDate('2023-09-30'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('2023/09/30'); // false
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return isLeapYear(year);
  return day <= (DAYS_IN_MONTH[month - 1] as number);
}
