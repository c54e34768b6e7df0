// Every share image of the site, drawn as SVG with the text as outlines, rendered only when the cache does not
// have it, and written under the output folder at the paths of paths.ts; returns which images exist (the dataset's
// `shareImages` part) and what it cost.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PublishedHonoree } from '../honorees/derive/honorees.ts';
import type { PublishedProject } from '../funds/derive/projects.ts';
import { attachmentsByNotice, attachmentsOf } from '../notices/derive/notice-attachments.ts';
import type { RegionNode } from '../regions/derive/regions.ts';
import type { NoticeRow } from '../pipeline/schemas/index.ts';
import type { SiteMeta } from '../dataset/dataset.ts';
import { siteConfig } from '../site/config.ts';
import { honoreeGroups, noticeCardContent, noticePosterContent, wantsPoster } from './derive/share-content.ts';
import { drawHonoreeCard, drawSiteCard } from './draw/cards.ts';
import { drawNoticeCard } from './draw/notice-card.ts';
import { drawPosterPage, layoutPoster } from './draw/notice-poster.ts';
import type { ShareFonts } from './draw/style.ts';
import type { ShareImageCache } from './image-cache.ts';
import { shareImagePaths, type ShareImages } from './paths.ts';
import { renderSharePng } from './render-png.ts';

export interface ShareDataset {
  meta: SiteMeta;
  notices: readonly NoticeRow[];
  honorees: readonly PublishedHonoree[];
  projects: readonly PublishedProject[];
  regions: readonly RegionNode[];
}

export interface MakeShareImagesOptions {
  dataset: ShareDataset;
  /** The site's public origin (https://host) and the path it is served under (`/` or `/sub/`): the QR codes' URLs. */
  origin: string;
  base: string;
  fonts: ShareFonts;
  cache: ShareImageCache;
  /** Where the images go, at their site paths. */
  outDir: string;
  /** Images in work at once: each render and encode runs off the JavaScript thread, beside the others. */
  concurrency?: number;
}

export interface MakeShareImagesResult {
  images: ShareImages;
  /** Images rendered by this build, and those found in the cache. */
  rendered: number;
  cached: number;
  /** Milliseconds of this process's CPU time (all threads) spent, and of the SVGs' drawing alone. */
  cpuMs: number;
}

export interface Job {
  path: string;
  draw: () => string;
}

/** The notice page's public address: what its QR code says (the page's own canonical URL). */
export function noticePageUrl(origin: string, base: string, noticeId: string): string {
  return `${origin}${base}notices/${encodeURIComponent(noticeId)}/`;
}

export async function makeShareImages(options: MakeShareImagesOptions): Promise<MakeShareImagesResult> {
  return renderShareImages(planShareImages(options), options);
}

/** Which images there are, and how each is drawn: all a render needs, without the dataset. */
export interface SharePlan {
  images: ShareImages;
  jobs: Job[];
  /** This process's CPU time when planning began (the cost reported includes it). */
  cpuBefore: NodeJS.CpuUsage;
}

/**
 * The images and their drawings, made from the dataset but holding only their own small parts of it (each notice's
 * words and list, each group's words). A caller that lets the dataset go once this returns keeps it (~250 MB of heap at
 * 100,000 honorees and 1,000,000 fund lines) out of the heap while the images render: every render and encode hands its
 * pixels over as external memory, which sets off garbage collections, and each collection marked the whole
 * dataset (share-images.ts; measured there).
 */
export function planShareImages({ dataset, origin, base, fonts }: Pick<MakeShareImagesOptions, 'dataset' | 'origin' | 'base' | 'fonts'>): SharePlan {
  const cpuBefore = process.cpuUsage();
  const { meta } = dataset;
  const today = meta.builtOn;
  const sample = meta.release.sample === true;
  const publisher = meta.release.publisher;
  const regions = new Map(dataset.regions.map((region) => [region.code, region]));
  const attachments = attachmentsByNotice(dataset.honorees, dataset.projects, regions);

  const images: ShareImages = { site: shareImagePaths.site(), notices: {}, honorees: {} };
  const jobs: Job[] = [{ path: images.site, draw: () => drawSiteCard({ title: siteConfig.title, publisher, sample }, fonts) }];
  for (const notice of dataset.notices) {
    const url = noticePageUrl(origin, base, notice.id);
    const card = shareImagePaths.noticeCard(notice.id);
    jobs.push({ path: card, draw: () => drawNoticeCard(noticeCardContent(notice, today, url, sample), fonts) });
    const posters: string[] = [];
    if (wantsPoster(notice, today)) {
      const content = noticePosterContent(notice, attachmentsOf(attachments, notice.id), url, sample);
      const pages = layoutPoster(content, fonts);
      pages.forEach((page, index) => {
        const path = shareImagePaths.noticePoster(notice.id, index + 1);
        posters.push(path);
        jobs.push({ path, draw: () => drawPosterPage(content, page, index + 1, pages.length, fonts) });
      });
    }
    images.notices[notice.id] = { card, posters };
  }
  for (const group of honoreeGroups(dataset.honorees, publisher, sample)) {
    const path = shareImagePaths.honoreeGroup(group.key);
    images.honorees[group.key] = path;
    jobs.push({ path, draw: () => drawHonoreeCard(group, fonts) });
  }
  return { images, jobs, cpuBefore };
}

/** Renders (or takes from the cache) and writes every image of the plan. */
export async function renderShareImages({ images, jobs, cpuBefore }: SharePlan, { cache, outDir, concurrency = 4 }: Pick<MakeShareImagesOptions, 'cache' | 'outDir' | 'concurrency'>): Promise<MakeShareImagesResult> {
  let rendered = 0;
  let cached = 0;
  const folders = new Map<string, Promise<unknown>>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const svg = job.draw();
      const key = cache.key(svg);
      let png = await cache.get(key);
      if (png) cached++;
      else {
        png = await renderSharePng(svg);
        await cache.put(key, png);
        rendered++;
      }
      const file = join(outDir, decodeURIComponent(job.path));
      const folder = dirname(file);
      let made = folders.get(folder);
      if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
      await made;
      await writeFile(file, png);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  return { images, rendered, cached, cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}
