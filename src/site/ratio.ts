// Ratios (rates, shares, coverage), and the site's one way of saying that a ratio has no value.

/**
 * A ratio, or `undefined` when it has no value because there is nothing to divide by: a disbursement rate
 * with nothing allocated, a share of a total of zero, satisfaction with no spot-check calls. Never `NaN`
 * (it prints as "NaN%" and sorts nowhere) and never a made-up 0 (a region without pairings has no coverage,
 * not 0 % coverage). Pages show it as —, JSON downloads as null, CSV as an empty cell, charts as a gap.
 */
export type Ratio = number | undefined;

/** numerator ÷ denominator, or undefined (no value) when the denominator is missing or not above zero. */
export function ratio(numerator: number, denominator: number | undefined): Ratio {
  return denominator !== undefined && denominator > 0 ? numerator / denominator : undefined;
}
