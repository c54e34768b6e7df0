import { describe, expect, it } from 'vitest';
import { breakdown, totalsOf } from '../../../src/funds/derive/funds-breakdown.ts';
import { buildClientData, chunksFor, readChunk } from '../../../src/funds/derive/funds-client-data.ts';
import { asDataUrl, breakdownDownload, downloadCsv, downloadJson, fundLinesDownload, projectTableDownload } from '../../../src/funds/derive/funds-downloads.ts';
import { DEFAULT_SORT, selectProjects } from '../../../src/funds/derive/funds-query.ts';
import { staticViews, viewDimensions } from '../../../src/funds/derive/funds-views.ts';
import { FUND_SOURCES } from '../../../src/pipeline/schemas/fund-lines.ts';
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '../../../src/pipeline/schemas/projects.ts';
import { byId, published, summaries } from './funds-fixture.ts';

const vocabulary = { categories: PROJECT_CATEGORIES, sources: FUND_SOURCES, statuses: PROJECT_STATUSES };

describe('projectTableDownload', () => {
  it('writes the table columns with exact yuan, a BOM and neutralised formulas', () => {
    const hostile = { ...byId('P-1'), name: '=HYPERLINK("http://x","点我")' };
    const csv = downloadCsv(projectTableDownload([hostile], {}, totalsOf([hostile])));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFF项目编号,项目名称,年度,县（区）,乡镇（街道）,村（社区）,项目类别,进度,计划金额（元）,已拨付（元）,拨付率,受益户数,其中贫困户');
    expect(lines[1]).toBe('P-1,"\'=HYPERLINK(""http://x"",""点我"")",2025,汉滨区,关庙镇,皂树村,产业发展,完工,680000.51,610000.01,89.7%,120,45');
  });

  it('says in the header and the JSON when the amounts are one source only', () => {
    const selected = selectProjects(summaries, { ...DEFAULT_SORT, page: 1, source: '中央财政' });
    const table = projectTableDownload(selected, { source: '中央财政' }, totalsOf(selected));
    expect(table.header).toContain('计划金额（元，仅中央财政）');
    const json = JSON.parse(downloadJson(table));
    expect(json.amounts_from_source).toBe('中央财政');
    expect(json.totals).toMatchObject({ projects: 3, allocated_yuan: 500010.07 });
    expect(json.projects.map((project: { allocated_yuan: number }) => project.allocated_yuan)).toEqual([500000, 10, 0.07]);
  });

  it('publishes a project without money with an empty rate, not NaN', () => {
    const table = projectTableDownload([byId('P-4')], {}, totalsOf([byId('P-4')]));
    expect(table.rows[0]?.[10]).toBe('');
    expect(downloadJson(table)).not.toContain('NaN');
    expect((table.json as { projects: { disbursement_rate: unknown }[] }).projects[0]?.disbursement_rate).toBeNull();
  });
});

describe('breakdownDownload', () => {
  const total = totalsOf(summaries);

  it('writes the rows and a 合计 row that is the total', () => {
    const table = breakdownDownload('county', breakdown(summaries, 'county'), total);
    expect(table.header).toEqual(['县（区）', '项目数', '计划金额（元）', '已拨付（元）', '拨付率', '占计划资金', '受益户数', '其中贫困户']);
    expect(table.rows).toEqual([
      ['汉滨区', 3, '680000.58', '610000.04', '89.7%', '45.9%', 320, 105],
      ['汉阴县', 1, '800010.00', '600015.00', '75.0%', '54.1%', 860, 210],
      ['合计', 4, '1480010.58', '1210015.04', '81.8%', '100.0%', 1180, 315],
    ]);
  });

  it('leaves households out of the source table, where a project counts under each source', () => {
    const table = breakdownDownload('source', breakdown(summaries, 'source', FUND_SOURCES), total);
    expect(table.header).not.toContain('受益户数');
    expect(table.rows.map((row) => row[0])).toEqual(['中央财政', '省级财政', '县级财政', '社会帮扶', '合计']);
    expect(JSON.stringify(table.json)).not.toContain('households');
  });
});

