// At the scale of PRODUCT.md §6 (20,000 projects, 1,000,000 fund lines): every figure the funds pages are
// built from — each static view's totals and breakdowns, each project's lines and 合计, the browser's data
// files — equals the independent ledger's sums to the fen, and no browser file comes near holding them all.
// The pages themselves are not rendered here (that is the benchmark's job); what they print is these values.
//
// Generates the seeded large export once into the temp folder (≈30 s); FUNDS_LARGE_EXPORT=<dir> uses one
// already generated.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClientData, readChunk } from '../../src/funds/derive/funds-client-data.ts';
import { breakdownDownload, fundLinesDownload, projectTableDownload } from '../../src/funds/derive/funds-downloads.ts';
import { summariseProject, type FundProjectSummary } from '../../src/funds/derive/funds-summary.ts';
import { staticViews, type FundViewData } from '../../src/funds/derive/funds-views.ts';
import { publishProjects, type PublishedProject } from '../../src/funds/derive/projects.ts';
import { indexRegions } from '../../src/regions/derive/regions.ts';
import { loadExport } from '../../src/pipeline/load.ts';
import { FUND_SOURCES } from '../../src/pipeline/schemas/fund-lines.ts';
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '../../src/pipeline/schemas/projects.ts';
import { groupSums, inView, readLedger, sums, type LedgerProject } from './funds-ledger.ts';

const exportDir = process.env['FUNDS_LARGE_EXPORT'] ?? join(tmpdir(), 'yangguang-large-export-20261101');
let ledger: Map<string, LedgerProject>;
let projects: PublishedProject[];
let summaries: FundProjectSummary[];
let views: FundViewData[];

beforeAll(async () => {
  if (!existsSync(join(exportDir, 'release.json'))) {
    await promisify(execFile)(process.execPath, ['scripts/generate-sample.ts', '--scale', 'large', '--out', exportDir], { maxBuffer: 1 << 24 });
  }
  ledger = await readLedger(exportDir);
  const { data } = await loadExport(exportDir);
  if (!data) throw new Error(`the large export at ${exportDir} did not load`);
  projects = publishProjects(data.projects, data.fundLines);
  const regions = indexRegions(data.regions).nodes;
  summaries = projects.map((project) => summariseProject(project, regions));
  views = staticViews(summaries, [...new Set(projects.map((project) => project.year))], { categories: PROJECT_CATEGORIES, sources: FUND_SOURCES });
}, 900_000);

const yuanToFen = (yuan: number) => Math.round(yuan * 100);

describe('funds at 20,000 projects and 1,000,000 fund lines', () => {
  it('is the scale of the budget', () => {
    expect(ledger.size).toBe(20_000);
    expect([...ledger.values()].reduce((count, project) => count + project.lines.length, 0)).toBe(1_000_000);
  });

  it('every project’s 合计 and lines, as its page and download print them', () => {
    for (const project of projects) {
      const expected = ledger.get(project.id)!;
      expect([project.allocatedTotal, project.disbursedTotal], project.id).toEqual([expected.allocated, expected.disbursed]);
      const { json } = fundLinesDownload(project) as { json: { fund_lines: { source: string; allocated_yuan: number; disbursed_yuan: number }[]; total: { allocated_yuan: number } } };
      expect(json.fund_lines.map((line) => ({ source: line.source, allocated: yuanToFen(line.allocated_yuan), disbursed: yuanToFen(line.disbursed_yuan) }))).toEqual(expected.lines);
      expect(yuanToFen(json.total.allocated_yuan)).toBe(expected.allocated);
    }
  });

  it('every static view: its totals and each of its breakdowns, row by row', () => {
    expect(views.length).toBeGreaterThan(40);
    for (const view of views) {
      const selected = inView(ledger, view.view.year, view.view.countyCode);
      const total = sums(selected);
      const key = `${view.view.year ?? 'all'}-${view.view.countyCode ?? 'all'}`;
      expect([view.totals.projects, view.totals.allocated, view.totals.disbursed], key).toEqual([total.projects, total.allocated, total.disbursed]);
      const list = projectTableDownload(view.projects, {}, view.totals).json as { totals: { allocated_yuan: number } };
      expect(yuanToFen(list.totals.allocated_yuan)).toBe(total.allocated);
      for (const { dimension, rows } of view.breakdowns) {
        const published = new Map(rows.map((row) => [row.key, { projects: row.totals.projects, allocated: row.totals.allocated, disbursed: row.totals.disbursed }]));
        expect(published, `${key} by ${dimension}`).toEqual(groupSums(selected, dimension));
        const download = breakdownDownload(dimension, rows, view.totals).json as { total: { allocated_yuan: number; disbursed_yuan: number } };
        expect([yuanToFen(download.total.allocated_yuan), yuanToFen(download.total.disbursed_yuan)]).toEqual([total.allocated, total.disbursed]);
      }
    }
  });

  it('the browser’s files: small, split by year and county, and adding up to the same money', () => {
    const { manifest, chunks } = buildClientData(summaries, { categories: PROJECT_CATEGORIES, sources: FUND_SOURCES, statuses: PROJECT_STATUSES });
    const sizes = [...chunks.values()].map((chunk) => JSON.stringify(chunk).length);
    // One county in one year is one file; the largest stays a small download on slow mobile data.
    expect(Math.max(...sizes)).toBeLessThan(400_000);
    expect(JSON.stringify(manifest).length).toBeLessThan(50_000);
    let allocated = 0;
    let count = 0;
    for (const chunk of chunks.values()) {
      for (const summary of readChunk(JSON.parse(JSON.stringify(chunk)), manifest)) {
        const expected = ledger.get(summary.id)!;
        expect([summary.allocated, summary.disbursed, summary.year, summary.countyCode ?? '']).toEqual([expected.allocated, expected.disbursed, expected.year, expected.countyCode]);
        allocated += summary.allocated;
        count += 1;
      }
    }
    expect(count).toBe(ledger.size);
    expect(allocated).toBe(sums(ledger.values()).allocated);
  });
});
