import { describe, expect, it } from 'vitest';
import { publicityLabel, publicityStatus } from '../../../src/notices/derive/publicity.ts';

describe('publicityStatus', () => {
  const start = '2026-11-02';
  const end = '2026-11-06';

  it('is upcoming before the first day', () => {
    const status = publicityStatus(start, end, '2026-10-30');
    expect(status).toEqual({ state: 'upcoming', daysUntilStart: 3 });
    expect(publicityLabel(status)).toBe('未开始（3 天后开始）');
  });

  it('counts the days left including today, across a month boundary', () => {
    expect(publicityLabel(publicityStatus(start, end, '2026-11-02'))).toBe('公示中，剩余 5 天');
    expect(publicityLabel(publicityStatus('2026-10-30', '2026-11-02', '2026-10-31'))).toBe('公示中，剩余 3 天');
  });

  it('says the last day is today', () => {
    expect(publicityLabel(publicityStatus(start, end, end))).toBe('公示中，今天截止');
  });

  it('has ended the day after the last day', () => {
    expect(publicityLabel(publicityStatus(start, end, '2026-11-07'))).toBe('已结束');
  });
});
