// Enhances the server-rendered funds page: filtering, sorting and paging in the browser, the state in the
// address (so a link or a reload restores the same view), downloads of exactly what is shown. Without
// this script, or until its data arrives, the static page works as it is.
import { breakdown, totalsOf, type BreakdownDimension } from '../derive/funds-breakdown.ts';
import { breakdownDownload, DIMENSION_LABELS, projectTableDownload } from '../derive/funds-downloads.ts';
import { DEFAULT_SORT, FIRST_ORDER, isSortKey, isStaticView, selectProjects, type FundFilters, type FundQuery } from '../derive/funds-query.ts';
import { locationOfQuery, queryFromLocation, type FundView } from '../derive/funds-url.ts';
import { formatCount } from '../../site/format.ts';
import { href } from '../../site/urls.ts';
import { h, required } from './dom.ts';
import { clearedQuery, describeQuery, offeredQuery, readQuery, setUpForm, showQuery } from './filter-form.ts';
import { COLUMN_LABELS } from './labels.ts';
import { openProjectSource, type ProjectSource } from './project-source.ts';
import { renderView, type ViewState } from './render-view.ts';
import { saveDownload } from './save-download.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const sitePath = (pathname: string) => (base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname);

function queryAt(url: URL): FundQuery | undefined {
  return url.origin === location.origin ? queryFromLocation(sitePath(url.pathname), url.searchParams) : undefined;
}

function filtersOf(query: FundQuery): FundFilters {
  const { sort: _sort, order: _order, page: _page, ...filters } = query;
  return filters;
}

const root = document.querySelector<HTMLElement>('[data-funds-root]');
if (root) void enhance(root);

async function enhance(root: HTMLElement): Promise<void> {
  const status = required<HTMLElement>(root, '[data-fund-status]');
  const form = required<HTMLFormElement>(root, '[data-fund-filters]');
  // The view the server rendered into this document.
  const served: FundQuery = { ...DEFAULT_SORT, page: Number(root.dataset['page']) || 1 };
  if (root.dataset['viewYear']) served.year = Number(root.dataset['viewYear']);
  if (root.dataset['viewCounty']) served.countyCode = root.dataset['viewCounty'];
  const sameArea = (query: FundQuery) => query.year === served.year && query.countyCode === served.countyCode;

  let source: ProjectSource;
  try {
    source = await openProjectSource(root.dataset['manifest'] ?? '');
  } catch {
    return; // Offline or blocked: the static page, its links and its pager keep working.
  }
  const { manifest } = source;
  const hasView = (view: FundView) =>
    view.year === undefined || !view.countyCode || manifest.chunks.some((chunk) => chunk.year === view.year && chunk.countyCode === view.countyCode);
  const hrefOf = (query: FundQuery) => href(locationOfQuery(query, hasView));
  const queryHere = () => offeredQuery(manifest, queryAt(new URL(location.href)) ?? served);
  let current = queryHere();
  let state: ViewState | undefined;
  let generation = 0;
  /** Path and search of the view on screen, to tell a new view from a jump within the page. */
  let shownAddress = location.pathname + location.search;

  async function show(query: FundQuery): Promise<void> {
    const ticket = (generation += 1);
    status.textContent = '正在加载…';
    let projects;
    try {
      projects = await source.projects(query.year, query.countyCode);
    } catch {
      if (ticket === generation) status.textContent = '数据没有加载成功，请检查网络后再试。';
      return;
    }
    if (ticket !== generation) return; // A newer view was asked for meanwhile.
    const selected = selectProjects(projects, query);
    state = { query, selected, totals: totalsOf(selected) };
    current = query;
    renderView(root, manifest, state, hrefOf, sameArea(query) && isStaticView({ ...query, ...DEFAULT_SORT }));
    markSort(query);
    status.textContent = `已显示${describeQuery(manifest, query)}的 ${formatCount(selected.length)} 个项目。`;
  }

  function go(query: FundQuery): void {
    history.pushState(null, '', hrefOf(query));
    shownAddress = location.pathname + location.search;
    showQuery(form, manifest, query);
    void show(query);
  }

  // Sortable headers: each column header becomes a button; aria-sort says the current order.
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('[data-fund-table] th[data-sort]')];
  for (const header of headers) {
    const key = header.dataset['sort'] ?? '';
    if (!isSortKey(key)) continue;
    const button = h('button', { type: 'button', class: 'fund-sort' }, COLUMN_LABELS[key], h('span', { class: 'fund-sort__arrow', 'aria-hidden': 'true' }));
    button.addEventListener('click', () => {
      const order = current.sort === key ? (current.order === 'asc' ? 'desc' : 'asc') : FIRST_ORDER[key];
      go({ ...current, sort: key, order, page: 1 });
    });
    header.replaceChildren(button);
  }
  function markSort(query: FundQuery): void {
    for (const header of headers) {
      const active = header.dataset['sort'] === query.sort;
      if (active) header.setAttribute('aria-sort', query.order === 'asc' ? 'ascending' : 'descending');
      else header.removeAttribute('aria-sort');
      const arrow = header.querySelector('.fund-sort__arrow');
      if (arrow) arrow.textContent = active ? (query.order === 'asc' ? '▲' : '▼') : '';
    }
  }

  setUpForm(form, manifest);
  showQuery(form, manifest, current);
  form.hidden = false;
  markSort(current);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(readQuery(form, manifest, current));
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go(readQuery(form, manifest, current));
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    go(clearedQuery());
  });

  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const format = link.dataset['format'];
    if (format === 'csv' || format === 'json') {
      // Once the browser has drawn a view, downloads are made from it; before that the static files are it.
      if (!state) return;
      event.preventDefault();
      download(link, format, state);
      return;
    }
    const url = new URL(link.href);
    // Links within the page (its contents) keep their default jump.
    const query = url.hash ? undefined : queryAt(url);
    if (!query) return;
    event.preventDefault();
    go(offeredQuery(manifest, query));
    if (link.closest('[data-fund-pager]')) required<HTMLElement>(root, '[data-fund-table]').closest<HTMLElement>('.table-scroll')?.focus();
  });

  function download(link: HTMLAnchorElement, format: 'csv' | 'json', view: ViewState): void {
    const name = `扶贫项目资金_${describeQuery(manifest, view.query).replaceAll(' · ', '_').replace(/[“”]/g, '')}`;
    const section = link.closest<HTMLElement>('[data-breakdown]');
    if (!section) {
      saveDownload(projectTableDownload(view.selected, filtersOf(view.query), view.totals), format, `${name}_项目列表.${format}`);
      return;
    }
    const dimension = (section.dataset['dimension'] ?? 'category') as BreakdownDimension;
    const order = dimension === 'category' ? manifest.categories : dimension === 'source' ? manifest.sources : [];
    saveDownload(breakdownDownload(dimension, breakdown(view.selected, dimension, order), view.totals), format, `${name}_按${DIMENSION_LABELS[dimension]}.${format}`);
  }

  window.addEventListener('popstate', () => {
    // A jump to a heading of this page (its contents links) changes only the fragment: nothing to redraw.
    if (location.pathname + location.search === shownAddress) return;
    shownAddress = location.pathname + location.search;
    const query = queryHere();
    showQuery(form, manifest, query);
    void show(query);
  });

  // A link to a filtered, sorted or later page of the view: draw it now.
  if (!(sameArea(current) && isStaticView(current) && current.page === served.page)) await show(current);
}
