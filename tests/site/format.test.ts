import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatPercent, formatYuanExact } from '../../src/site/format.ts';

const intlCount = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const intlYuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Deterministic pseudo-random integers over every magnitude up to 10^15. */
function* samples(): Generator<number> {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (const edge of [0, 1, 9, 10, 99, 100, 101, 999, 1000, 1001, 99_999, 100_000, 123_456_789, Number.MAX_SAFE_INTEGER]) {
    yield edge;
    if (edge !== 0) yield -edge;
  }
  for (let n = 0; n < 5000; n += 1) {
    const value = Math.floor(next() * 10 ** Math.floor(next() * 16));
    yield next() < 0.1 && value !== 0 ? -value : value;
  }
}

describe('formatting whole numbers by hand', () => {
  it('writes counts exactly as Intl.NumberFormat does', () => {
    for (const value of samples()) expect(formatCount(value)).toBe(intlCount.format(value));
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(12.6)).toBe('13');
    expect(formatCount(-0)).toBe('0'); // Intl writes -0

  });

  it('writes fen as yuan with two decimals exactly as Intl.NumberFormat does', () => {
    // Up to 10^13 fen (a hundred billion yuan), where fen / 100 as a double still rounds to the right fen.
    for (const fen of samples()) if (Math.abs(fen) < 1e13) expect(formatYuanExact(fen)).toBe(`${intlYuan.format(fen / 100)} 元`);
    expect(formatYuanExact(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91 元'); // Intl, through a double, says .90
    expect(formatYuanExact(1234567)).toBe('12,345.67 元');
    expect(formatYuanExact(5)).toBe('0.05 元');
    expect(formatYuanExact(-120)).toBe('-1.20 元');
  });

  it('writes a ratio as a percentage, and a ratio without a value as —', () => {
    expect(formatPercent(0.756)).toBe('75.6%');
    expect(formatPercent(undefined)).toBe('—');
  });

  it('writes dates the Chinese way', () => {
    expect(formatDate('2026-11-01')).toBe('2026年11月1日');
  });
});
