// The changelog in words: values as people read them, which fields changed how often, the full CSV, the feed.
import { describe, expect, it } from 'vitest';
import type { ReleaseChanges, TableChanges } from '../../../src/open-data/derive/changes.ts';
import { releaseFeed } from '../../../src/open-data/derive/changes-feed.ts';
import { changedForReading, changesCsv, changeSummary, fieldChangeCounts, valueText } from '../../../src/open-data/derive/changes-text.ts';

const honorees: TableChanges = {
  table: 'honorees',
  added: [{ key: 'ZQ-9', label: '赵小红（2026 年村级自强标兵）' }],
  changed: [
    { key: 'ZQ-1', label: '张**（2026 年村级自强标兵）', fields: [{ field: 'status', before: '公示中', after: '已表彰' }] },
    { key: 'ZQ-2', label: '李明（2026 年村级自强标兵）', fields: [{ field: 'status', before: '公示中', after: '已表彰' }, { field: 'award', before: null, after: '=奖金 500 元' }] },
    { key: 'ZQ-3', label: '王**（2023 年县级自强标兵）', fields: [{ field: 'status', before: '已表彰', after: '已撤销' }] },
  ],
  removed: [],
};
const fundLines: TableChanges = {
  table: 'fundLines',
  added: [],
  changed: [{ key: 'XM-1/县级财政', label: '茶园 · 县级财政', fields: [{ field: 'disbursed', before: 80000, after: 120000.5 }] }],
  removed: [{ key: 'XM-1/县级财政#2', label: '茶园 · 县级财政（第 2 笔）' }],
};
const changes: ReleaseChanges = { release: '2026-11-01', previous: '2026-10-01', tables: [honorees, fundLines] };

describe('the changelog in words', () => {
  it('reads values as the CSV writes them, with region names and yuan', () => {
    const names = (code: string) => (code === '610902100' ? '五里镇' : undefined);
    expect(valueText('honorees', 'region_code', '610902100', names)).toBe('五里镇（610902100）');
    expect(valueText('fundLines', 'disbursed', 120000.5, names)).toBe('120000.50 元');
    expect(valueText('honorees', 'consent', false, names)).toBe('否');
    expect(valueText('honorees', 'award', null, names)).toBe('（空）');
    expect(valueText('honorees', 'story', '第一段\n\n第二段很长很长', names, 6)).toBe('第一段 第…');
  });

  it('counts which fields changed, and for enumerations how', () => {
    expect(fieldChangeCounts(honorees)).toEqual([
      { field: 'status', count: 3, transitions: [{ before: '公示中', after: '已表彰', count: 2 }, { before: '已表彰', after: '已撤销', count: 1 }] },
      { field: 'award', count: 1 },
    ]);
  });

  it('puts revocations first', () => {
    expect(changedForReading(honorees).map((record) => record.key)).toEqual(['ZQ-3', 'ZQ-1', 'ZQ-2']);
  });

  it('sums up a release and lists every change as CSV, formulas neutralised', () => {
    expect(changeSummary(changes)).toBe('新增 1 条、修改 4 条、删除 1 条记录');
    expect(changesCsv(changes).split('\r\n')).toEqual([
      '\uFEFF数据表,变化,记录,名称,字段,原值,新值',
      'honorees,新增,ZQ-9,赵小红（2026 年村级自强标兵）,,,',
      'honorees,修改,ZQ-1,张**（2026 年村级自强标兵）,status,公示中,已表彰',
      'honorees,修改,ZQ-2,李明（2026 年村级自强标兵）,status,公示中,已表彰',
      "honorees,修改,ZQ-2,李明（2026 年村级自强标兵）,award,,'=奖金 500 元",
      'honorees,修改,ZQ-3,王**（2023 年县级自强标兵）,status,已表彰,已撤销',
      'fund_lines,修改,XM-1/县级财政,茶园 · 县级财政,disbursed,80000.00,120000.50',
      'fund_lines,删除,XM-1/县级财政#2,茶园 · 县级财政（第 2 笔）,,,',
      '',
    ]);
  });

  it('writes an Atom feed of releases dated by the release, text escaped', () => {
    const feed = releaseFeed(
      [
        { release: '2026-11-01', publisher: '市<脱贫办>', license: 'CC-BY-4.0', previous: '2026-10-01', changes },
        { release: '2026-10-01', publisher: '市<脱贫办>', license: 'CC-BY-4.0' },
      ],
      {
        title: '数据发布记录',
        selfUrl: 'https://example.org/data/changes/feed.xml',
        changesUrl: 'https://example.org/data/changes/',
        releaseUrl: (release, hasChanges) => (hasChanges ? `https://example.org/data/changes/${release}/` : `https://example.org/data/changes/#release-${release}`),
      },
    );
    expect(feed).toContain('<updated>2026-11-01T00:00:00+08:00</updated>');
    expect(feed).toContain('<name>市&lt;脱贫办&gt;</name>');
    expect(feed).toContain('<id>https://example.org/data/changes/2026-11-01/</id>');
    expect(feed).toContain('<id>https://example.org/data/changes/#release-2026-10-01</id>');
    expect(feed).toContain('与 2026-10-01 相比：新增 1 条、修改 4 条、删除 1 条记录。自强标兵与交友帮扶好干部：新增 1、修改 3、删除 0；资金明细：新增 0、修改 1、删除 1。');
    expect(feed.match(/<entry>/g)).toHaveLength(2);
  });
});
