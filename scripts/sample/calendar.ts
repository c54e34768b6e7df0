// Calendar arithmetic on whole days, in UTC so no time zone or clock can shift a date.

/** Days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, dayOfMonth: number): Day {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** Parses `YYYY-MM-DD`, rejecting dates that do not exist (2026-02-30). */
export function parseIsoDate(text: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${text}`);
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayOf(year, month, dayOfMonth);
  if (isoDate(day) !== text) throw new Error(`no such date: ${text}`);
  return day;
}

export function isoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `2026年10月28日`, as dates are written in notice bodies. */
export function chineseDate(day: Day): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The same month and day in another year (29 February falls back to the 28th). */
export function sameDateInYear(day: Day, year: number): Day {
  const d = new Date(day * MS_PER_DAY);
  const month = d.getUTCMonth() + 1;
  const dayOfMonth = Math.min(d.getUTCDate(), month === 2 ? 28 : 31);
  return dayOf(year, month, dayOfMonth);
}

/** Monday to Friday. Public holidays are not modelled: publicity periods skip weekends only. */
export function isWorkingDay(day: Day): boolean {
  // 1970-01-01 was a Thursday: day 0 → weekday 4 (Sunday = 0).
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** The given day if it is a working day, otherwise the next one. */
export function onOrAfterWorkingDay(day: Day): Day {
  let d = day;
  while (!isWorkingDay(d)) d += 1;
  return d;
}

/** The last day of a run of `count` working days that starts on `start` (itself a working day). */
export function lastOfWorkingDays(start: Day, count: number): Day {
  if (!isWorkingDay(start)) throw new Error(`${isoDate(start)} is not a working day`);
  let d = start;
  let counted = 1;
  while (counted < count) {
    d += 1;
    if (isWorkingDay(d)) counted += 1;
  }
  return d;
}

/** Working days from start to end inclusive. */
export function countWorkingDays(start: Day, end: Day): number {
  let n = 0;
  for (let d = start; d <= end; d++) if (isWorkingDay(d)) n += 1;
  return n;
}
