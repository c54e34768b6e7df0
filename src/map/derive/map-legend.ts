// How a layer's values and classes read in Chinese. Dependency-free: the server-rendered table and the
// map's script in the browser format the same value the same way.
import type { MapLevel } from './map-data.ts';
import type { LayerUnit } from './map-layers.ts';

/** A layer's unit, or one of the blueprints' maps (blueprint-fills.ts): money in 万元, a count of things. */
export type ValueUnit = LayerUnit | 'wanYuan' | 'count';

const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });
const legendNumber = new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 3 });
const legendPercent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumSignificantDigits: 3 });

/** Regions without data: light grey with a dashed outline, so they differ from the lowest class by more than hue. */
export const NO_DATA_FILL = '#e6e6e6';

/** A value as the table and the hover card show it; 无数据 when there is none. */
export function formatLayerValue(unit: ValueUnit, value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '无数据';
  switch (unit) {
    case 'per10k':
      return `${oneDecimal.format(value)} 名/万人`;
    case 'yuanPerResident':
      return `${value < 100 ? oneDecimal.format(value) : whole.format(value)} 元/人`;
    case 'ratio':
      return percent.format(value);
    case 'wanYuan':
      return `${oneDecimal.format(value)} 万元`;
    case 'count':
      return `${whole.format(value)} 个`;
  }
}

function formatBound(unit: ValueUnit, value: number): string {
  return unit === 'ratio' ? legendPercent.format(value) : legendNumber.format(value);
}

/** The class a value falls in: values equal to a break belong to the class above it. */
export function classIndex(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value >= (breaks[index] ?? Infinity)) index += 1;
  return index;
}

/** One label per class: 低于 a, a–b, …, b 及以上 (a single class reads 全部). */
export function classLabels(unit: ValueUnit, breaks: readonly number[]): string[] {
  if (breaks.length === 0) return ['全部地区'];
  const bounds = breaks.map((value) => formatBound(unit, value));
  return [
    `低于 ${bounds[0]}`,
    ...bounds.slice(1).map((upper, index) => `${bounds[index]}–${upper}`),
    `${bounds.at(-1)} 及以上`,
  ];
}

/** The unit as the legend's heading says it. */
export function unitCaption(unit: ValueUnit): string {
  switch (unit) {
    case 'per10k':
      return '名/万人';
    case 'yuanPerResident':
      return '元/人';
    case 'ratio':
      return '%';
    case 'wanYuan':
      return '万元';
    case 'count':
      return '个';
  }
}

/** The map's two levels as the UI names them (as REGION_LEVEL_LABELS, kept here so the browser needs no schema code). */
export const MAP_LEVEL_LABELS = { county: '县（区）', township: '乡镇（街道）' } as const satisfies Record<MapLevel, string>;

/** 每万人表彰人数（名/万人，按乡镇（街道）） */
export function legendTitle(label: string, unit: LayerUnit, level: MapLevel): string {
  return `${label}（${unitCaption(unit)}，按${MAP_LEVEL_LABELS[level]}）`;
}
