// Horizontal bars for named categories, each label above its bar so long Chinese names fit at 320 px.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { csvValue, formatValue } from '../format.ts';
import type { CategoryChart } from '../spec.ts';
import { TYPE, type DrawOptions, type Drawing } from './drawing.ts';
import { legend } from './legend.ts';
import { GRID, INK, seriesFill, seriesPatterns } from './palette.ts';
import { el, text, textWidth } from './svg.ts';

const BAR = 18;
const BAR_GAP = 3;
const GROUP_GAP = 14;
const LABEL_GAP = 5;

export function drawBars(spec: CategoryChart, options: DrawOptions): Drawing {
  const { width, idPrefix } = options;
  const stacked = spec.stacked === true && spec.series.length > 1;
  const totals = spec.categories.map((_, index) => sumAt(spec, index));
  const perBar = stacked ? totals : spec.series.flatMap((series) => series.values.map((value) => value ?? 0));
  const largest = max(perBar) ?? 0;
  const labelRoom = Math.max(...perBar.map((value) => textWidth(formatValue(value, spec.unit), TYPE.value)), 0) + 8;
  // Shares are drawn against 100%, so a 60% bar looks like 60%, not like the largest share.
  const domainMax = spec.unit === 'ratio' ? Math.max(1, largest) : largest > 0 ? largest : 1;
  const x = scaleLinear().domain([0, domainMax]).range([0, Math.max(40, width - labelRoom)]);

  const key = spec.series.length > 1
    ? legend(spec.series.map((series, index) => ({ label: series.label, fill: seriesFill(index, idPrefix) })), width, 0)
    : { markup: '', height: 0 };
  const barsPerGroup = stacked ? 1 : spec.series.length;
  const groupHeight = TYPE.label + LABEL_GAP + barsPerGroup * BAR + (barsPerGroup - 1) * BAR_GAP;

  const groups = spec.categories.map((category, categoryIndex) => {
    const top = key.height + categoryIndex * (groupHeight + GROUP_GAP);
    const marks: string[] = [text(category, { x: 0, y: top + TYPE.label - 2, 'font-size': TYPE.label, fill: INK })];
    const barTop = top + TYPE.label + LABEL_GAP;
    if (stacked) {
      let start = 0;
      spec.series.forEach((series, seriesIndex) => {
        const value = series.values[categoryIndex] ?? null;
        // Zero parts are drawn with no width: every value of the CSV has its mark, and none is exaggerated.
        if (value === null) return;
        marks.push(mark(spec, seriesIndex, categoryIndex, x(start), barTop, x(start + value) - x(start), idPrefix, 0));
        start += value;
      });
      marks.push(valueLabel(formatValue(totals[categoryIndex] ?? 0, spec.unit), x(start) + 5, barTop));
    } else {
      spec.series.forEach((series, seriesIndex) => {
        const value = series.values[categoryIndex] ?? null;
        const y = barTop + seriesIndex * (BAR + BAR_GAP);
        if (value === null) {
          marks.push(valueLabel('无数据', 0, y));
          return;
        }
        marks.push(mark(spec, seriesIndex, categoryIndex, 0, y, x(value), idPrefix));
        marks.push(valueLabel(formatValue(value, spec.unit), x(value) + 5, y));
      });
    }
    return el('g', { class: 'chart-bar-group' }, ...marks);
  });

  const height = key.height + spec.categories.length * (groupHeight + GROUP_GAP) - GROUP_GAP + 2;
  const baseline = el('line', { x1: 0.5, x2: 0.5, y1: key.height + TYPE.label, y2: height, stroke: GRID, 'stroke-width': 1 });
  return { width, height, defs: seriesPatterns(spec.series.length, idPrefix), body: key.markup + baseline + groups.join('') };
}

function sumAt(spec: CategoryChart, index: number): number {
  return spec.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0);
}

/** A bar; side-by-side bars keep at least 1 unit so a tiny value stays visible next to its label. */
function mark(spec: CategoryChart, seriesIndex: number, categoryIndex: number, x: number, y: number, length: number, idPrefix: string, minLength = 1): string {
  const series = spec.series[seriesIndex];
  return el('rect', {
    x,
    y,
    width: Math.max(length, minLength),
    height: BAR,
    fill: seriesFill(seriesIndex, idPrefix),
    stroke: INK,
    'stroke-width': 0.75,
    'data-series': series?.key,
    'data-category': spec.categories[categoryIndex],
    'data-value': csvValue(series?.values[categoryIndex] ?? null, spec.unit),
  });
}

function valueLabel(content: string, x: number, barTop: number): string {
  return text(content, { x, y: barTop + BAR / 2 + TYPE.value / 2 - 2, 'font-size': TYPE.value, fill: INK });
}
