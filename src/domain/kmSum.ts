/**
 * A running sum of kilometres that adds like decimals: in whole millimetres.
 */

/** Millimetres per kilometre. */
const MM_PER_KM = 1_000_000;

/**
 * Adds kilometre figures as whole millimetres, in integers that are exact in binary up to
 * 9 billion km. The sum is then the double nearest to the decimal total: 0.1 + 0.2 km gives
 * 0.3 (a plain sum gives 0.30000000000000004), and declared lengths that add up to 314.00 km
 * give exactly 314, however many there are. Each figure is rounded to the millimetre, far
 * below the two decimals shown.
 *
 * @example
 * const sum = new KmSum();
 * for (const km of [0.1, 0.2, 0.3]) sum.add(km);
 * sum.value; // 0.6
 */
export class KmSum {
  private millimetres = 0;

  /** Adds one figure in km. */
  add(km: number): void {
    this.millimetres += Math.round(km * MM_PER_KM);
  }

  /** The sum so far in km. */
  get value(): number {
    return this.millimetres / MM_PER_KM;
  }
}
