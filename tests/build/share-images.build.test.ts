// Share cards and posters over the tiny fixture export, built with "today" inside two notices' periods and after a
// third's: every page's share tags, every notice's and honoree's card, every poster, and their QR codes read back
// with a QR reader to the page's own public URL.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { cjkFontFiles } from '../../src/charts/font.ts';
import { readDatasetPart } from '../../src/dataset/dataset.ts';
import { GlyphFont } from '../../src/share/glyph-font.ts';
import { ShareImageCache } from '../../src/share/image-cache.ts';
import { makeShareImages } from '../../src/share/make-share-images.ts';
import { RENDER_SETTINGS } from '../../src/share/render-png.ts';

const ORIGIN = 'https://gongshi.example.gov.cn';
const TODAY = '2025-11-04';
let work: string;
let siteDir: string;
let datasetDir: string;
let ok = false;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-share-'));
  siteDir = join(work, 'site');
  datasetDir = join(work, 'dataset');
  ({ ok } = await buildSite({
    dataDir: 'tests/fixtures/tiny-export',
    outDir: siteDir,
    reportPath: join(work, 'report.json'),
    datasetDir,
    today: TODAY,
    site: ORIGIN,
    quiet: true,
    log: () => {},
  }));
}, 240_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function htmlPages(): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => relative(siteDir, join(entry.parentPath, entry.name)));
}

function metaContent(html: string, attribute: 'property' | 'itemprop', name: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');
}

/** The file of the site at an absolute URL of the site. */
function fileOf(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  return join(siteDir, decodeURIComponent(url.slice(ORIGIN.length)));
}

async function png(path: string): Promise<{ width: number; height: number; bytes: number; qr: string | undefined }> {
  const { data, info } = await sharp(path).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect((await sharp(path).metadata()).format).toBe('png');
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
  return { width: info.width, height: info.height, bytes: (await stat(path)).size, qr: code?.data };
}

