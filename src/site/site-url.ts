// The site's public URL, resolved once per build: `--site`, else release.json's `site_url`, else the placeholder of
// config.ts (the build then warns: site-url-missing). The orchestrator passes it to Astro as `--site`, so that
// Astro.site and import.meta.env.SITE — canonical links, QR codes on printed notices, embed codes, oEmbed, feeds,
// citations in downloads — and the output verification all use this one URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteOrigin } from '../pipeline/schemas/release.ts';
import type { Bilingual } from '../pipeline/schemas/index.ts';
import { siteConfig } from './config.ts';

export type SiteUrlSource = 'option' | 'release' | 'placeholder';

export interface ResolvedSiteUrl {
  /** The origin, e.g. `https://gongshi.example.gov.cn`. */
  url: string;
  /** Where it came from: `--site`, release.json's `site_url`, or nowhere (the placeholder). */
  source: SiteUrlSource;
}

/** How to configure the URL, for the warning of a build and the refusal of a publish. */
export const HOW_TO_SET_SITE_URL: Bilingual = {
  zh: '请在 release.json 中填写 "site_url"（如 "site_url": "https://gongshi.example.gov.cn"），或在命令后加 --site https://…',
  en: 'set "site_url" in release.json (e.g. "site_url": "https://gongshi.example.gov.cn"), or add --site https://… to the command',
};

/** What is wrong with a `--site` value that is not a plain `https://host`; undefined when it is one. */
export function siteOptionError(value: string): Bilingual | undefined {
  return siteOrigin(value) === undefined ? invalidSiteOption(value) : undefined;
}

function invalidSiteOption(value: string): Bilingual {
  return {
    zh: `--site 的值「${value}」不是网站地址：只写协议和域名，如 https://gongshi.example.gov.cn（子路径用 --base）。`,
    en: `--site "${value}" is not a site address: give the scheme and host only, e.g. https://gongshi.example.gov.cn (a path goes in --base).`,
  };
}

/**
 * `option` (--site) wins over the release's `site_url`; with neither, the placeholder. A URL that is the placeholder's
 * own address counts as the placeholder wherever it came from: QR codes pointing there reach nobody.
 */
export function resolveSiteUrl(option: string | undefined, releaseSiteUrl: string | undefined): ResolvedSiteUrl {
  const placeholder = { url: new URL(siteConfig.url).origin, source: 'placeholder' as const };
  let resolved: ResolvedSiteUrl = placeholder;
  if (option !== undefined) {
    const url = siteOrigin(option);
    if (url === undefined) {
      const { zh, en } = invalidSiteOption(option);
      throw new Error(`${zh} ${en}`);
    }
    resolved = { url, source: 'option' };
  } else if (releaseSiteUrl !== undefined) {
    const url = siteOrigin(releaseSiteUrl);
    if (url !== undefined) resolved = { url, source: 'release' };
  }
  return resolved.url === placeholder.url ? placeholder : resolved;
}

/**
 * For Astro run on its own (`npm run dev`, `astro check`): the URL the prepared dataset's release configures, else
 * the placeholder. A build passes the resolved URL as `--site`, which wins over this.
 */
export function siteUrlOfDataset(datasetDir: string): string {
  try {
    const meta = JSON.parse(readFileSync(join(datasetDir, 'meta.json'), 'utf8')) as { release?: { site_url?: string } };
    return resolveSiteUrl(undefined, meta.release?.site_url).url;
  } catch {
    return resolveSiteUrl(undefined, undefined).url;
  }
}
