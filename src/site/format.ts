// How numbers, money and dates read in Chinese.

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const yuanExact = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wanYuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** Exact yuan with fen: 1234567 fen → 12,345.67 元. */
export function formatYuanExact(fen: number): string {
  return `${yuanExact.format(fen / 100)} 元`;
}

/** Amounts people read at a glance: under 10,000 元 exact, above in 万元 with one decimal. */
export function formatYuan(fen: number): string {
  const yuan = fen / 100;
  return Math.abs(yuan) < 10_000 ? `${integer.format(yuan)} 元` : `${wanYuan.format(yuan / 10_000)} 万元`;
}

export function formatPercent(ratio: number): string {
  return Number.isFinite(ratio) ? percent.format(ratio) : '—';
}

/** 2026-11-01 → 2026年11月1日 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
