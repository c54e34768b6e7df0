import { describe, expect, it } from 'vitest';
import {
  CATEGORY_ORDER, DEFAULT_SORT, PAGE_SIZE, STATUS_ORDER, compareProjects, pageOf, selectProjects, type FundQuery,
} from '../../../src/funds/derive/funds-query.ts';
import { locationOfQuery, parseViewPath, queryFromLocation, viewKey, viewParam, viewPath } from '../../../src/funds/derive/funds-url.ts';
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '../../../src/pipeline/schemas/projects.ts';
import { summaries } from './funds-fixture.ts';

const query = (extra: Partial<FundQuery> = {}): FundQuery => ({ ...DEFAULT_SORT, page: 1, ...extra });
const ids = (extra: Partial<FundQuery>) => selectProjects(summaries, query(extra)).map((summary) => summary.id);

describe('selectProjects', () => {
  it('orders by allocation, largest first, by default', () => {
    expect(ids({})).toEqual(['P-2', 'P-1', 'P-3', 'P-4']);
  });

  it('filters by year, county, township, category, status and words in name, id or place', () => {
    expect(ids({ year: 2024 })).toEqual(['P-3', 'P-4']);
    expect(ids({ countyCode: '610921' })).toEqual(['P-2']);
    expect(ids({ townshipCode: '610902100' })).toEqual(['P-1', 'P-4']);
    expect(ids({ category: '产业发展', status: '计划' })).toEqual(['P-4']);
    expect(ids({ text: '皂树' })).toEqual(['P-1']);
    expect(ids({ text: 'p-3' })).toEqual(['P-3']);
    expect(ids({ text: '  汉滨区   魔芋 ' })).toEqual(['P-4']);
  });

  it('with a source, keeps projects drawing on it and counts only its money', () => {
    const selected = selectProjects(summaries, query({ source: '中央财政' }));
    expect(selected.map((summary) => [summary.id, summary.allocated])).toEqual([['P-1', 50_000_000], ['P-2', 1_000], ['P-3', 7]]);
  });

  it('sorts by any column either way, ties by id, a project without money as the lowest rate', () => {
    expect(ids({ sort: 'rate', order: 'desc' })).toEqual(['P-1', 'P-2', 'P-3', 'P-4']);
    expect(ids({ sort: 'rate', order: 'asc' })).toEqual(['P-4', 'P-3', 'P-2', 'P-1']);
    expect(ids({ sort: 'households', order: 'asc' })).toEqual(['P-3', 'P-4', 'P-1', 'P-2']);
    expect(ids({ sort: 'status', order: 'asc' })).toEqual(['P-4', 'P-2', 'P-1', 'P-3']);
    expect(ids({ sort: 'year', order: 'asc' })).toEqual(['P-3', 'P-4', 'P-1', 'P-2']);
    expect(ids({ sort: 'place', order: 'asc' })).toEqual(['P-4', 'P-1', 'P-3', 'P-2']);
    const sameName = summaries.map((summary) => ({ ...summary, name: '同名' }));
    expect(sameName.sort(compareProjects('name', 'desc')).map((summary) => summary.id)).toEqual(['P-1', 'P-2', 'P-3', 'P-4']);
  });

  it('keeps its copies of the schema orders equal to the schema', () => {
    expect(CATEGORY_ORDER).toEqual(PROJECT_CATEGORIES);
    expect(STATUS_ORDER).toEqual(PROJECT_STATUSES);
  });
});

describe('pageOf', () => {
  const rows = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, index) => index);
  it('cuts pages of PAGE_SIZE and clamps pages out of range', () => {
    expect(pageOf(rows, 3)).toEqual({ rows: [PAGE_SIZE * 2, PAGE_SIZE * 2 + 1, PAGE_SIZE * 2 + 2], page: 3, pages: 3 });
    expect(pageOf(rows, 99).page).toBe(3);
    expect(pageOf(rows, 0).page).toBe(1);
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});

describe('funds URLs', () => {
  it('names the static views by year and county', () => {
    expect(viewPath({})).toBe('/funds/');
    expect(viewPath({ year: 2025 }, 2)).toBe('/funds/2025/page/2/');
    expect(viewPath({ countyCode: '610902' })).toBe('/funds/610902/');
    expect(viewParam({ year: 2025, countyCode: '610902' }, 3)).toBe('2025/610902/page/3');
    expect(viewParam({})).toBeUndefined();
    expect(viewKey({ countyCode: '610902' })).toBe('all-610902');
  });

  it('reads view paths back and refuses anything else', () => {
    expect(parseViewPath('/funds/2025/610902/page/3/')).toEqual({ year: 2025, countyCode: '610902', page: 3 });
    expect(parseViewPath('/funds/')).toEqual({ page: 1 });
    expect(parseViewPath('/funds/projects/P-1/')).toBeUndefined();
    expect(parseViewPath('/funds/2025/page/0/')).toBeUndefined();
    expect(parseViewPath('/notices/')).toBeUndefined();
  });

  it('round-trips every filter, the sort and the page through the address', () => {
    const full = query({ year: 2025, countyCode: '610902', townshipCode: '610902100', category: '基础设施', source: '中央财政', status: '在建', text: '饮水 工程', sort: 'rate', order: 'asc', page: 2 });
    const location = locationOfQuery(full);
    expect(location).toBe('/funds/2025/610902/?township=610902100&category=%E5%9F%BA%E7%A1%80%E8%AE%BE%E6%96%BD&source=%E4%B8%AD%E5%A4%AE%E8%B4%A2%E6%94%BF&status=%E5%9C%A8%E5%BB%BA&q=%E9%A5%AE%E6%B0%B4+%E5%B7%A5%E7%A8%8B&sort=rate&order=asc&page=2');
    const url = new URL(location, 'http://x');
    expect(queryFromLocation(url.pathname, url.searchParams)).toEqual(full);
  });

  it('gives a static page its own address, with the page in the path', () => {
    expect(locationOfQuery(query({ year: 2024, page: 2 }))).toBe('/funds/2024/page/2/');
    expect(locationOfQuery(query({ category: '其他' }))).toBe('/funds/?category=%E5%85%B6%E4%BB%96');
  });

  it('puts a county without a page for the year into the search string, so a reload finds a page', () => {
    const noPage = (view: { year?: number; countyCode?: string }) => !(view.year === 2023 && view.countyCode === '610929');
    const location = locationOfQuery(query({ year: 2023, countyCode: '610929' }), noPage);
    expect(location).toBe('/funds/2023/?county=610929');
    const url = new URL(location, 'http://x');
    expect(queryFromLocation(url.pathname, url.searchParams)).toEqual(query({ year: 2023, countyCode: '610929' }));
    expect(locationOfQuery(query({ year: 2024, countyCode: '610929' }), noPage)).toBe('/funds/2024/610929/');
  });

  it('ignores parameters it does not know and values out of range', () => {
    const parsed = queryFromLocation('/funds/', new URLSearchParams('sort=evil&order=up&page=-1&year=20255&county=6109&foo=1'));
    expect(parsed).toEqual(query());
    expect(queryFromLocation('/funds/', new URLSearchParams('year=2024&county=610921'))).toEqual(query({ year: 2024, countyCode: '610921' }));
  });
});
