// The honoree list's filter form in the browser. One filter (or none) is a static page, so the form simply
// goes there; a combination is /honorees/?kind=…&year=… and this script renders it from the pre-split
// filter files. Every change is a real navigation: the back button and shared links just work.
import { planShards, resolvePage, type ListRow, type ResultPage } from './honoree-filter-query.ts';
import {
  entryLine,
  FACETS,
  listPath,
  pagerPages,
  readState,
  stateSearch,
  staticPath,
  type FilterIndex,
  type FilterState,
  type ShardRow,
} from '../derive/honoree-filters.ts';
import { href, paths } from '../../site/urls.ts';

const countFormat = new Intl.NumberFormat('zh-CN');

/** A filter value's label, from its index in the filter file. */
const labelOf = (index: FilterIndex, facet: (typeof FACETS)[number], value: number): string => index.facets[facet][value]?.label ?? '';

export function enhanceHonoreeFilters(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-honoree-filters]');
  if (!form) return;
  form.hidden = false;
  const browse = root.querySelector<HTMLElement>('[data-honoree-browse]');
  if (browse) browse.hidden = true;
  const county = form.elements.namedItem('county') as HTMLSelectElement | null;
  const township = form.elements.namedItem('township') as HTMLSelectElement | null;
  const limitTownships = () => {
    if (!county || !township) return;
    for (const group of township.querySelectorAll('optgroup')) {
      const hidden = county.value !== '' && group.dataset['county'] !== county.value;
      group.hidden = hidden;
      group.disabled = hidden;
    }
    if (township.selectedOptions[0]?.parentElement instanceof HTMLOptGroupElement && township.selectedOptions[0].parentElement.disabled) township.value = '';
  };
  county?.addEventListener('change', limitTownships);
  limitTownships();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(formTarget(form));
  });
  const params = new URLSearchParams(window.location.search);
  if (FACETS.some((facet) => params.get(facet))) void showCombination(root, form, params);
  else showOwnFacetCounts(form);
}

/**
 * A list of one filter (/honorees/year/2025/) offers that filter's other values with their counts over all honorees,
 * which its HTML leaves out (they would change with any honoree, on every page): taken from the filter index once the
 * filters are first opened.
 */
function showOwnFacetCounts(form: HTMLFormElement): void {
  const facet = FACETS.find((each) => each === form.dataset['ownFacet']);
  const select = facet && (form.elements.namedItem(facet) as HTMLSelectElement | null);
  const details = form.closest('details');
  if (!facet || !select || !details) return;
  let asked = false;
  const show = () => {
    if (asked || !details.open) return;
    asked = true;
    fetchJson<FilterIndex>(form.dataset['index'] ?? '').then(
      (index) => {
        const counts = new Map(index.facets[facet].map((entry) => [entry.slug, entry.count]));
        for (const option of select.options) {
          const count = counts.get(option.value);
          if (count !== undefined) option.textContent = `${option.dataset['label'] ?? ''}（${countFormat.format(count)}）`;
        }
      },
      // Without the index the values stay as they are, without counts: the form still works.
      () => undefined,
    );
  };
  details.addEventListener('toggle', show);
  show();
}

/** Where the form leads: the static page for one filter or none, /honorees/?… for a combination. */
function formTarget(form: HTMLFormElement): string {
  const chosen = FACETS.flatMap((facet) => {
    const value = (form.elements.namedItem(facet) as HTMLSelectElement | null)?.value ?? '';
    return value ? [[facet, value] as const] : [];
  });
  const filters = chosen.some(([facet]) => facet === 'township') ? chosen.filter(([facet]) => facet !== 'county') : chosen;
  const [only] = filters;
  if (filters.length === 0) return paths.honorees();
  if (filters.length === 1 && only) return href(listPath({ facet: only[0], slug: only[1] }));
  return `${paths.honorees()}?${new URLSearchParams(filters.map(([facet, slug]) => [facet, slug])).toString()}`;
}

