// The map page in the browser: fetch the map file once, draw it, and wire the layer, level and year
// controls, the hover/tap card, the region finder and the tables to one state.
import 'leaflet/dist/leaflet.css';
import type { MapData } from '../derive/map-data.ts';
import { mapLayer } from '../derive/map-layers.ts';
import { paths } from '../../site/urls.ts';
import { createChoroplethView, type ChoroplethView } from './choropleth-view.ts';
import { renderLegend } from './legend.ts';
import { renderCard, type CardTarget } from './region-card.ts';
import { makeSortable, resort } from './sortable-table.ts';
import { stateFromLocation, stateQuery, type ExplorerState } from './state.ts';
import { showYearInTables } from './table-sync.ts';

const HINT = '把鼠标移到地区上或点按地区，这里会列出它的数字；也可以用“查找地区”选择。';

async function start(root: HTMLElement): Promise<void> {
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]');
  const status = root.querySelector<HTMLElement>('[data-map-status]');
  const card = root.querySelector<HTMLElement>('[data-map-card]');
  const legend = root.querySelector<HTMLElement>('[data-map-legend]');
  const finder = root.querySelector<HTMLSelectElement>('[data-map-find]');
  const tables = [...document.querySelectorAll<HTMLTableElement>('table[data-map-table]')];
  tables.forEach(makeSortable);
  if (!canvas || !card || !legend) return;

  if (status) status.textContent = '地图加载中……';
  let data: MapData;
  try {
    const response = await fetch(root.dataset['src'] ?? '');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = (await response.json()) as MapData;
  } catch {
    if (status) status.textContent = '地图数据未能加载。下方表格列出了同样的数字。';
    return;
  }
  status?.remove();

  let state: ExplorerState = stateFromLocation(location.search, Number(root.dataset['year']));
  let target: CardTarget | undefined;
  const showCard = (next: CardTarget | undefined) => {
    target = next;
    renderCard(card, data, state, target, HINT);
  };
  const targetFor = (index: number, tapped: boolean): CardTarget | undefined => {
    const region = data.regions[index];
    return region ? { index, href: paths.region(region.code), tapped } : undefined;
  };

  const tilesUrl = root.dataset['tilesUrl'];
  const view: ChoroplethView = createChoroplethView(canvas, data, tilesUrl ? { url: tilesUrl, attribution: root.dataset['tilesAttribution'] ?? '' } : undefined, {
    hover(index) {
      view.highlight(index);
      // The card keeps the last region (so its link can be reached); the root says what is under the pointer now.
      root.dataset['hovered'] = index === undefined ? '' : (data.regions[index]?.code ?? '');
      if (index !== undefined) showCard(targetFor(index, false));
    },
    activate(index, pointer) {
      const next = targetFor(index, pointer === 'touch');
      if (!next) return;
      // A mouse click opens the page; on a touch screen the first tap shows the card, the second opens.
      if (pointer === 'mouse' || (target?.index === index && target.tapped)) {
        location.assign(next.href);
        return;
      }
      view.highlight(index);
      showCard(next);
    },
  });
  const counts = view.shapeCounts();
  root.dataset['countyShapes'] = String(counts.county);
  root.dataset['townshipShapes'] = String(counts.township);

  /** Shows a state; the URL follows it (a new year is a new history entry, the rest replaces the current one). */
  const apply = (next: ExplorerState, yearPath?: string) => {
    const yearChanged = next.year !== state.year;
    state = next;
    view.render(state);
    renderLegend(legend, data, state);
    if (yearChanged) {
      showYearInTables(tables, data, state.year);
      tables.forEach(resort);
    }
    syncControls(root, state);
    showCard(target && { ...target });
    const url = `${yearPath ?? location.pathname}${stateQuery(state)}`;
    if (yearPath) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  root.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLSelectElement && input.name === 'layer') {
      const layer = mapLayer(input.value);
      if (layer) apply({ ...state, layer: layer.id });
    } else if (input instanceof HTMLInputElement && input.name === 'level') {
      apply({ ...state, level: input.value === 'county' ? 'county' : 'township' });
    } else if (finder && input === finder) {
      const index = data.regions.findIndex((region) => region.code === finder.value);
      const region = data.regions[index];
      if (!region) return;
      if (region.level !== state.level) apply({ ...state, level: region.level });
      view.zoomTo(index);
      view.highlight(index);
      showCard(targetFor(index, false));
    }
  });

  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-year]') : null;
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const year = Number(link.dataset['year']);
    if (!data.years.includes(year)) return;
    event.preventDefault();
    if (year !== state.year) apply({ ...state, year }, new URL(link.href).pathname);
  });
  addEventListener('popstate', () => {
    const link = [...root.querySelectorAll<HTMLAnchorElement>('a[data-year]')].find((candidate) => new URL(candidate.href).pathname === location.pathname);
    const year = link ? Number(link.dataset['year']) : state.year;
    apply(stateFromLocation(location.search, year));
  });

  for (const control of root.querySelectorAll<HTMLFieldSetElement | HTMLSelectElement>('fieldset, select')) control.disabled = false;
  apply(state);
  root.dataset['ready'] = 'true';
}

/** Controls reflect the state (it may come from the URL or from history); year links keep layer and level. */
function syncControls(root: HTMLElement, state: ExplorerState): void {
  const layer = root.querySelector<HTMLSelectElement>('select[name="layer"]');
  if (layer) layer.value = state.layer;
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name="level"]')) input.checked = input.value === state.level;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-year]')) {
    link.href = `${new URL(link.href).pathname}${stateQuery(state)}`;
    if (Number(link.dataset['year']) === state.year) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

const root = document.querySelector<HTMLElement>('[data-map-explorer]');
if (root) void start(root);
