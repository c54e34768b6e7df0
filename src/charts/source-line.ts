// The one-line source under every chart: publisher, release date and licence (and the page, in downloads).
import type { ChartSource } from './spec.ts';

/** 2026-11-01 → 2026年11月1日 (kept here so the chart kit does not depend on the site's modules). */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

export function sourceLine(source: ChartSource): string {
  const line = `来源：${source.publisher} · 数据版本 ${chineseDate(source.release)} · 许可 ${source.license}`;
  return source.sample ? `${line} · 示例数据，数字均为虚构` : line;
}
