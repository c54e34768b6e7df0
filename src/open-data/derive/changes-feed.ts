// The Atom feed of releases (RFC 4287): one entry per release, saying what changed; dated by the release, so a
// daily rebuild of the same data writes the same feed.
import type { ReleaseChanges } from './changes.ts';
import { changeSummary, hasChanges, tableTitle } from './changes-text.ts';
import { chinaDateTime } from '../../notices/derive/notice-feed.ts';
import { escapeXml } from '../../site/escape.ts';

export interface FeedRelease {
  release: string;
  publisher: string;
  license: string;
  previous?: string;
  changes?: ReleaseChanges;
}

export interface ReleaseFeed {
  title: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the changelog, also the feed's id. */
  changesUrl: string;
  /** Absolute URL of a release's changes page; a release without changes is an anchor in the changelog. */
  releaseUrl: (release: string, hasChanges: boolean) => string;
}

/** `releases` newest first. */
export function releaseFeed(releases: readonly FeedRelease[], feed: ReleaseFeed): string {
  const newest = releases[0];
  const entries = releases.map((entry) => {
    const url = feed.releaseUrl(entry.release, entry.changes !== undefined);
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title type="text">${escapeXml(`${entry.release} 数据发布`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${chinaDateTime(entry.release)}</published>`,
      `    <updated>${chinaDateTime(entry.release)}</updated>`,
      `    <author><name>${escapeXml(entry.publisher)}</name></author>`,
      `    <rights type="text">${escapeXml(entry.license)}</rights>`,
      `    <summary type="text">${escapeXml(summaryOf(entry))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.changesUrl)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.changesUrl)}"/>`,
    `  <updated>${chinaDateTime(newest?.release ?? '1970-01-01')}</updated>`,
    ...(newest ? [`  <author><name>${escapeXml(newest.publisher)}</name></author>`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** 与 2026-10-01 相比：新增 …。自强标兵与交友帮扶好干部：新增 926、修改 3、删除 0；… */
function summaryOf(entry: FeedRelease): string {
  if (!entry.changes || !entry.previous) return '首次发布（或未经发布命令登记），没有可比较的上一期。';
  const tables = entry.changes.tables
    .filter(hasChanges)
    .map((table) => `${tableTitle(table.table)}：新增 ${table.added.length}、修改 ${table.changed.length}、删除 ${table.removed.length}`);
  return `与 ${entry.previous} 相比：${changeSummary(entry.changes)}。${tables.join('；')}${tables.length > 0 ? '。' : ''}`;
}