async function showCombination(root: Document, form: HTMLFormElement, params: URLSearchParams): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-honoree-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  say('正在筛选……');
  try {
    const index = await fetchJson<FilterIndex>(form.dataset['index'] ?? '');
    const state = readState(params, index);
    const single = staticPath(state, index);
    if (single !== undefined) {
      window.location.replace(href(single));
      return;
    }
    const plan = planShards(state, index);
    const base = (form.dataset['index'] ?? '').replace(/index\.json$/, '');
    const loaded = new Map(await Promise.all(plan.files.map(async (file) => [file, await fetchJson<ShardRow[]>(`${base}${file}`)] as const)));
    const result = resolvePage(state, index, plan, loaded);
    render(root, form, index, state, result);
    say(`符合条件的共 ${countFormat.format(result.total)} 位${result.pageCount > 1 ? `，第 ${result.page} / ${result.pageCount} 页` : ''}。`);
  } catch {
    say('筛选数据没有加载成功，下面仍是全部名单。请检查网络后刷新页面。');
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function render(root: Document, form: HTMLFormElement, index: FilterIndex, state: FilterState, result: ResultPage): void {
  const list = root.querySelector<HTMLOListElement>('[data-honoree-list]');
  if (list) {
    list.start = (result.page - 1) * index.pageSize + 1;
    list.replaceChildren(...result.rows.map((row) => listItem(root, index, row)));
  }
  const pager = root.querySelector<HTMLElement>('[data-honoree-pager]');
  if (pager) pager.replaceChildren(...pagerList(root, index, state, result));
  const chosen = FACETS.filter((facet) => state.selection[facet] !== undefined).map((facet) => labelOf(index, facet, state.selection[facet] ?? -1));
  const scope = root.querySelector<HTMLElement>('[data-honoree-scope]');
  if (scope) scope.textContent = chosen.join(' · ');
  root.title = `${chosen.join(' · ')} · 自强标兵与好干部 · ${root.title.split(' · ').at(-1) ?? ''}`;
  for (const facet of FACETS) {
    const select = form.elements.namedItem(facet) as HTMLSelectElement | null;
    if (!select) continue;
    select.value = index.facets[facet][state.selection[facet] ?? -1]?.slug ?? '';
    for (const option of select.options) {
      const position = index.facets[facet].findIndex((entry) => entry.slug === option.value);
      if (position >= 0) option.textContent = `${option.dataset['label'] ?? ''}（${countFormat.format(result.counts[facet][position] ?? 0)}）`;
    }
  }
  // The county select was set from the URL: show only its townships again.
  (form.elements.namedItem('county') as HTMLSelectElement | null)?.dispatchEvent(new Event('change'));
}

function listItem(root: Document, index: FilterIndex, row: ListRow): HTMLLIElement {
  const label = (facet: (typeof FACETS)[number], value: number) => labelOf(index, facet, value);
  const item = root.createElement('li');
  item.className = 'honoree-list__item';
  const consent = row.category >= 0;
  const name = root.createElement(consent ? 'a' : 'span');
  name.className = 'honoree-list__name';
  name.textContent = row.name;
  if (name instanceof HTMLAnchorElement) name.href = paths.honoree(row.id);
  else {
    const note = root.createElement('span');
    note.className = 'honoree-list__note';
    note.textContent = '（未公开姓名）';
    name.append(note);
  }
  const line = root.createElement('span');
  line.className = 'honoree-list__line';
  line.textContent = entryLine({
    year: Number(index.facets.year[row.year]?.slug),
    level: label('level', row.level),
    kind: label('kind', row.kind),
    category: consent ? label('category', row.category) : undefined,
    county: label('county', row.county),
    township: label('township', row.township),
  });
  item.append(name, line);
  return item;
}

function pagerList(root: Document, index: FilterIndex, state: FilterState, result: ResultPage): HTMLElement[] {
  if (result.pageCount <= 1) return [];
  const link = (page: number, text: string, attributes: Record<string, string> = {}) => {
    const item = root.createElement('li');
    const anchor = root.createElement('a');
    anchor.href = `${paths.honorees()}${stateSearch({ ...state, page }, index)}`;
    anchor.textContent = text;
    for (const [name, value] of Object.entries(attributes)) anchor.setAttribute(name, value);
    item.append(anchor);
    return item;
  };
  const list = root.createElement('ul');
  if (result.page > 1) list.append(link(result.page - 1, '上一页', { rel: 'prev' }));
  for (const page of pagerPages(result.page, result.pageCount)) {
    if (page === 0) {
      const gap = root.createElement('li');
      gap.setAttribute('aria-hidden', 'true');
      gap.textContent = '…';
      list.append(gap);
    } else list.append(link(page, String(page), page === result.page ? { 'aria-current': 'page' } : { 'aria-label': `第 ${page} 页` }));
  }
  if (result.page < result.pageCount) list.append(link(result.page + 1, '下一页', { rel: 'next' }));
  return [list];
}
