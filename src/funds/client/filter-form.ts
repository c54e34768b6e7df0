// The filter form: its choices come from the manifest; it reads a query from the controls and shows one.
import type { FundsManifest } from '../derive/funds-client-data.ts';
import { DEFAULT_SORT, type FundQuery } from '../derive/funds-query.ts';
import { h } from './dom.ts';

type Field = 'year' | 'county' | 'township' | 'category' | 'source' | 'status' | 'q';

function control<T extends HTMLSelectElement | HTMLInputElement>(form: HTMLFormElement, name: Field): T {
  const element = form.elements.namedItem(name);
  if (!element) throw new Error(`funds: the filter form has no ${name}`);
  return element as T;
}

function fill(select: HTMLSelectElement, options: readonly (HTMLOptionElement | HTMLOptGroupElement)[]): void {
  const first = select.options[0];
  select.replaceChildren(...(first ? [first] : []), ...options);
}

const option = (value: string, label: string) => h('option', { value }, label) as HTMLOptionElement;

export function setUpForm(form: HTMLFormElement, manifest: FundsManifest): void {
  const years = [...new Set(manifest.chunks.map((chunk) => chunk.year))].sort((a, b) => b - a);
  fill(control(form, 'year'), years.map((year) => option(String(year), `${year} 年`)));
  fill(control(form, 'county'), manifest.counties.map((county) => option(county.code, county.name)));
  fill(control(form, 'category'), manifest.categories.map((value) => option(value, value)));
  fill(control(form, 'source'), manifest.sources.map((value) => option(value, value)));
  fill(control(form, 'status'), manifest.statuses.map((value) => option(value, value)));
  showTownships(form, manifest, '');
}

/** Townships of the chosen county, or of every county grouped by county. */
function showTownships(form: HTMLFormElement, manifest: FundsManifest, countyCode: string): void {
  const select = control<HTMLSelectElement>(form, 'township');
  const groups = manifest.counties
    .filter((county) => !countyCode || county.code === countyCode)
    .map((county) => h('optgroup', { label: county.name },
      ...manifest.townships.filter((township) => township.countyCode === county.code).map((township) => option(township.code, township.name))) as HTMLOptGroupElement);
  fill(select, groups);
}

/** Puts a query into the controls (values the form does not offer fall back to "all"). */
export function showQuery(form: HTMLFormElement, manifest: FundsManifest, query: FundQuery): void {
  showTownships(form, manifest, query.countyCode ?? '');
  const set = (name: Field, value: string | undefined) => {
    const element = control<HTMLSelectElement | HTMLInputElement>(form, name);
    element.value = value ?? '';
    if (element.value !== (value ?? '')) element.value = '';
  };
  set('year', query.year === undefined ? undefined : String(query.year));
  set('county', query.countyCode);
  set('township', query.townshipCode);
  set('category', query.category);
  set('source', query.source);
  set('status', query.status);
  set('q', query.text);
}

/** The query the controls describe: first page, the current order kept. */
export function readQuery(form: HTMLFormElement, manifest: FundsManifest, current: FundQuery): FundQuery {
  const value = (name: Field) => control<HTMLSelectElement | HTMLInputElement>(form, name).value.trim();
  const county = value('county');
  // A township left over from another county would select nothing: drop it.
  const township = manifest.townships.find((entry) => entry.code === value('township') && (!county || entry.countyCode === county));
  const query: FundQuery = { sort: current.sort, order: current.order, page: 1 };
  if (value('year')) query.year = Number(value('year'));
  if (county) query.countyCode = county;
  if (township) query.townshipCode = township.code;
  if (value('category')) query.category = value('category');
  if (value('source')) query.source = value('source');
  if (value('status')) query.status = value('status');
  if (value('q')) query.text = value('q');
  return query;
}

export function clearedQuery(): FundQuery {
  return { ...DEFAULT_SORT, page: 1 };
}

/** Words for the current selection: 2025 年 · 汉滨区 · 关庙镇 · 基础设施 · 中央财政 · 在建 · “饮水”. */
export function describeQuery(manifest: FundsManifest, query: FundQuery): string {
  const county = manifest.counties.find((entry) => entry.code === query.countyCode)?.name;
  const township = manifest.townships.find((entry) => entry.code === query.townshipCode)?.name;
  return [
    query.year === undefined ? '历年' : `${query.year} 年`,
    county ?? '全市',
    township,
    query.category,
    query.source ? `${query.source}资金` : undefined,
    query.status,
    query.text ? `“${query.text}”` : undefined,
  ].filter(Boolean).join(' · ');
}

/** Drops choices this release does not offer (an old link, an address edited by hand), so form and table agree. */
export function offeredQuery(manifest: FundsManifest, query: FundQuery): FundQuery {
  const offered: FundQuery = { ...query };
  if (offered.year !== undefined && !manifest.chunks.some((chunk) => chunk.year === offered.year)) delete offered.year;
  if (offered.countyCode && !manifest.counties.some((county) => county.code === offered.countyCode)) delete offered.countyCode;
  const township = manifest.townships.find((entry) => entry.code === offered.townshipCode);
  if (offered.townshipCode && (!township || (offered.countyCode && township.countyCode !== offered.countyCode))) delete offered.townshipCode;
  if (offered.category && !manifest.categories.includes(offered.category)) delete offered.category;
  if (offered.source && !manifest.sources.includes(offered.source)) delete offered.source;
  if (offered.status && !manifest.statuses.includes(offered.status)) delete offered.status;
  return offered;
}
