// A legend of swatches and labels that wraps to the chart's width; its swatches carry the same patterns as the marks.
import { INK, INK_MUTED } from './palette.ts';
import { el, text, textWidth } from './svg.ts';
import { TYPE } from './drawing.ts';

export interface LegendEntry {
  label: string;
  fill: string;
  /** Line charts show a line with its marker and dash instead of a box. */
  line?: { dash?: string; marker: string; colour: string };
}

const SWATCH = 14;
const ROW = 22;

/** Lays the entries out left to right, wrapping; returns the markup and the height it takes. */
export function legend(entries: readonly LegendEntry[], width: number, top: number): { markup: string; height: number } {
  if (entries.length === 0) return { markup: '', height: 0 };
  let x = 0;
  let y = top;
  const items: string[] = [];
  for (const entry of entries) {
    const itemWidth = SWATCH + 6 + textWidth(entry.label, TYPE.legend) + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += ROW;
    }
    const swatch = entry.line
      ? el('g', { transform: `translate(${x},${y + ROW / 2 - 2})` },
          el('line', { x1: -2, x2: SWATCH + 2, stroke: entry.line.colour, 'stroke-width': 2.5, 'stroke-dasharray': entry.line.dash }),
          el('path', { d: entry.line.marker, transform: `translate(${SWATCH / 2},0)`, fill: entry.line.colour, stroke: '#ffffff', 'stroke-width': 1 }))
      : el('rect', { x, y: y + (ROW - SWATCH) / 2 - 2, width: SWATCH, height: SWATCH, fill: entry.fill, stroke: INK, 'stroke-width': 0.75 });
    items.push(swatch, text(entry.label, { x: x + SWATCH + 6, y: y + ROW / 2 + 3, 'font-size': TYPE.legend, fill: INK }));
    x += itemWidth;
  }
  return { markup: el('g', { class: 'chart-legend' }, ...items), height: y - top + ROW + 4 };
}

/** A muted one-line caption inside the drawing, e.g. the axis unit （万元）. */
export function unitCaption(label: string, x: number, y: number): string {
  return label ? text(`（${label}）`, { x, y, 'font-size': TYPE.tick, fill: INK_MUTED }) : '';
}
