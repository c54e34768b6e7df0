// The state of a publicity period (公示期) on a given day: not started, running with N days left, or ended.
// Pure and dependency-free, so the build and the browser compute it the same way.

export type PublicityState = 'upcoming' | 'active' | 'ended';

export interface PublicityStatus {
  state: PublicityState;
  /** Days left including today (only while active): on the last day it is 1. */
  daysLeft?: number;
  /** Days until the period starts (only while upcoming). */
  daysUntilStart?: number;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, both YYYY-MM-DD (calendar days, no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function publicityStatus(periodStart: string, periodEnd: string, today: string): PublicityStatus {
  if (today < periodStart) return { state: 'upcoming', daysUntilStart: daysBetween(today, periodStart) };
  if (today > periodEnd) return { state: 'ended' };
  return { state: 'active', daysLeft: daysBetween(today, periodEnd) + 1 };
}

/** 未开始 / 公示中，剩余 N 天 / 已结束 */
export function publicityLabel(status: PublicityStatus): string {
  switch (status.state) {
    case 'upcoming':
      return `未开始（${status.daysUntilStart} 天后开始）`;
    case 'active':
      return status.daysLeft === 1 ? '公示中，今天截止' : `公示中，剩余 ${status.daysLeft} 天`;
    case 'ended':
      return '已结束';
  }
}
