// The public URL is a release setting: release.json's site_url reaches every absolute URL of the built site (QR codes,
// canonical links, embed codes, oEmbed, feeds, citations) and the placeholder none; --site wins over it; a build with
// neither warns, in the closing summary and in build-report.json.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/build/build-site.ts';
import { siteConfig } from '../../src/site/config.ts';

const FIXTURE = 'tests/fixtures/tiny-export';
const CONFIGURED = 'https://gongshi.example.gov.cn';
const PLACEHOLDER_HOST = new URL(siteConfig.url).host;

let work: string;
let configuredExport: string;
let siteDir: string;
let result: BuildResult;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-site-url-'));
  configuredExport = join(work, 'export');
  await cp(FIXTURE, configuredExport, { recursive: true });
  const release = JSON.parse(await readFile(join(configuredExport, 'release.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(configuredExport, 'release.json'), JSON.stringify({ ...release, site_url: `${CONFIGURED}/` }, null, 2));
  siteDir = join(work, 'site');
  result = await buildSite({ dataDir: configuredExport, outDir: siteDir, reportPath: join(work, 'report.json'), today: '2026-11-03', quiet: true, log: () => {} });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

const read = (path: string) => readFile(join(siteDir, path), 'utf8');

describe('a build whose release.json sets site_url', () => {
  it('builds on that URL without a warning about it', () => {
    expect(result.ok).toBe(true);
    expect(result.site).toEqual({ url: CONFIGURED, source: 'release' });
    expect(result.problems.map((problem) => problem.code)).not.toContain('site-url-missing');
  });

  it('names the placeholder in no file of the site', async () => {
    const files = (await listFiles(siteDir)).filter((file) => !/\.(png|jpe?g|webp|wasm|pf_\w+)$/.test(file));
    const mentions: string[] = [];
    for (const file of files) if ((await read(file)).includes(PLACEHOLDER_HOST)) mentions.push(file);
    expect(mentions).toEqual([]);
  });

  it('puts it in QR codes, canonical links, embed codes, oEmbed, feeds, downloads and open data', async () => {
    const notice = await read('notices/N2025-01/index.html');
    expect(notice).toContain(`<link rel="canonical" href="${CONFIGURED}/notices/N2025-01/"`);
    // The QR code's caption spells out the address the code holds.
    expect(notice).toMatch(new RegExp(`notice-qr__url"[^>]*>${CONFIGURED}/notices/N2025-01/<`));
    expect(await read('charts/index.html')).toContain(`${CONFIGURED}/embed/honorees-by-year/`);
    expect(await read('charts/index.html')).toContain(`${CONFIGURED}/embed.js`);
    expect(await read('embed/honorees-by-year/index.html')).toContain(`href="${CONFIGURED}/embed/honorees-by-year/oembed.json"`);
    const oembed = JSON.parse(await read('embed/honorees-by-year/oembed.json')) as { html: string; provider_url?: string };
    expect(oembed.html).toContain(`${CONFIGURED}/embed/honorees-by-year/`);
    expect(await read('notices/feed.xml')).toContain(`${CONFIGURED}/notices/N2025-01/`);
    expect(await read('data/changes/feed.xml')).toContain(CONFIGURED);
    expect(await read('charts/honorees-by-year.svg')).toContain(`${CONFIGURED}/charts/`);
    expect(await read('data/datapackage.json')).toContain(`${CONFIGURED}/data/`);
  });

  it('gives way to --site', async () => {
    const overridden = await buildSite({
      dataDir: configuredExport, outDir: join(work, 'prepared'), reportPath: join(work, 'report-override.json'), today: '2026-11-03',
      site: 'https://override.example.gov.cn/', prepareOnly: true, datasetDir: join(work, 'dataset-override'), quiet: true, log: () => {},
    });
    expect(overridden.site).toEqual({ url: 'https://override.example.gov.cn', source: 'option' });
  });
});

describe('a build with no URL configured', () => {
  it('warns that QR codes and embeds point at a placeholder, in the closing summary and build-report.json', async () => {
    const messages: string[] = [];
    const reportPath = join(work, 'report-placeholder.json');
    const unconfigured = await buildSite({
      dataDir: FIXTURE, outDir: join(work, 'unconfigured'), reportPath, today: '2026-11-03',
      prepareOnly: true, datasetDir: join(work, 'dataset-placeholder'), quiet: true, log: (message) => messages.push(message),
    });
    expect(unconfigured.ok).toBe(true);
    expect(unconfigured.site).toEqual({ url: new URL(siteConfig.url).origin, source: 'placeholder' });
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
      byCode: Record<string, number>;
      byGroup: Record<string, { error: number; warning: number }>;
      problems: { severity: string; code: string; message: { zh: string; en: string } }[];
      site: { url: string; source: string };
    };
    expect(report.byCode['site-url-missing']).toBe(1);
    expect(report.byGroup['configuration']).toEqual({ error: 0, warning: 1 });
    expect(report.site.source).toBe('placeholder');
    const warning = report.problems.find((problem) => problem.code === 'site-url-missing');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message.zh).toContain('二维码');
    expect(warning?.message.en).toContain('site_url');
    const closing = messages.join('\n').slice(messages.join('\n').indexOf('构建成功'));
    expect(closing).toContain('⚠ 配置 configuration: 1 个警告 1 warning (site-url-missing)');
    expect(closing).toContain('占位地址');
  });
});
