/**
 * The steps of year playback: the end of each month from the first date of a progress history
 * to its last, so that playback moves month by month whatever dates the sheets carry.
 */

/** The last day of a month (`month` 1…12), as `YYYY-MM-DD`. */
function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Month ends from the month of `dates[0]` to the month of the last date (dates rising,
 * `YYYY-MM-DD`); empty for fewer than two dates.
 *
 * @example
 * monthSteps(['2023-03-31', '2023-06-15']); // ['2023-03-31', '2023-04-30', '2023-05-31', '2023-06-30']
 */
export function monthSteps(dates: readonly string[]): string[] {
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined || dates.length < 2) return [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const endYear = Number(last.slice(0, 4));
  const endMonth = Number(last.slice(5, 7));
  const steps: string[] = [];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    steps.push(monthEnd(year, month));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return steps;
}
