// The one public URL of a build: --site over release.json's site_url over the placeholder, always as an origin.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site/config.ts';
import { resolveSiteUrl, siteOptionError, siteUrlOfDataset } from '../../src/site/site-url.ts';

const PLACEHOLDER = new URL(siteConfig.url).origin;

describe('resolveSiteUrl', () => {
  it('takes --site over the release, the release over the placeholder', () => {
    expect(resolveSiteUrl('https://a.example.gov.cn/', 'https://b.example.gov.cn')).toEqual({ url: 'https://a.example.gov.cn', source: 'option' });
    expect(resolveSiteUrl(undefined, 'https://b.example.gov.cn')).toEqual({ url: 'https://b.example.gov.cn', source: 'release' });
    expect(resolveSiteUrl(undefined, undefined)).toEqual({ url: PLACEHOLDER, source: 'placeholder' });
  });

  it("counts the placeholder's own address as the placeholder, wherever it came from", () => {
    expect(resolveSiteUrl(`${PLACEHOLDER}/`, undefined).source).toBe('placeholder');
    expect(resolveSiteUrl(undefined, PLACEHOLDER).source).toBe('placeholder');
  });

  it('refuses a --site that is not a plain scheme and host, in both languages', () => {
    expect(siteOptionError('https://a.example.gov.cn')).toBeUndefined();
    const error = siteOptionError('https://a.example.gov.cn/yangguang/');
    expect(error?.zh).toContain('--base');
    expect(error?.en).toContain('--base');
    expect(() => resolveSiteUrl('a.example.gov.cn', undefined)).toThrow('--site');
  });
});

describe('siteUrlOfDataset (Astro on its own: npm run dev)', () => {
  it("reads the prepared dataset's release, else gives the placeholder", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yangguang-site-url-'));
    try {
      expect(siteUrlOfDataset(dir)).toBe(PLACEHOLDER);
      await writeFile(join(dir, 'meta.json'), JSON.stringify({ release: { release: '2026-11-01', site_url: 'https://b.example.gov.cn' } }));
      expect(siteUrlOfDataset(dir)).toBe('https://b.example.gov.cn');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
