// Lines for trends over years; each series has its own marker shape and dash, so colour is never the only cue.
import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { csvValue } from '../format.ts';
import type { CategoryChart } from '../spec.ts';
import { categoryAxis, valueAxis, valueAxisWidth } from './axis.ts';
import { TYPE, type DrawOptions, type Drawing } from './drawing.ts';
import { legend } from './legend.ts';
import { seriesColour } from './palette.ts';
import { el } from './svg.ts';

const MARKERS: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond];
const DASHES: readonly (string | undefined)[] = [undefined, '7 4', '2 3', '10 3 2 3'];

export function drawLines(spec: CategoryChart, options: DrawOptions): Drawing {
  const { width } = options;
  const plotHeight = options.plotHeight ?? 220;
  const largest = max(spec.series.flatMap((series) => series.values.map((value) => value ?? 0))) ?? 0;
  const styles = spec.series.map((_, index) => ({
    colour: seriesColour(index),
    dash: DASHES[index % DASHES.length],
    marker: symbol(MARKERS[index % MARKERS.length] ?? symbolCircle, 70)() ?? '',
  }));

  const key = legend(
    spec.series.map((series, index) => {
      const style = styles[index]!;
      return { label: series.label, fill: style.colour, line: { colour: style.colour, marker: style.marker, ...(style.dash ? { dash: style.dash } : {}) } };
    }),
    width,
    0,
  );
  const top = key.height + TYPE.tick + 12;
  const y = scaleLinear().domain([0, largest > 0 ? largest : 1]).nice().range([top + plotHeight, top]);
  const left = valueAxisWidth(y, spec.unit);
  const x = scalePoint<string>().domain(spec.categories).range([left, width]).padding(0.5);

  const paths = spec.series.map((series, seriesIndex) => {
    const style = styles[seriesIndex]!;
    const points = series.values.map((value, index) => ({ category: spec.categories[index] ?? '', value }));
    const d = line<{ category: string; value: number | null }>()
      .defined((point) => point.value !== null)
      .x((point) => x(point.category) ?? 0)
      .y((point) => y(point.value ?? 0))(points) ?? '';
    const markers = points.map((point) =>
      point.value === null
        ? ''
        : el('path', {
            d: style.marker,
            transform: `translate(${x(point.category) ?? 0},${y(point.value)})`,
            fill: style.colour,
            stroke: '#ffffff',
            'stroke-width': 1,
            'data-series': series.key,
            'data-category': point.category,
            'data-value': csvValue(point.value, spec.unit),
          }),
    );
    return el('g', { class: 'chart-line' },
      el('path', { d, fill: 'none', stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': style.dash, 'stroke-linejoin': 'round' }),
      ...markers);
  });

  const axisY = top + plotHeight + TYPE.tick + 6;
  const body = key.markup
    + valueAxis(y, spec.unit, left, width, key.height + TYPE.tick)
    + paths.join('')
    + categoryAxis(spec.categories, (category) => x(category) ?? 0, x.step(), axisY);
  return { width, height: axisY + 6, defs: '', body };
}
