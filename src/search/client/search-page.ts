// The search page in the browser: reads /search/?q=…&type=…&<filters>, asks the name index for people and
// places first (name-results.ts: every year in one answer), then the Pagefind bundle of that type
// (/pagefind/<type>/) for words in stories, notices and projects, loading Pagefind's code only then. A type split into
// several bundles (by year, a large year by a hash of the address: search-bundles.ts) is searched in its first
// bundle, of the newest year, first; the others are merged in, all together, only when the reader asks, so a first
// query stays small even with 100,000 honorees.
import type { Facet } from '../../honorees/derive/honoree-filters.ts';
import { FACETS } from '../../honorees/derive/honoree-filters.ts';
import { SEARCH_TYPE_LABELS, type SearchManifest, type SearchType } from '../derive/search-bundles.ts';
import { honoreeResultLine, pagefindFilters, readSearchState, type SearchState } from './search-query.ts';
import { joinSegmentedExcerpt } from '../derive/search-text.ts';
import { paths } from '../../site/urls.ts';
import type { NameManifest } from '../derive/name-index.ts';
import { askNames, showNames, type PersonFilters } from './name-results.ts';

/** The part of Pagefind's browser API this page uses (pagefind.js is generated at build time, not bundled). */
interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

const PAGE = 10;
const countFormat = new Intl.NumberFormat('zh-CN');

export function startSearchPage(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  if (!form) return;
  form.hidden = false;
  const noJs = root.querySelector<HTMLElement>('[data-search-nojs]');
  if (noJs) noJs.hidden = true;
  const state = readSearchState(new URLSearchParams(window.location.search));
  fillForm(form, state);
  // Unchosen filters stay out of the URL; the page may come back from the back-forward cache, so undo it then.
  form.addEventListener('submit', () => {
    for (const select of form.querySelectorAll('select')) select.disabled = select.value === '';
  });
  window.addEventListener('pageshow', () => {
    for (const select of form.querySelectorAll('select')) select.disabled = false;
  });
  if (state.query) void runNames(root, form, state).finally(() => void run(root, form, state));
}

/** The form's person filters as the labels name entries carry (each option's data-filter). */
function personFilters(form: HTMLFormElement): PersonFilters {
  const filters: PersonFilters = {};
  for (const facet of ['kind', 'year', 'level', 'county', 'township'] as const) {
    const select = form.elements.namedItem(facet);
    const chosen = select instanceof HTMLSelectElement ? select.selectedOptions[0]?.dataset['filter'] : undefined;
    if (chosen) filters[facet] = chosen;
  }
  return filters;
}

/**
 * People and places first, from the name index (every year in one answer), narrowed in place as the reader
 * changes the filters; then the full text below, for words in stories, notices and projects.
 */
async function runNames(root: Document, form: HTMLFormElement, state: SearchState): Promise<void> {
  const manifestUrl = form.dataset['names'];
  const shards = form.dataset['nameShards'];
  if (!manifestUrl || !shards) return;
  try {
    const answer = await askNames(manifestUrl, JSON.parse(shards) as NameManifest['shards'], state.query);
    if (typeof answer === 'string') return;
    showNames(root, answer, state.query, personFilters(form));
    form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) showNames(root, answer, state.query, personFilters(form));
    });
  } catch {
    // The full text below still answers; the name section stays hidden.
  }
}

function fillForm(form: HTMLFormElement, state: SearchState): void {
  const query = form.elements.namedItem('q');
  if (query instanceof HTMLInputElement) query.value = state.query;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) radio.checked = radio.value === state.type;
  for (const facet of FACETS) {
    const select = form.elements.namedItem(facet);
    if (select instanceof HTMLSelectElement) select.value = state.filters[facet] ?? '';
  }
  const filters = form.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const showFilters = () => {
    if (filters) filters.hidden = form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value !== 'honorees';
  };
  form.addEventListener('change', showFilters);
  showFilters();
  if (filters && Object.keys(state.filters).length > 0) filters.open = true;
}

