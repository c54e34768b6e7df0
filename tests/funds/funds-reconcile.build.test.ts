// Every total the funds pages publish — figures, breakdown rows and their 合计, chart marks, downloads,
// the browser's data files, project pages — equals, to the fen, the sum of the fund lines it covers,
// recomputed independently from the export's CSV files (./funds-ledger.ts).
//
// Builds the bundled sample (data/) with the real orchestrator. FUNDS_SITE_DIR=<dir> checks a site
// already built from FUNDS_EXPORT_DIR (default data/) instead, to iterate without rebuilding.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import type { FundsChunk, FundsManifest } from '../../src/funds/derive/funds-client-data.ts';
import { fen, groupSums, inView, readLedger, sums, type LedgerProject } from './funds-ledger.ts';

const exportDir = process.env['FUNDS_EXPORT_DIR'] ?? 'data';
let siteDir: string;
let built: string | undefined;
let ledger: Map<string, LedgerProject>;

beforeAll(async () => {
  ledger = await readLedger(exportDir);
  siteDir = process.env['FUNDS_SITE_DIR'] ?? '';
  if (!siteDir) {
    built = await mkdtemp(join(tmpdir(), 'yangguang-funds-'));
    siteDir = join(built, 'site');
    const result = await buildSite({ dataDir: exportDir, outDir: siteDir, reportPath: join(built, 'report.json'), today: '2026-11-03', quiet: true });
    if (!result.ok) throw new Error(`the sample did not build; see ${join(built, 'report.json')}`);
  }
});
afterAll(async () => {
  if (built) await rm(built, { recursive: true, force: true });
});

const read = (path: string) => readFile(join(siteDir, path), 'utf8');
const json = async <T>(path: string) => JSON.parse(await read(path)) as T;
/** "179,795,875.49 元" or 1797958.49 (yuan, JSON) → fen. */
const fenOf = (value: string | number) => (typeof value === 'number' ? Math.round(value * 100) : fen(value.replace(/\s*元$/, '')));

interface View {
  key: string;
  year: number | undefined;
  countyCode: string | undefined;
  /** Site path of the view's first page. */
  path: string;
}

async function views(): Promise<View[]> {
  const files = await readdir(join(siteDir, 'funds/downloads'));
  return files.filter((file) => file.endsWith('-projects.json')).map((file) => {
    const [year, county] = file.replace('-projects.json', '').split('-') as [string, string];
    const view = { key: `${year}-${county}`, year: year === 'all' ? undefined : Number(year), countyCode: county === 'all' ? undefined : county };
    return { ...view, path: `funds/${[view.year, view.countyCode].filter(Boolean).join('/')}${view.year || view.countyCode ? '/' : ''}` };
  });
}

const DIMENSIONS = { 'by-year': 'year', 'by-category': 'category', 'by-source': 'source' } as const;

