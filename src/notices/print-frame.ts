// What every printed page of a notice carries in its margin: 「第 N 页 共 M 页」 (NoticePrintFrame.astro) and the
// notice's short address, written into a small print stylesheet per notice (/notices/<id>/print.css). The margin
// boxes of CSS paged media can hold counters and strings but no element of the page, and the site's
// Content-Security-Policy allows no inline style, so the one text that differs per notice comes as a file.
import { cssString } from '../site/escape.ts';
import { paths } from '../site/urls.ts';

/** The notice page's address without its scheme, as people type it: yangguang.example.org/notices/GS-1/ */
export function shortUrl(absoluteUrl: string): string {
  const url = new URL(absoluteUrl);
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A path that is not valid percent-encoding stays as it is.
  }
  return `${url.host}${path}`;
}

/** The notice's print stylesheet: its short address in the bottom-left margin of every printed page. */
export function noticePrintStylesheet(short: string): string {
  return `@page {\n  @bottom-left { content: ${cssString(short)}; }\n}\n`;
}

export function noticePrintCssHref(noticeId: string): string {
  return `${paths.notice(noticeId)}print.css`;
}
