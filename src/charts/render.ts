// The one code path from a chart spec to SVG markup, shared by the pages, the embeds and the SVG/PNG downloads.
import { drawBars } from './draw/bar.ts';
import { drawChoropleth } from './draw/choropleth.ts';
import { drawColumns } from './draw/column.ts';
import type { DrawOptions, Drawing } from './draw/drawing.ts';
import { TYPE } from './draw/drawing.ts';
import { drawLines } from './draw/line.ts';
import { FONT_FAMILY, INK, INK_MUTED } from './draw/palette.ts';
import { escapeXml } from '../site/escape.ts';
import { el, text } from './draw/svg.ts';
import { wrapText } from './draw/wrap.ts';
import { sourceLine } from './source-line.ts';
import type { ChartSource, ChartSpec } from './spec.ts';

export interface RenderOptions {
  /** Width in user units; the SVG scales to its container. Default 400: readable from 300 px up. */
  width?: number;
  /** Height of the plot area for column and line charts (bars and maps size themselves). */
  height?: number;
  /**
   * A file that stands alone (SVG and PNG downloads): the title, note and source line are drawn inside it,
   * on a white background. Without it the page around the SVG shows them as HTML.
   */
  standalone?: { source: ChartSource };
  /** Prefix for ids inside the SVG; defaults to the chart's id. */
  idPrefix?: string;
}

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

export const DEFAULT_CHART_WIDTH = 400;
const PADDING = 16;

export function drawChart(spec: ChartSpec, options: RenderOptions = {}): RenderedChart {
  const width = options.width ?? DEFAULT_CHART_WIDTH;
  const idPrefix = options.idPrefix ?? `chart-${spec.id}`;
  const drawOptions: DrawOptions = { width, idPrefix, ...(options.height ? { plotHeight: options.height } : {}) };
  const drawing = draw(spec, drawOptions);
  return options.standalone ? standalone(spec, drawing, options.standalone.source) : inline(spec, drawing);
}

/** The SVG markup of a chart. */
export function renderChartSvg(spec: ChartSpec, options: RenderOptions = {}): string {
  return drawChart(spec, options).svg;
}

function draw(spec: ChartSpec, options: DrawOptions): Drawing {
  if (spec.kind === 'choropleth') return drawChoropleth(spec, options);
  if (spec.kind === 'bar') return drawBars(spec, options);
  if (spec.kind === 'column') return drawColumns(spec, options);
  return drawLines(spec, options);
}

/** For a page: an image with an accessible name; the title, description and table are HTML around it. */
function inline(spec: ChartSpec, drawing: Drawing): RenderedChart {
  const { width, height } = drawing;
  const svg = el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': spec.title,
    'font-family': FONT_FAMILY,
    class: 'chart-svg',
    'data-chart': spec.id,
  }, drawing.defs ? el('defs', {}, drawing.defs) : '', drawing.body);
  return { svg, width, height };
}

/** For a download: title on top, note and source line under the chart, white background, padding. */
function standalone(spec: ChartSpec, drawing: Drawing, source: ChartSource): RenderedChart {
  const inner = drawing.width;
  const width = Math.ceil(inner + 2 * PADDING);
  const titleLines = wrapText(spec.title, TYPE.title, inner);
  const noteLines = spec.note ? wrapText(spec.note, TYPE.source, inner) : [];
  const sourceLines = [...wrapText(sourceLine(source), TYPE.source, inner), ...(source.url ? [source.url] : [])];
  const titleHeight = titleLines.length * (TYPE.title + 8);
  const chartTop = PADDING + titleHeight + 10;
  const footTop = chartTop + drawing.height + 14;
  const lineY = (index: number) => footTop + TYPE.source + index * (TYPE.source + 6);
  // Whole units, so the PNG sheet (png.ts) cuts each chart on a pixel boundary.
  const height = Math.ceil(lineY(noteLines.length + sourceLines.length - 1) + PADDING);
  const title = titleLines.map((line, index) =>
    text(line, { x: PADDING, y: PADDING + TYPE.title + index * (TYPE.title + 8) - 2, 'font-size': TYPE.title, 'font-weight': 700, fill: INK }));
  const footText = (line: string, index: number) => text(line, { x: PADDING, y: lineY(index), 'font-size': TYPE.source, fill: INK_MUTED });
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n` + el('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    'font-family': FONT_FAMILY,
    'data-chart': spec.id,
  },
  `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.description)}</desc>`,
  drawing.defs ? el('defs', {}, drawing.defs) : '',
  el('rect', { width, height, fill: '#ffffff' }),
  el('g', { class: 'chart-title' }, ...title),
  el('g', { transform: `translate(${PADDING},${chartTop})` }, drawing.body),
  el('g', { class: 'chart-note' }, ...noteLines.map(footText)),
  el('g', { class: 'chart-source' }, ...sourceLines.map((line, index) => footText(line, noteLines.length + index))));
  return { svg, width, height };
}
