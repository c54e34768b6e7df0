// Vertical columns for years: stacked (parts of a whole, total on top) or side by side (to compare two figures).
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { csvValue, formatValue } from '../format.ts';
import type { CategoryChart } from '../spec.ts';
import { categoryAxis, valueAxis, valueAxisWidth } from './axis.ts';
import { TYPE, type DrawOptions, type Drawing } from './drawing.ts';
import { legend } from './legend.ts';
import { INK, seriesFill, seriesPatterns } from './palette.ts';
import { el, text, textWidth } from './svg.ts';

export function drawColumns(spec: CategoryChart, options: DrawOptions): Drawing {
  const { width, idPrefix } = options;
  const plotHeight = options.plotHeight ?? 220;
  const stacked = spec.stacked === true && spec.series.length > 1;
  const totals = spec.categories.map((_, index) => spec.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
  const largest = stacked ? max(totals) ?? 0 : max(spec.series.flatMap((series) => series.values.map((value) => value ?? 0))) ?? 0;

  const key = spec.series.length > 1
    ? legend(spec.series.map((series, index) => ({ label: series.label, fill: seriesFill(index, idPrefix) })), width, 0)
    : { markup: '', height: 0 };
  const top = key.height + TYPE.tick + 14; // room for the unit caption and the labels on top of the columns
  const y = scaleLinear().domain([0, largest > 0 ? largest : 1]).nice().range([top + plotHeight, top]);
  const left = valueAxisWidth(y, spec.unit);
  const x = scaleBand<string>().domain(spec.categories).range([left, width]).paddingInner(0.25).paddingOuter(0.15);
  const inner = scaleBand<string>().domain(spec.series.map((series) => series.key)).range([0, x.bandwidth()]).padding(0.08);

  const marks: string[] = [];
  spec.categories.forEach((category, categoryIndex) => {
    const x0 = x(category) ?? 0;
    let base = 0;
    spec.series.forEach((series, seriesIndex) => {
      const value = series.values[categoryIndex] ?? null;
      if (value === null) return;
      const from = stacked ? base : 0;
      const columnX = stacked ? x0 : x0 + (inner(series.key) ?? 0);
      const columnWidth = stacked ? x.bandwidth() : inner.bandwidth();
      marks.push(el('rect', {
        x: columnX,
        y: y(from + value),
        width: columnWidth,
        height: Math.max(0, y(from) - y(from + value)),
        fill: seriesFill(seriesIndex, idPrefix),
        stroke: INK,
        'stroke-width': 0.75,
        'data-series': series.key,
        'data-category': category,
        'data-value': csvValue(value, spec.unit),
      }));
      if (stacked) base += value;
    });
    // A total over each stacked column, when it fits: the figure readers look for first.
    const total = formatValue(totals[categoryIndex] ?? 0, spec.unit);
    if (stacked && textWidth(total, TYPE.value) <= x.step()) {
      marks.push(text(total, { x: x0 + x.bandwidth() / 2, y: y(base) - 5, 'font-size': TYPE.value, fill: INK, 'text-anchor': 'middle' }));
    }
  });

  const axisY = top + plotHeight + TYPE.tick + 6;
  const body = key.markup
    + valueAxis(y, spec.unit, left, width, key.height + TYPE.tick)
    + el('g', { class: 'chart-marks' }, ...marks)
    + categoryAxis(spec.categories, (category) => (x(category) ?? 0) + x.bandwidth() / 2, x.step(), axisY);
  return { width, height: axisY + 6, defs: seriesPatterns(spec.series.length, idPrefix), body };
}
