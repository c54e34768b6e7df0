// The search page's people and places: the name index asked first (name-search.ts), every year in one answer,
// narrowed in place by the form's year, level, county and township; places lead to their region page.
import type { NameEntry, NameManifest, PersonEntry } from '../derive/name-index.ts';
import { paths } from '../../site/urls.ts';
import { planNameQuery, rankNameMatches, type NameHint, type PersonMatch, type PlaceMatch } from './name-search.ts';

const PAGE = 20;
const countFormat = new Intl.NumberFormat('zh-CN');

export interface NameAnswer {
  people: PersonMatch[];
  places: PlaceMatch[];
  manifest: NameManifest;
}

/**
 * Asks the name index; a hint instead when the query is too short for it (the page then searches the text).
 * The shard counts come with the page, so the shards are fetched beside the manifest: one round trip.
 */
export async function askNames(manifestUrl: string, shards: NameManifest['shards'], query: string): Promise<NameAnswer | NameHint> {
  const base = manifestUrl.replace(/index\.json$/, '');
  const fetchJson = async <T>(url: string) => (await (await fetch(url)).json()) as T;
  const manifestLoaded = fetchJson<NameManifest>(manifestUrl);
  let plan = planNameQuery(query, { shards });
  if (plan === 'needs-surnames') plan = planNameQuery(query, await manifestLoaded);
  if (typeof plan === 'string') return plan;
  const [manifest, ...entries] = await Promise.all([manifestLoaded, ...plan.files.map((file) => fetchJson<NameEntry[]>(`${base}${file}`))]);
  return { ...rankNameMatches(plan, entries), manifest };
}

/** The form's person filters, as the labels the entries carry. */
export interface PersonFilters {
  kind?: string;
  year?: string;
  level?: string;
  county?: string;
  township?: string;
}

export function filterPeople(answer: NameAnswer, filters: PersonFilters): PersonMatch[] {
  const { manifest } = answer;
  return answer.people.filter(({ entry }) => {
    const [, , , , kind, year, level, township] = entry;
    const [, townshipName = '', countyName = ''] = manifest.townships[township] ?? [];
    return (
      (!filters.kind || manifest.kinds[kind] === filters.kind) &&
      (!filters.year || String(year) === filters.year) &&
      (!filters.level || manifest.levels[level] === filters.level) &&
      (!filters.county || countyName === filters.county) &&
      (!filters.township || `${countyName}${townshipName}` === filters.township)
    );
  });
}

/** 2024 年 · 市级自强标兵 · 汉滨区关庙镇 */
export function personLine(entry: PersonEntry, manifest: NameManifest): string {
  const [, , , , kind, year, level, township] = entry;
  const [, townshipName = '', countyName = ''] = manifest.townships[township] ?? [];
  return `${year} 年 · ${manifest.levels[level] ?? ''}${manifest.kinds[kind] ?? ''} · ${countyName}${townshipName}`;
}

/** Draws people and places into the page's name section; returns how many people are shown after filtering. */
export function showNames(root: Document, answer: NameAnswer, query: string, filters: PersonFilters): number {
  const section = root.querySelector<HTMLElement>('[data-name-results]');
  const status = root.querySelector<HTMLElement>('[data-name-status]');
  const list = root.querySelector<HTMLOListElement>('[data-name-people]');
  const more = root.querySelector<HTMLButtonElement>('[data-name-more]');
  const placeList = root.querySelector<HTMLUListElement>('[data-name-places]');
  const placeHeading = root.querySelector<HTMLElement>('[data-name-places-heading]');
  if (!section || !status || !list || !more || !placeList || !placeHeading) return 0;
  section.hidden = false;
  const people = filterPeople(answer, filters);
  const narrowed = people.length !== answer.people.length;
  const exact = people.filter((match) => match.tier === 'exact').length;
  status.textContent =
    people.length === 0
      ? `没有姓名与「${query}」相符的人物${narrowed ? '（在所选条件下）' : ''}。`
      : `姓名与「${query}」相符的人物：${countFormat.format(people.length)} 位${exact > 0 ? `，其中同名 ${countFormat.format(exact)} 位排在最前` : ''}${narrowed ? `（共 ${countFormat.format(answer.people.length)} 位，已按所选条件筛选）` : ''}。`;
  list.replaceChildren();
  let shown = 0;
  const showMore = () => {
    for (const { entry, tier } of people.slice(shown, shown + PAGE)) {
      const item = root.createElement('li');
      item.className = 'search-result';
      item.dataset['nameResult'] = tier;
      const title = root.createElement('h3');
      title.className = 'search-result__title';
      const link = root.createElement('a');
      link.href = paths.honoree(entry[1]);
      link.textContent = entry[2];
      title.append(link);
      const line = root.createElement('p');
      line.className = 'meta-line';
      line.textContent = personLine(entry, answer.manifest);
      item.append(title, line);
      list.append(item);
    }
    shown = Math.min(people.length, shown + PAGE);
    more.hidden = shown >= people.length;
  };
  more.onclick = showMore;
  showMore();

  placeList.replaceChildren();
  for (const { entry } of answer.places.slice(0, 10)) {
    const item = root.createElement('li');
    const link = root.createElement('a');
    link.href = paths.region(entry[1]);
    link.textContent = `${entry[5]}${entry[2]}`;
    item.append(link, `（${entry[4]}）`);
    placeList.append(item);
  }
  placeHeading.hidden = placeList.childElementCount === 0;
  placeList.hidden = placeList.childElementCount === 0;
  return people.length;
}
