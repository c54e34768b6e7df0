// The legend in the browser: the same markup MapLegend.astro renders on the server, rebuilt for a new layer.
import type { MapData } from '../derive/map-data.ts';
import { classLabels, legendTitle, NO_DATA_FILL } from '../derive/map-legend.ts';
import { mapLayer } from '../derive/map-layers.ts';
import type { ExplorerState } from './state.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function swatch(color: string | undefined): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'map-legend__swatch');
  svg.setAttribute('viewBox', '0 0 24 16');
  svg.setAttribute('aria-hidden', 'true');
  const rect = document.createElementNS(SVG, 'rect');
  rect.setAttribute('x', '0.5');
  rect.setAttribute('y', '0.5');
  rect.setAttribute('width', '23');
  rect.setAttribute('height', '15');
  rect.setAttribute('fill', color ?? NO_DATA_FILL);
  rect.setAttribute('stroke', '#555');
  if (!color) rect.setAttribute('stroke-dasharray', '3 2');
  svg.append(rect);
  return svg;
}

export function renderLegend(root: HTMLElement, data: MapData, state: ExplorerState): void {
  const layer = mapLayer(state.layer);
  if (!layer) return;
  const classes = data.classes[layer.id][state.level][data.years.indexOf(state.year)] ?? { breaks: [], colors: [] };
  const title = root.querySelector('[data-legend-title]');
  const list = root.querySelector('[data-legend-classes]');
  const definition = root.querySelector('[data-legend-definition]');
  if (title) title.textContent = legendTitle(layer.label, layer.unit, state.level);
  if (definition) definition.textContent = layer.definition;
  if (!list) return;
  const items = classLabels(layer.unit, classes.breaks).map((label, index) => legendItem(classes.colors[index], label));
  items.push(legendItem(undefined, '无数据'));
  list.replaceChildren(...items);
  root.dataset['layer'] = layer.id;
  root.dataset['level'] = state.level;
}

function legendItem(color: string | undefined, label: string): HTMLLIElement {
  const item = document.createElement('li');
  item.append(swatch(color), document.createTextNode(label));
  if (color) item.dataset['color'] = color;
  return item;
}