describe('share images', () => {
  it('builds', () => {
    expect(ok).toBe(true);
  });

  it('gives every page share tags and an image that exists', async () => {
    const pages = await htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = await readFile(join(siteDir, page), 'utf8');
      for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image']) expect(metaContent(html, 'property', property), `${page} ${property}`).toBeTruthy();
      for (const property of ['name', 'description', 'image']) expect(metaContent(html, 'itemprop', property), `${page} itemprop ${property}`).toBeTruthy();
      if (page !== '404.html') expect(metaContent(html, 'property', 'og:url'), page).toMatch(new RegExp(`^${ORIGIN}/`));
      const image = metaContent(html, 'property', 'og:image')!;
      expect(metaContent(html, 'itemprop', 'image')).toBe(image);
      expect(existsSync(fileOf(image)), `${page}: ${image}`).toBe(true);
      // The embed of a chart shares as the chart's PNG; every other page also has the picture as its first image, for
      // previews that take the first <img>.
      if (page.startsWith('embed/')) expect(image).toMatch(/\/charts\/[^/]+\.png$/);
      else expect(/<img class="share-image" src="([^"]+)"/.exec(html)?.[1], page).toBe(image.slice(ORIGIN.length));
    }
  });

  it("gives every notice a card ≥ 300 px, ≤ 60 KB, whose QR code reads as the notice's URL", async () => {
    const notices = (await readdir(join(siteDir, 'notices'), { withFileTypes: true })).filter((entry) => entry.isDirectory() && existsSync(join(siteDir, 'notices', entry.name, 'index.html')) && entry.name !== 'list');
    expect(notices.length).toBe(3);
    for (const notice of notices) {
      const html = await readFile(join(siteDir, 'notices', notice.name, 'index.html'), 'utf8');
      const url = metaContent(html, 'property', 'og:url')!;
      expect(url).toBe(`${ORIGIN}/notices/${notice.name}/`);
      expect(metaContent(html, 'property', 'og:title')).toBeTruthy();
      const image = metaContent(html, 'property', 'og:image')!;
      expect(image).toBe(`${ORIGIN}/share/notices/${notice.name}/card.png`);
      const card = await png(fileOf(image));
      expect(card.width).toBeGreaterThanOrEqual(300);
      expect(card.height).toBe(card.width);
      expect(card.bytes).toBeLessThanOrEqual(60 * 1024);
      expect(card.qr, notice.name).toBe(url);
    }
  });

  it('gives every honoree page the card of its kind, level and year, and its name in the title', async () => {
    const dataset = await readDatasetPart(datasetDir, 'honorees');
    expect(dataset.length).toBeGreaterThan(0);
    for (const honoree of dataset) {
      const html = await readFile(join(siteDir, 'honorees', honoree.id, 'index.html'), 'utf8');
      // The name as the page shows it (张** without consent, and then the description names nobody).
      expect(metaContent(html, 'property', 'og:title')).toContain(honoree.name);
      if (honoree.consent) expect(metaContent(html, 'property', 'og:description')).toContain(honoree.name);
      const image = metaContent(html, 'property', 'og:image')!;
      expect(image).toMatch(new RegExp(`^${ORIGIN}/share/honorees/${honoree.year}-[a-z]+-[a-z-]+\\.png$`));
      const card = await png(fileOf(image));
      expect(card.width).toBeGreaterThanOrEqual(300);
      expect(card.bytes).toBeLessThanOrEqual(60 * 1024);
    }
  });

  it('links posters from notices whose period has not ended, each 750 px wide, ≤ 300 KB, its QR code the notice’s URL', async () => {
    const notices = await readDatasetPart(datasetDir, 'notices');
    for (const notice of notices) {
      const html = await readFile(join(siteDir, 'notices', notice.id, 'index.html'), 'utf8');
      const posters = [...html.matchAll(/<a href="(\/share\/notices\/[^"]+\/poster-\d+\.png)"/g)].map((match) => match[1]!);
      const folder = join(siteDir, 'share', 'notices', notice.id);
      if (notice.period_end < TODAY) {
        expect(posters, notice.id).toEqual([]);
        expect((await readdir(folder)).filter((name) => name.startsWith('poster'))).toEqual([]);
        continue;
      }
      expect(posters.length, notice.id).toBeGreaterThan(0);
      for (const poster of posters) {
        const image = await png(join(siteDir, poster));
        expect(image.width).toBe(750);
        expect(image.bytes).toBeLessThanOrEqual(300 * 1024);
        expect(image.qr, poster).toBe(`${ORIGIN}/notices/${notice.id}/`);
      }
    }
  });

  it('writes every share image opaque, without an alpha channel (render-png.ts hands the pixels over as RGBA)', async () => {
    const files = (await readdir(join(siteDir, 'share'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const path = join(file.parentPath, file.name);
      const { hasAlpha, format } = await sharp(path).metadata();
      expect({ format, hasAlpha }, path).toEqual({ format: 'png', hasAlpha: false });
    }
  });

  it('renders only what the cache does not hold', async () => {
    const [regular, bold] = cjkFontFiles()!;
    const fonts = { regular: new GlyphFont(regular!, 'r'), bold: new GlyphFont(bold!, 'b') };
    const [meta, notices, honorees, projects, regions] = await Promise.all([
      readDatasetPart(datasetDir, 'meta'), readDatasetPart(datasetDir, 'notices'), readDatasetPart(datasetDir, 'honorees'), readDatasetPart(datasetDir, 'projects'), readDatasetPart(datasetDir, 'regions'),
    ]);
    const cache = new ShareImageCache(join(work, 'cache'), RENDER_SETTINGS);
    const make = (outDir: string, builtOn = meta.builtOn) =>
      makeShareImages({ dataset: { meta: { ...meta, builtOn }, notices, honorees, projects, regions }, origin: ORIGIN, base: '/', fonts, cache, outDir });
    const first = await make(join(work, 'first'));
    expect(first.cached).toBe(0);
    const second = await make(join(work, 'second'));
    expect(second).toMatchObject({ rendered: 0, cached: first.rendered });
    const card = (notice: string, run: string) => readFile(join(work, run, 'share', 'notices', notice, 'card.png'));
    expect((await card(notices[0]!.id, 'second')).equals(await card(notices[0]!.id, 'first'))).toBe(true);
    // A day on which every period has ended: the running notices' cards change state (and lose their posters);
    // nothing else is drawn again.
    const running = notices.filter((notice) => notice.period_end >= TODAY).length;
    const later = await make(join(work, 'later'), '2030-01-01');
    expect(later.rendered).toBe(running);
    expect(Object.values(later.images.notices).every((images) => images.posters.length === 0)).toBe(true);
  });
});
