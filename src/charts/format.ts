// How a chart's values read: in labels and axes (Chinese, rounded) and in the CSV (exact, machine-readable).
import { fenToYuanText } from '../site/csv-out.ts';
import type { ValueUnit } from './spec.ts';

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const axisNumber = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** Fen per 万元. */
const FEN_PER_WAN = 1_000_000;

/** A value as a label beside its mark: 1,234 · 56.7 万元 · 87.5% · 12.3. */
export function formatValue(value: number, unit: ValueUnit): string {
  switch (unit) {
    case 'count':
      return integer.format(value);
    case 'fen':
      return Math.abs(value) < FEN_PER_WAN ? `${integer.format(value / 100)} 元` : `${oneDecimal.format(value / FEN_PER_WAN)} 万元`;
    case 'ratio':
      return `${oneDecimal.format(value * 100)}%`;
    case 'decimal':
      return oneDecimal.format(value);
  }
}

const twoSignificant = new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 2 });

/**
 * A class break of a choropleth legend. Breaks are rounded to two significant digits (classes.ts), so
 * they are shown with exactly those digits: 0.48 and 0.52 must not both read "0.5".
 */
export function formatBreak(value: number, unit: ValueUnit): string {
  switch (unit) {
    case 'ratio':
      return `${twoSignificant.format(value * 100)}%`;
    case 'fen':
      return Math.abs(value) < FEN_PER_WAN ? `${twoSignificant.format(value / 100)} 元` : `${twoSignificant.format(value / FEN_PER_WAN)} 万元`;
    default:
      return twoSignificant.format(value);
  }
}

/** The axis of a chart: the unit named once in its title, ticks as bare numbers in that unit. */
export interface AxisUnit {
  /** Shown once, above the axis: （万元）, （%）, or empty for counts. */
  label: string;
  tick: (value: number) => string;
}

export function axisUnit(unit: ValueUnit, max: number): AxisUnit {
  switch (unit) {
    case 'count':
      return { label: '', tick: (value) => integer.format(value) };
    case 'fen':
      return max >= FEN_PER_WAN
        ? { label: '万元', tick: (value) => axisNumber.format(value / FEN_PER_WAN) }
        : { label: '元', tick: (value) => integer.format(value / 100) };
    case 'ratio':
      return { label: '%', tick: (value) => axisNumber.format(value * 100) };
    case 'decimal':
      return { label: '', tick: (value) => axisNumber.format(value) };
  }
}

/** The unit in a CSV header: 计划资金（元）. Counts and plain figures carry none. */
export function csvUnitSuffix(unit: ValueUnit): string {
  return unit === 'fen' ? '（元）' : unit === 'ratio' ? '（%）' : '';
}

/**
 * A value as its CSV cell: exact yuan with fen, percentages with two decimals, counts as integers.
 * The same text is put on each drawn mark as data-value, so the CSV provably matches the picture.
 */
export function csvValue(value: number | null, unit: ValueUnit): string {
  if (value === null) return '';
  switch (unit) {
    case 'count':
      return String(Math.round(value));
    case 'fen':
      return fenToYuanText(Math.round(value));
    case 'ratio':
      return (value * 100).toFixed(2);
    case 'decimal':
      return value.toFixed(2);
  }
}
