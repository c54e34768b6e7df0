// The Atom feed of notices (RFC 4287): the newest notices, text escaped, each entry's id its page's address.
import type { NoticeRow } from '../../pipeline/schemas/index.ts';
import { escapeXml } from '../../site/escape.ts';

export interface NoticeFeed {
  title: string;
  /** The publisher, the feed's author. */
  author: string;
  license: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the notice list, also the feed's id. */
  listUrl: string;
  /** Absolute URL of a notice's page. */
  noticeUrl: (id: string) => string;
  /** Plain-text summary of a notice: its period and scope. */
  summary: (notice: NoticeRow) => string;
}

/** The site publishes its notices' dates only; a notice is dated at the start of its day in China. */
export function chinaDateTime(date: string): string {
  return `${date}T00:00:00+08:00`;
}

/** Newest first by publication date; `limit` keeps the feed small for readers polling it. */
export function atomFeed(notices: readonly NoticeRow[], feed: NoticeFeed, limit = 50): string {
  const newest = [...notices]
    .sort((a, b) => b.published_on.localeCompare(a.published_on) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
  const updated = newest[0]?.published_on ?? '1970-01-01';
  const entries = newest.map((notice) => {
    const url = feed.noticeUrl(notice.id);
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title type="text">${escapeXml(notice.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${chinaDateTime(notice.published_on)}</published>`,
      `    <updated>${chinaDateTime(notice.published_on)}</updated>`,
      `    <author><name>${escapeXml(notice.issuer)}</name></author>`,
      `    <category term="${escapeXml(notice.type)}"/>`,
      `    <summary type="text">${escapeXml(feed.summary(notice))}</summary>`,
      `    <content type="text">${escapeXml(notice.body)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.listUrl)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.listUrl)}"/>`,
    `  <updated>${chinaDateTime(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <rights type="text">${escapeXml(feed.license)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
