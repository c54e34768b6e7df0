import { describe, expect, it } from 'vitest';
import { describeQuery, offeredQuery } from '../../../src/funds/client/filter-form.ts';
import { countLine, sortDescription } from '../../../src/funds/client/labels.ts';
import { buildClientData } from '../../../src/funds/derive/funds-client-data.ts';
import { DEFAULT_SORT, type FundQuery } from '../../../src/funds/derive/funds-query.ts';
import { FUND_SOURCES } from '../../../src/pipeline/schemas/fund-lines.ts';
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '../../../src/pipeline/schemas/projects.ts';
import { summaries } from '../derive/funds-fixture.ts';

const { manifest } = buildClientData(summaries, { categories: PROJECT_CATEGORIES, sources: FUND_SOURCES, statuses: PROJECT_STATUSES });
const query = (extra: Partial<FundQuery> = {}): FundQuery => ({ ...DEFAULT_SORT, page: 1, ...extra });

describe('offeredQuery', () => {
  it('keeps what this release offers', () => {
    const full = query({ year: 2025, countyCode: '610902', townshipCode: '610902100', category: '产业发展', source: '中央财政', status: '完工', text: '茶' });
    expect(offeredQuery(manifest, full)).toEqual(full);
  });

  it('drops a year, county, township or value it does not have, and a township of another county', () => {
    expect(offeredQuery(manifest, query({ year: 2019, countyCode: '610999', category: '旅游', source: '外资', status: '停工' }))).toEqual(query());
    expect(offeredQuery(manifest, query({ countyCode: '610921', townshipCode: '610902100' }))).toEqual(query({ countyCode: '610921' }));
  });
});

describe('words for the view', () => {
  it('names the selection in reading order', () => {
    expect(describeQuery(manifest, query())).toBe('历年 · 全市');
    expect(describeQuery(manifest, query({ year: 2025, countyCode: '610902', townshipCode: '610902100', source: '中央财政', text: '茶园' })))
      .toBe('2025 年 · 汉滨区 · 关庙镇 · 中央财政资金 · “茶园”');
  });

  it('says the order in words that fit the column', () => {
    expect(sortDescription('allocated', 'desc')).toBe('按计划资金从多到少排列');
    expect(sortDescription('rate', 'asc')).toBe('按拨付率从低到高排列');
    expect(sortDescription('year', 'desc')).toBe('按年度从新到旧排列');
    expect(sortDescription('name', 'asc')).toBe('按项目名称顺序排列');
    expect(countLine('2,000', 'allocated', 'desc', 2, 40)).toBe('共 2,000 个项目，按计划资金从多到少排列；第 2 页，共 40 页。');
    expect(countLine('3', 'allocated', 'desc', 1, 1)).toBe('共 3 个项目，按计划资金从多到少排列。');
  });
});
