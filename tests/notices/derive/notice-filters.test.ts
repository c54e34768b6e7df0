import { describe, expect, it } from 'vitest';
import { ANY, filterKey, noticeListings, UNFILTERED } from '../../../src/notices/derive/notice-filters.ts';
import type { NoticeRow } from '../../../src/pipeline/schemas/index.ts';

type Listed = Pick<NoticeRow, 'id' | 'type' | 'region_code' | 'published_on' | 'period_start' | 'period_end'>;

const notice = (id: string, type: NoticeRow['type'], region: string, start: string, end: string): Listed => ({
  id, type, region_code: region, published_on: start, period_start: start, period_end: end,
});

const counties = [
  { code: '610902', name: '汉滨区' },
  { code: '610921', name: '汉阴县' },
];
const countyOf = (row: Listed) => counties.find((county) => row.region_code.startsWith(county.code))?.code;

const notices: Listed[] = [
  notice('city-2026', '干部评选', '6109', '2026-11-02', '2026-11-06'),
  notice('hanbin-2026', '标兵评选', '610902100', '2026-10-01', '2026-10-07'),
  notice('hanyin-2025', '资金项目', '610921', '2025-03-01', '2025-03-10'),
  notice('hanbin-2026-upcoming', '资金项目', '610902', '2026-11-10', '2026-11-20'),
];

describe('noticeListings', () => {
  const { facets, byFilter } = noticeListings(notices, counties, countyOf, '2026-11-03');
  const ids = (type: string, area: string, year: string) => byFilter.get(filterKey({ type, area, year }))?.map((row) => row.id);

  it('lists everything unfiltered, running first, then upcoming, then ended', () => {
    expect(ids(ANY, ANY, ANY)).toEqual(['city-2026', 'hanbin-2026-upcoming', 'hanbin-2026', 'hanyin-2025']);
    expect(filterKey(UNFILTERED)).toBe('all/all/all');
  });

  it('offers every type, the counties in code order and the years of publication newest first', () => {
    expect(facets.types.map((option) => option.label)).toEqual(['标兵评选', '干部评选', '资金项目', '脱贫退出', '结对帮扶', '其他']);
    expect(facets.areas).toEqual([{ value: '610902', label: '汉滨区' }, { value: '610921', label: '汉阴县' }]);
    expect(facets.years.map((option) => option.value)).toEqual(['2026', '2025']);
  });

  it('filters by type, county and year together', () => {
    expect(ids('funds', ANY, ANY)).toEqual(['hanbin-2026-upcoming', 'hanyin-2025']);
    expect(ids('funds', '610921', ANY)).toEqual(['hanyin-2025']);
    expect(ids('funds', '610902', '2025')).toEqual([]);
    expect(ids(ANY, ANY, '2025')).toEqual(['hanyin-2025']);
  });

  it('lists a city-wide notice under every county', () => {
    expect(ids(ANY, '610902', ANY)).toEqual(['city-2026', 'hanbin-2026-upcoming', 'hanbin-2026']);
    expect(ids(ANY, '610921', ANY)).toEqual(['city-2026', 'hanyin-2025']);
  });

  it('has a page for every combination, empty ones included', () => {
    // (6 types + any) × (2 counties + any) × (2 years + any)
    expect(byFilter.size).toBe(7 * 3 * 3);
    expect(ids('other', '610921', '2026')).toEqual([]);
  });
});