describe('the funds pages reconcile with the fund lines', () => {
  it('the browser data: every project once, in its year and county, its money and its money per source', async () => {
    const manifest = await json<FundsManifest>('funds/data/manifest.json');
    const seen = new Set<string>();
    for (const ref of manifest.chunks) {
      const chunk = await json<FundsChunk>(`funds/data/${ref.file}`);
      expect(chunk.rows).toHaveLength(ref.projects);
      for (const [id, , year, , , , , , allocated, disbursed, , , , sources] of chunk.rows) {
        const project = ledger.get(id)!;
        expect(seen.has(id)).toBe(false);
        seen.add(id);
        expect([year, chunk.countyCode, allocated, disbursed]).toEqual([project.year, project.countyCode, project.allocated, project.disbursed]);
        const bySource = new Map<string, number>();
        for (const line of project.lines) bySource.set(line.source, (bySource.get(line.source) ?? 0) + line.allocated);
        const published = new Map<string, number>();
        for (let index = 0; index < sources.length; index += 3) published.set(manifest.sources[sources[index]!]!, sources[index + 1]!);
        expect(published).toEqual(bySource);
      }
    }
    expect(seen.size).toBe(ledger.size);
  });

  it('every view’s downloads: the project list, its totals and each breakdown, in JSON and CSV', async () => {
    const all = await views();
    expect(all.length).toBeGreaterThan(10);
    for (const view of all) {
      const projects = inView(ledger, view.year, view.countyCode);
      const total = sums(projects);
      const list = await json<{ totals: { projects: number; allocated_yuan: number; disbursed_yuan: number }; projects: { id: string; allocated_yuan: number; disbursed_yuan: number }[] }>(
        `funds/downloads/${view.key}-projects.json`,
      );
      expect([list.totals.projects, fenOf(list.totals.allocated_yuan), fenOf(list.totals.disbursed_yuan)], view.key).toEqual([total.projects, total.allocated, total.disbursed]);
      expect(new Set(list.projects.map((project) => project.id))).toEqual(new Set(projects.map((project) => project.id)));
      for (const row of list.projects) expect(fenOf(row.allocated_yuan)).toBe(ledger.get(row.id)!.allocated);

      const csv = (await read(`funds/downloads/${view.key}-projects.csv`)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(csv).toHaveLength(total.projects + 1);
      // Amounts are columns 9 and 10; no cell before them holds a comma in these exports (names are quoted if so).
      const csvAllocated = csv.slice(1).reduce((sum, line) => sum + fen(line.match(/,(\d+\.\d{2}),(\d+\.\d{2}),/)![1]!), 0);
      expect(csvAllocated, view.key).toBe(total.allocated);

      const breakdowns = { ...DIMENSIONS, 'by-area': view.countyCode ? 'township' : 'county' } as const;
      for (const [table, dimension] of Object.entries(breakdowns)) {
        if (table === 'by-year' && view.year !== undefined) continue;
        const published = await json<{ rows: { key: string; projects: number; allocated_yuan: number; disbursed_yuan: number }[]; total: { allocated_yuan: number; disbursed_yuan: number } }>(
          `funds/downloads/${view.key}-${table}.json`,
        );
        const expected = groupSums(projects, dimension);
        expect(new Map(published.rows.map((row) => [row.key, { projects: row.projects, allocated: fenOf(row.allocated_yuan), disbursed: fenOf(row.disbursed_yuan) }])), `${view.key} ${table}`).toEqual(expected);
        expect([fenOf(published.total.allocated_yuan), fenOf(published.total.disbursed_yuan)]).toEqual([total.allocated, total.disbursed]);
      }
    }
  });

  it('every view page: its figures on every page, each breakdown row, its 合计 and the chart marks', async () => {
    for (const view of await views()) {
      const total = sums(inView(ledger, view.year, view.countyCode));
      const pages = [`${view.path}index.html`];
      const paged = await readdir(join(siteDir, view.path, 'page')).catch(() => [] as string[]);
      pages.push(...paged.map((n) => `${view.path}page/${n}/index.html`));
      for (const page of pages) {
        const html = await read(page);
        const figure = (name: string) => fenOf(html.match(new RegExp(`data-figure="${name}-exact">([^<]+)<`))![1]!);
        expect([figure('allocated'), figure('disbursed')], page).toEqual([total.allocated, total.disbursed]);
      }

      const html = await read(`${view.path}index.html`);
      for (const section of html.split('<section').filter((part) => part.includes('data-breakdown="'))) {
        const slot = section.match(/data-breakdown="(\w+)"/)![1]!;
        if (/data-breakdown="\w+"[^>]*hidden/.test(section)) continue;
        const table = slot === 'area' ? 'by-area' : `by-${slot}`;
        const published = await json<{ rows: { label: string; allocated_yuan: number; disbursed_yuan: number }[] }>(`funds/downloads/${view.key}-${table}.json`);
        const exact = (part: string) => [...part.matchAll(/fund-amount__exact">([^<]+)</g)].map((match) => fenOf(match[1]!));
        const body = section.slice(section.indexOf('data-breakdown-rows'), section.indexOf('</tbody>'));
        const foot = section.slice(section.indexOf('data-breakdown-total'), section.indexOf('</tfoot>'));
        const rows = published.rows.flatMap((row) => [fenOf(row.allocated_yuan), fenOf(row.disbursed_yuan)]);
        expect(exact(body), `${view.key} ${slot}`).toEqual(rows);
        expect(exact(foot)).toEqual([total.allocated, total.disbursed]);
        // The chart draws the same figures (its marks carry exact yuan).
        const marks = [...section.matchAll(/data-series="(allocated|disbursed)" data-category="[^"]*" data-value="([\d.]+)"/g)].map((match) => fenOf(Number(match[2])));
        // The year chart runs oldest first, the table newest first.
        const charted = slot === 'year' ? [...published.rows].reverse().flatMap((row) => [fenOf(row.allocated_yuan), fenOf(row.disbursed_yuan)]) : rows;
        if (marks.length > 0) expect(marks, `${view.key} ${slot} chart`).toEqual(charted);
      }
    }
  });

  it('every project page: each fund line as exported, and a 合计 that is their sum', async () => {
    for (const project of ledger.values()) {
      const html = await read(`funds/projects/${project.id}/index.html`);
      const body = html.slice(html.indexOf('class="fund-lines'), html.indexOf('</tbody>', html.indexOf('class="fund-lines')));
      const lines = [...body.matchAll(/<th scope="row">([^<]+?)\s*(?:<span[^>]*>[^<]*<\/span>)?<\/th><td class="num"(?: data-label="[^"]*")?>([^<]+)<\/td><td class="num"(?: data-label="[^"]*")?>([^<]+)<\/td>/g)]
        .map((match) => ({ source: match[1]!, allocated: fenOf(match[2]!), disbursed: fenOf(match[3]!) }));
      expect(lines, project.id).toEqual(project.lines);
      const totalOf = (name: string) => fenOf(html.match(new RegExp(`data-total="${name}">([^<]+)<`))?.[1] ?? 'NaN');
      if (project.lines.length > 0) expect([totalOf('allocated'), totalOf('disbursed')], project.id).toEqual([project.allocated, project.disbursed]);
    }
  });
});
