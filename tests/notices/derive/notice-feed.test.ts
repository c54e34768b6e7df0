import { describe, expect, it } from 'vitest';
import { atomFeed, chinaDateTime, type NoticeFeed } from '../../../src/notices/derive/notice-feed.ts';
import type { NoticeRow } from '../../../src/pipeline/schemas/index.ts';

const row = (id: string, published: string, extra: Partial<NoticeRow> = {}): NoticeRow => ({
  id,
  type: '标兵评选',
  title: `公示 ${id}`,
  issuer: '关庙镇人民政府',
  region_code: '610902100',
  published_on: published,
  period_start: published,
  period_end: published,
  objection_phone: '0915-3268123',
  body: '正文',
  ...extra,
});

const feed: NoticeFeed = {
  title: '阳光公示 · 公示',
  author: '安康市脱贫办',
  license: 'CC-BY-4.0',
  selfUrl: 'https://example.org/notices/feed.xml',
  listUrl: 'https://example.org/notices/',
  noticeUrl: (id) => `https://example.org/notices/${id}/`,
  summary: (notice) => `公示期 ${notice.period_start} 至 ${notice.period_end}`,
};

describe('atomFeed', () => {
  const xml = atomFeed([row('old', '2025-03-01'), row('b', '2026-11-01'), row('a', '2026-11-01')], feed, 2);

  it('keeps the newest notices, newest first, ties by id', () => {
    expect([...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1])).toEqual([
      'https://example.org/notices/a/',
      'https://example.org/notices/b/',
    ]);
  });

  it('dates the feed by its newest notice, in China time', () => {
    expect(xml).toContain('<updated>2026-11-01T00:00:00+08:00</updated>');
    expect(chinaDateTime('2025-03-01')).toBe('2025-03-01T00:00:00+08:00');
  });

  it('has the feed-level elements Atom requires', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain('<id>https://example.org/notices/</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/notices/feed.xml"/>');
    expect(xml).toContain('<author><name>安康市脱贫办</name></author>');
  });

  it('escapes data text so a notice cannot inject markup', () => {
    const hostile = atomFeed([row('x', '2026-11-01', { title: '</title><script>', body: 'A & B <i>', issuer: '"办"' })], feed);
    expect(hostile).toContain('<title type="text">&lt;/title&gt;&lt;script&gt;</title>');
    expect(hostile).toContain('<content type="text">A &amp; B &lt;i&gt;</content>');
    expect(hostile).toContain('<author><name>&quot;办&quot;</name></author>');
    expect(hostile).not.toContain('<script>');
  });
});
