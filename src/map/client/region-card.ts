// The card beside the map: the region under the pointer (or chosen from the list) with all six figures
// as numbers, so colour is never the only way to read the map.
import type { MapData } from '../derive/map-data.ts';
import { formatLayerValue, MAP_LEVEL_LABELS } from '../derive/map-legend.ts';
import { MAP_LAYERS } from '../derive/map-layers.ts';
import type { ExplorerState } from './state.ts';

export interface CardTarget {
  index: number;
  /** The region's page. */
  href: string;
  /** Set when a tap selected it: a second tap (or the link) opens the page. */
  tapped: boolean;
}

export function renderCard(root: HTMLElement, data: MapData, state: ExplorerState, target: CardTarget | undefined, hint: string): void {
  const region = target ? data.regions[target.index] : undefined;
  if (!target || !region) {
    const text = document.createElement('p');
    text.className = 'map-card__hint';
    text.textContent = hint;
    root.replaceChildren(text);
    delete root.dataset['code'];
    return;
  }
  const yearIndex = data.years.indexOf(state.year);
  const county = region.countyCode ? data.regions.find((candidate) => candidate.code === region.countyCode) : undefined;

  const name = document.createElement('p');
  name.className = 'map-card__name';
  const link = document.createElement('a');
  link.href = target.href;
  link.textContent = region.name;
  name.append(link);

  const where = document.createElement('p');
  where.className = 'meta-line';
  where.textContent = [MAP_LEVEL_LABELS[region.level], county?.name, `${state.year} 年`].filter(Boolean).join(' · ');

  const figures = document.createElement('dl');
  figures.className = 'map-card__figures';
  for (const layer of MAP_LAYERS) {
    const row = document.createElement('div');
    if (layer.id === state.layer) row.className = 'is-current';
    const term = document.createElement('dt');
    term.textContent = layer.label;
    const value = document.createElement('dd');
    value.textContent = formatLayerValue(layer.unit, data.values[layer.id][yearIndex]?.[target.index]);
    row.append(term, value);
    figures.append(row);
  }

  const open = document.createElement('p');
  open.className = 'map-card__open';
  const openLink = document.createElement('a');
  openLink.href = target.href;
  openLink.textContent = `打开${region.name}的页面 →`;
  open.append(openLink);
  if (target.tapped) open.append(document.createTextNode('（或再点一下地图上的该地区）'));

  root.replaceChildren(name, where, figures, open);
  root.dataset['code'] = region.code;
}
