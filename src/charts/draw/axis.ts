// Value gridlines and category labels for column and line charts, drawn from d3 scales without a DOM.
import type { ScaleLinear } from 'd3-scale';
import { axisUnit } from '../format.ts';
import type { ValueUnit } from '../spec.ts';
import { TYPE } from './drawing.ts';
import { unitCaption } from './legend.ts';
import { GRID, INK, INK_MUTED } from './palette.ts';
import { el, text, textWidth } from './svg.ts';

/** Left margin the tick labels of `y` need. */
export function valueAxisWidth(y: ScaleLinear<number, number>, unit: ValueUnit): number {
  const { tick } = axisUnit(unit, y.domain()[1] ?? 0);
  return Math.max(...y.ticks(5).map((value) => textWidth(tick(value), TYPE.tick))) + 8;
}

/** Horizontal gridlines across the plot with tick labels on the left, and the unit above them. */
export function valueAxis(y: ScaleLinear<number, number>, unit: ValueUnit, left: number, right: number, unitY: number): string {
  const { tick, label } = axisUnit(unit, y.domain()[1] ?? 0);
  const lines = y.ticks(5).map((value) =>
    el('g', { transform: `translate(0,${y(value)})` },
      el('line', { x1: left, x2: right, stroke: value === 0 ? INK : GRID, 'stroke-width': 1 }),
      text(tick(value), { x: left - 6, y: 5, 'font-size': TYPE.tick, fill: INK_MUTED, 'text-anchor': 'end' })),
  );
  return el('g', { class: 'chart-axis', 'aria-hidden': 'true' }, unitCaption(label, 0, unitY), ...lines);
}

/** Category labels under the plot, every other one dropped when they would touch. */
export function categoryAxis(categories: readonly string[], centre: (category: string) => number, step: number, y: number): string {
  const widest = Math.max(0, ...categories.map((category) => textWidth(category, TYPE.tick)));
  const every = Math.max(1, Math.ceil((widest + 6) / Math.max(step, 1)));
  const labels = categories.map((category, index) =>
    index % every === 0 || index === categories.length - 1
      ? text(category, { x: centre(category), y, 'font-size': TYPE.tick, fill: INK, 'text-anchor': 'middle' })
      : '',
  );
  return el('g', { class: 'chart-axis' }, ...labels);
}
