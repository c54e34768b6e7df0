// How numbers, money and dates read in Chinese.
import type { Ratio } from './ratio.ts';
import { memoized } from './memo.ts';

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const yuanExact = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wanYuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

/** 1234567 → 1,234,567 (a non-negative safe integer). */
function groupDigits(whole: number): string {
  const digits = String(whole);
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}

// Whole numbers (counts, fen) are formatted by hand: a build formats millions of them (1,000,000 fund lines
// twice over), and Intl.NumberFormat costs ~1 µs a call. Anything else goes to Intl; tests/site/format.test.ts
// checks both paths give the same text.

export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return integer.format(value);
  return value < 0 ? `-${groupDigits(-value)}` : groupDigits(value);
}

/** Exact yuan with fen: 1234567 fen → 12,345.67 元. */
export function formatYuanExact(fen: number): string {
  if (!Number.isSafeInteger(fen)) return `${yuanExact.format(fen / 100)} 元`;
  const magnitude = Math.abs(fen);
  const cents = magnitude % 100;
  return `${fen < 0 ? '-' : ''}${groupDigits((magnitude - cents) / 100)}.${cents < 10 ? '0' : ''}${cents} 元`;
}

/** Amounts people read at a glance: under 10,000 元 exact, above in 万元 with one decimal. */
export function formatYuan(fen: number): string {
  const yuan = fen / 100;
  return Math.abs(yuan) < 10_000 ? `${integer.format(yuan)} 元` : `${wanYuan.format(yuan / 10_000)} 万元`;
}

/** 0.756 → 75.6%; a ratio without a value reads —. */
export function formatPercent(ratio: Ratio): string {
  return ratio !== undefined && Number.isFinite(ratio) ? percent.format(ratio) : '—';
}

/** 2026-11-01 → 2026年11月1日 (a build formats a million fund lines' dates, a few thousand distinct days: each once) */
export const formatDate = memoized((iso: string): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
});
