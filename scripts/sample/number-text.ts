// Numbers as people type them in spreadsheets and stories, without locale data.

/** `1250000` → `1,250,000` (ASCII separators, as in Excel's default number format). */
export function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Cents as yuan with exactly two decimals, optionally grouped: `1,250,000.00`. */
export function yuanText(cents: number, grouped: boolean): string {
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${grouped ? groupThousands(whole) : String(whole)}.${fraction}`;
}