describe('client data', () => {
  const { manifest, chunks } = buildClientData(summaries, vocabulary);

  it('splits the projects by year and county and lists the files', () => {
    expect(manifest.chunks).toEqual([
      { year: 2025, countyCode: '610902', file: '2025-610902.json', projects: 1 },
      { year: 2025, countyCode: '610921', file: '2025-610921.json', projects: 1 },
      { year: 2024, countyCode: '610902', file: '2024-610902.json', projects: 2 },
    ]);
    expect(chunksFor(manifest, 2025, undefined).map((chunk) => chunk.file)).toEqual(['2025-610902.json', '2025-610921.json']);
    expect(chunksFor(manifest, undefined, '610902').map((chunk) => chunk.file)).toEqual(['2025-610902.json', '2024-610902.json']);
    expect(manifest.townships.map((township) => township.name)).toEqual(['关庙镇', '张滩镇', '城关镇']);
  });

  it('reads back exactly the summaries the build shaped', () => {
    const restored = [...chunks.values()].flatMap((chunk) => readChunk(JSON.parse(JSON.stringify(chunk)), manifest));
    expect(restored.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...summaries].sort((a, b) => a.id.localeCompare(b.id)));
  });
});

describe('staticViews', () => {
  const views = staticViews(summaries, [2024, 2025, 2026], { categories: PROJECT_CATEGORIES, sources: FUND_SOURCES });

  it('has all years and each year for the city, and each county with projects', () => {
    expect(views.map((view) => view.view)).toEqual([
      {}, { countyCode: '610902' }, { countyCode: '610921' },
      { year: 2026 },
      { year: 2025 }, { year: 2025, countyCode: '610902' }, { year: 2025, countyCode: '610921' },
      { year: 2024 }, { year: 2024, countyCode: '610902' },
    ]);
    expect(views.find((view) => view.view.year === 2026)?.totals.projects).toBe(0);
  });

  it('gives each view its projects in the default order and breakdowns that add up to its total', () => {
    for (const view of views) {
      expect(view.breakdowns.map((entry) => entry.dimension)).toEqual(viewDimensions(view.view));
      for (const entry of view.breakdowns) {
        expect(entry.rows.reduce((sum, row) => sum + row.totals.allocated, 0)).toBe(view.totals.allocated);
        expect(entry.rows.reduce((sum, row) => sum + row.totals.disbursed, 0)).toBe(view.totals.disbursed);
      }
    }
    expect(views[0]?.projects.map((project) => project.id)).toEqual(['P-2', 'P-1', 'P-3', 'P-4']);
  });
});

describe('project fund lines', () => {
  const p1 = published.find((project) => project.id === 'P-1')!;

  it('lists each line and a 合计 that is the project total', () => {
    const table = fundLinesDownload(p1);
    expect(table.rows.map((row) => row.slice(1, 5))).toEqual([
      [1, '中央财政', '500000.00', '500000.00'],
      [2, '县级财政', '120000.50', '80000.00'],
      [3, '县级财政', '30000.01', '30000.01'],
      [4, '社会帮扶', '30000.00', '0.00'],
      ['合计', '', '680000.51', '610000.01'],
    ]);
  });

  it('travels in a data: URL byte for byte (BOM, line breaks, #, % and ? included), in characters a URL may hold', async () => {
    const text = `${downloadCsv(fundLinesDownload(p1))}# 100% 完成？ ?x=1\t\u3000end "quoted" & <b> {"a":[1]} \\^\`|\u0085`;
    const url = asDataUrl(text, 'text/csv');
    expect(url).not.toMatch(/[\s#"&<>]/);
    // Only what the URL standard allows in a URL: ASCII URL code points, %-escapes and non-ASCII (the Nu checker's test).
    expect(url.replace(/%[0-9A-F]{2}/g, '')).toMatch(/^[A-Za-z0-9!$'()*+,\-./:;=@_~\u00A0-\u{10FFFF}]*$/u);
    const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)).toBe(text);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