async function run(root: Document, form: HTMLFormElement, state: SearchState): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const older = root.querySelector<HTMLButtonElement>('[data-search-older]');
  if (!status || !list || !more || !older) return;
  const say = (text: string) => {
    status.textContent = text;
  };
  say('正在搜索……');
  const heading = root.querySelector<HTMLElement>('[data-fulltext-heading]');
  if (heading) heading.hidden = false;
  try {
    const manifestUrl = form.dataset['bundles'] ?? '';
    const manifest = (await (await fetch(manifestUrl)).json()) as SearchManifest;
    for (const label of form.querySelectorAll<HTMLElement>('[data-search-type]')) {
      label.hidden = !manifest.types.some((entry) => entry.type === label.dataset['searchType']);
    }
    const entry = manifest.types.find((candidate) => candidate.type === state.type);
    const [first] = entry?.bundles ?? [];
    if (!entry || !first) {
      say(`「${SEARCH_TYPE_LABELS[state.type]}」中没有可搜索的内容。`);
      return;
    }
    const bundle = (name: string) => `${manifestUrl.replace(/bundles\.json$/, '')}${name}/`;
    const pagefind = (await import(/* @vite-ignore */ `${bundle(first.name)}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    const filters = pagefindFilters(state, (facet: Facet, slug: string) =>
      [...form.querySelectorAll<HTMLOptionElement>(`select[name="${facet}"] option`)].find((option) => option.value === slug)?.dataset['filter']);
    let merged = 1;
    const search = async () => {
      const response = await pagefind.search(state.query, { filters });
      const results = response?.results ?? [];
      const searched = entry.bundles.slice(0, merged).reduce((sum, candidate) => sum + candidate.pages, 0);
      const remaining = entry.bundles.slice(merged).reduce((sum, candidate) => sum + candidate.pages, 0);
      const unit = state.type === 'honorees' ? '位' : '条';
      list.replaceChildren();
      let shown = 0;
      const showMore = async () => {
        const page = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()));
        list.append(...page.map((data) => resultItem(root, state.type, data)));
        shown += page.length;
        more.hidden = shown >= results.length;
      };
      more.onclick = () => void showMore();
      await showMore();
      older.hidden = remaining === 0;
      older.textContent = `在其余 ${countFormat.format(remaining)} ${unit}中继续搜索`;
      if (results.length === 0 && remaining === 0) list.append(noResultsHint(root, state));
      // Said once the results are on the page, so that a screen reader can go straight to them. The first bundle
      // is part of the newest year, not the newest records in order: say how many were searched, not which.
      const partly = remaining > 0 ? `（已搜索 ${countFormat.format(searched)} ${unit}，其余 ${countFormat.format(remaining)} ${unit}尚未搜索）` : '';
      say(results.length === 0
        ? `没有找到与「${state.query}」相关的${SEARCH_TYPE_LABELS[state.type]}${partly}。`
        : `找到 ${countFormat.format(results.length)} ${state.type === 'honorees' ? '位' : '条结果'}${partly}。`);
    };
    older.onclick = async () => {
      const rest = entry.bundles.slice(merged);
      if (rest.length === 0) return;
      older.disabled = true;
      say('正在加载其余的记录……');
      try {
        // All at once: a reader who asks for older records wants them all, not one slice per click.
        await Promise.all(rest.map((next) => pagefind.mergeIndex(bundle(next.name))));
        merged = entry.bundles.length;
        await search();
      } catch {
        say('其余的记录没有加载成功。请检查网络后再试。');
      } finally {
        older.disabled = false;
      }
    };
    await search();
  } catch {
    say('搜索没有加载成功。请检查网络后刷新页面，或直接浏览下方的名单。');
    const noJs = root.querySelector<HTMLElement>('[data-search-nojs]');
    if (noJs) noJs.hidden = false;
  }
}

function resultItem(root: Document, type: SearchType, data: PagefindResultData): HTMLLIElement {
  const item = root.createElement('li');
  item.className = 'search-result';
  item.dataset['searchResult'] = type;
  const title = root.createElement('h3');
  title.className = 'search-result__title';
  const link = root.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  title.append(link);
  item.append(title);
  if (type === 'honorees') {
    // An honoree's summary says more than an excerpt, which may fall on the indexed name forms.
    item.append(paragraph(root, honoreeResultLine(data.meta), 'meta-line'), paragraph(root, data.meta['summary'] ?? ''));
  } else {
    const excerpt = paragraph(root, '');
    excerpt.append(...excerptNodes(root, data.excerpt));
    item.append(excerpt);
  }
  return item;
}

function paragraph(root: Document, text: string, className?: string): HTMLParagraphElement {
  const element = root.createElement('p');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

/**
 * Pagefind's excerpt is text with <mark> around the matches: keep exactly that, as text and <mark> nodes,
 * without the spaces the index put between Chinese words.
 */
function excerptNodes(root: Document, excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${joinSegmentedExcerpt(excerpt)}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = root.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return root.createTextNode(node.textContent ?? '');
  });
}

function noResultsHint(root: Document, state: SearchState): HTMLLIElement {
  const item = root.createElement('li');
  item.className = 'search-result';
  item.append(paragraph(root, '可以试试：只输入姓名中的两个字、姓名的拼音或拼音首字母（如 zmh），或换一个范围搜索：'));
  const others = root.createElement('p');
  for (const type of Object.keys(SEARCH_TYPE_LABELS) as SearchType[]) {
    if (type === state.type) continue;
    const link = root.createElement('a');
    link.href = `${paths.search()}?${new URLSearchParams({ q: state.query, type }).toString()}`;
    link.textContent = SEARCH_TYPE_LABELS[type];
    others.append(link, ' ');
  }
  item.append(others);
  return item;
}
