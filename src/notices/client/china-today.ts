// Today's calendar day in China, where every publicity period runs, whatever the phone's own time zone.

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** YYYY-MM-DD in Asia/Shanghai. China is UTC+8 all year (no daylight saving since 1991), so no tz data is needed. */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
