// Every funds notice of the sample, every one of its projects, every field the fund-publicity guidance requires:
// what the built pages say (the notice page and its later list pages) against the export itself, recomputed here
// without the site's derive code — the place from the region tree, the money per source summed from the fund lines.
// And every notice page stays within the 30 KB (gzip) its lists are paged for.
//
// Builds the bundled sample (data/) with the real orchestrator. NOTICES_SITE_DIR=<dir> checks a site already built
// from data/ instead, to iterate without rebuilding.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { loadExport, type ExportData } from '../../src/pipeline/load.ts';
import { formatDate, formatYuanExact } from '../../src/site/format.ts';

const exportDir = 'data';
let siteDir: string;
let built: string | undefined;
let data: ExportData;

beforeAll(async () => {
  const loaded = await loadExport(exportDir);
  if (!loaded.data) throw new Error(`${exportDir} did not load`);
  data = loaded.data;
  siteDir = process.env['NOTICES_SITE_DIR'] ?? '';
  if (!siteDir) {
    built = await mkdtemp(join(tmpdir(), 'yangguang-notices-'));
    siteDir = join(built, 'site');
    const result = await buildSite({ dataDir: exportDir, outDir: siteDir, reportPath: join(built, 'report.json'), today: '2026-11-03', quiet: true });
    if (!result.ok) throw new Error(`the sample did not build; see ${join(built, 'report.json')}`);
  }
}, 600_000);
afterAll(async () => {
  if (built) await rm(built, { recursive: true, force: true });
});

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#34;': '"' };
const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#34);/g, (entity) => ENTITIES[entity] ?? entity);

/** The projects a notice page lists: id, name and its fields (label → text), in page order. */
function listedProjects(html: string): { id: string; name: string; fields: [string, string][] }[] {
  const list = html.match(/<ol class="[^"]*notice-attached__list--projects[^"]*"[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
  return [...list.matchAll(/<li><a href="\/funds\/projects\/([^/"]+)\/">([^<]*)<\/a>[\s\S]*?<\/li>/g)].map(([item, id, name]) => ({
    id: decodeURIComponent(id!),
    name: unescape(name!),
    fields: [...item.matchAll(/<dt>([^<]*)<\/dt><dd[^>]*>([^<]*)<\/dd>/g)].map(([, label, text]) => [unescape(label!), unescape(text!)] as [string, string]),
  }));
}

/** What the guidance asks a notice to say of the project, from the export. */
function expectedFields(project: ExportData['projects'][number]): [string, string][] {
  const regions = new Map(data.regions.map((region) => [region.code, region]));
  const names: string[] = [];
  for (let region = regions.get(project.region_code); region && region.level !== 'city'; region = region.parent_code ? regions.get(region.parent_code) : undefined) {
    names.unshift(region.name);
  }
  const bySource = new Map<string, number>();
  for (const line of data.fundLines) if (line.project_id === project.id) bySource.set(line.source, (bySource.get(line.source) ?? 0) + line.allocated);
  const total = [...bySource.values()].reduce((sum, fen) => sum + fen, 0);
  const sources = [...bySource].map(([source, fen]) => `${source} ${formatYuanExact(fen)}`);
  return [
    ['实施地点', names.join('')],
    ['建设任务', project.task ?? '未填报'],
    ['补助标准', project.subsidy_standard ?? '未填报'],
    ['资金来源及金额', sources.length === 0 ? '未填报' : sources.length === 1 ? sources[0]! : `${sources.join('；')}；合计 ${formatYuanExact(total)}`],
    ['实施期限', `${formatDate(project.start)}至${formatDate(project.end)}`],
    ['实施单位', project.unit],
    ['责任人', project.responsible],
    ['绩效目标', project.goal],
    ['带贫减贫机制', project.mechanism],
  ];
}

describe('funds notices in the built sample', () => {
  it('list every project of every funds notice with every required field, as the export says it', async () => {
    const announced = new Map<string, ExportData['projects']>();
    for (const project of data.projects) if (project.notice_id) announced.set(project.notice_id, [...(announced.get(project.notice_id) ?? []), project]);
    expect(announced.size).toBeGreaterThan(10);
    let checked = 0;
    let notReported = 0;
    for (const [noticeId, projects] of announced) {
      const folder = join(siteDir, 'notices', noticeId);
      const parts = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory() && /^\d+$/.test(entry.name)).map((entry) => entry.name);
      const pages = ['index.html', ...parts.sort((a, b) => Number(a) - Number(b)).map((part) => join(part, 'index.html'))];
      const listed = (await Promise.all(pages.map(async (page) => listedProjects(await readFile(join(folder, page), 'utf8'))))).flat();
      expect(listed.map((entry) => entry.id).sort(), noticeId).toEqual(projects.map((project) => project.id).sort());
      const byId = new Map(projects.map((project) => [project.id, project]));
      for (const entry of listed) {
        const project = byId.get(entry.id)!;
        expect(entry.name, entry.id).toBe(project.name);
        expect(entry.fields, `${noticeId} ${entry.id}`).toEqual(expectedFields(project));
        notReported += entry.fields.filter(([, text]) => text === '未填报').length;
        checked += 1;
      }
    }
    expect(checked).toBe(data.projects.filter((project) => project.notice_id).length);
    // The sample leaves some subsidy standards blank, so 「未填报」 is exercised, not just allowed.
    expect(notReported).toBeGreaterThan(0);
  });

  it('keep every notice page, lists included, within 30 KB gzip', async () => {
    const over: string[] = [];
    let pages = 0;
    for (const notice of data.notices) {
      const folder = join(siteDir, 'notices', notice.id);
      for (const entry of await readdir(folder, { recursive: true })) {
        if (!entry.endsWith('index.html')) continue;
        const bytes = gzipSync(await readFile(join(folder, entry))).byteLength;
        pages += 1;
        if (bytes > 30 * 1024) over.push(`${notice.id}/${entry}: ${(bytes / 1024).toFixed(1)} KB`);
      }
    }
    expect(pages).toBeGreaterThanOrEqual(data.notices.length);
    expect(over).toEqual([]);
  });
});
