// Sums of money. Every amount is whole fen (分) from the moment the pipeline parses the export's yuan, and every
// sum on the site goes through here: totals reconcile to the fen, and an amount that is not whole fen (yuan that
// slipped in unconverted, a rate added by mistake) stops the build instead of drifting into a published total.
// Imports nothing, so the browser sums a filtered table with the same code.

/** Money allocated to and disbursed for something: a fund line, a project, a group of projects. Whole fen. */
export interface FundAmounts {
  allocated: number;
  disbursed: number;
}

/** a + b, whole fen; throws a RangeError when either is not whole fen or the sum leaves the safe-integer range. */
export function addFen(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || !Number.isSafeInteger(sum)) {
    throw new RangeError(`Money is summed in whole fen, got ${a} + ${b}`);
  }
  return sum;
}

/** Adds `amounts` into `into` (a running total, a group's row), in place. */
export function addAmounts(into: FundAmounts, amounts: Readonly<FundAmounts>): void {
  into.allocated = addFen(into.allocated, amounts.allocated);
  into.disbursed = addFen(into.disbursed, amounts.disbursed);
}

/** Allocated and disbursed summed over `items`; zero for none. */
export function sumAmounts(items: Iterable<Readonly<FundAmounts>>): FundAmounts {
  const total: FundAmounts = { allocated: 0, disbursed: 0 };
  for (const item of items) addAmounts(total, item);
  return total;
}
