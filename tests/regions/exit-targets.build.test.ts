// Every exit target against its result the site publishes — on every county, township and village page, in the city
// table /regions/targets/, the chart's CSV and the map layer 「目标完成率」 — equals an independent computation from
// the export's CSV files: targets.csv as given, and the actual exits of a year as indicators.csv's running totals of
// that year less the year before, where a place has both rows (a county: the sum of its townships; villages exited:
// villages marked 是 that year and not the year before).
//
// Builds the bundled sample (data/) with the real orchestrator. TARGETS_SITE_DIR=<dir> checks a site already built
// from data/ instead, to iterate without rebuilding.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';

const EXPORT = 'data';
let siteDir: string;
let built: string | undefined;

type Measure = 'persons' | 'households' | 'villages';
interface Expected {
  target: number;
  actual: number | undefined;
}
/** region → year → measure → target and actual, from the CSVs alone. */
let expected: Map<string, Map<number, Partial<Record<Measure, Expected>>>>;
let regions: { code: string; name: string; level: string; parent: string }[];

async function csv(file: string): Promise<Record<string, string>[]> {
  const text = (await readFile(join(EXPORT, file), 'utf8')).replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

async function computeFromCsv(): Promise<void> {
  regions = (await csv('regions.csv')).map((row) => ({ code: row['code']!, name: row['name']!, level: row['level']!, parent: row['parent_code'] ?? '' }));
  const children = new Map<string, string[]>();
  for (const region of regions) children.set(region.parent, [...(children.get(region.parent) ?? []), region.code]);
  const own = new Map<string, Record<string, string>>();
  const withRows = new Set<string>();
  for (const row of await csv('indicators.csv')) {
    own.set(`${row['region_code']}|${row['year']}`, row);
    withRows.add(row['region_code']!);
  }
  type Exits = { persons: number | undefined; households: number | undefined; villages: number | undefined };
  // A place with rows of its own: the difference of its rows (villages: 是 now and not before); else the sum of its parts.
  const exits = (code: string, year: number): Exits => {
    const parts = (children.get(code) ?? []).map((child) => exits(child, year));
    const sum = (key: keyof Exits) => {
      const known = parts.map((part) => part[key]).filter((value) => value !== undefined);
      return known.length > 0 ? known.reduce((all, value) => all + value, 0) : undefined;
    };
    const level = regions.find((region) => region.code === code)?.level;
    const now = own.get(`${code}|${year}`);
    const before = own.get(`${code}|${year - 1}`);
    if (!withRows.has(code)) return { persons: sum('persons'), households: sum('households'), villages: sum('villages') };
    const both = now && before;
    return {
      persons: both ? Number(now['exited_persons']) - Number(before['exited_persons']) : undefined,
      households: both ? Number(now['exited_households']) - Number(before['exited_households']) : undefined,
      villages: level === '村' || level === 'village' ? (both ? (now['village_exited'] === '是' && before['village_exited'] !== '是' ? 1 : 0) : undefined) : sum('villages'),
    };
  };
  const rows = await csv('targets.csv');
  expect(rows.length).toBeGreaterThan(0);
  expected = new Map();
  const grouped = new Map<string, Record<string, string>[]>();
  for (const row of rows) grouped.set(`${row['region_code']}|${row['year']}`, [...(grouped.get(`${row['region_code']}|${row['year']}`) ?? []), row]);
  for (const [key, group] of grouped) {
    const [code, yearText] = key.split('|') as [string, string];
    const year = Number(yearText);
    const totalRow = group.find((row) => !row['channel']);
    const parts = totalRow ? [totalRow] : group;
    const targetOf = (field: string) => parts.reduce((all, row) => all + Number(row[field] || 0), 0);
    const givesVillages = parts.some((row) => row['exit_villages'] !== '' && row['exit_villages'] !== undefined);
    const ofYear = exits(code, year);
    const actual = (key: Measure) => ofYear[key];
    const entry: Partial<Record<Measure, Expected>> = {
      persons: { target: targetOf('exit_persons'), actual: actual('persons') },
      households: { target: targetOf('exit_households'), actual: actual('households') },
      ...(givesVillages ? { villages: { target: targetOf('exit_villages'), actual: actual('villages') } } : {}),
    };
    if (!expected.has(code)) expected.set(code, new Map());
    expected.get(code)!.set(year, entry);
  }
}

beforeAll(async () => {
  await computeFromCsv();
  siteDir = process.env['TARGETS_SITE_DIR'] ?? '';
  if (!siteDir) {
    built = await mkdtemp(join(tmpdir(), 'yangguang-targets-'));
    siteDir = join(built, 'site');
    const result = await buildSite({ dataDir: EXPORT, outDir: siteDir, reportPath: join(built, 'report.json'), today: '2026-11-03', quiet: true });
    if (!result.ok) throw new Error(`the sample did not build; see ${join(built, 'report.json')}`);
  }
}, 600_000);
afterAll(async () => {
  if (built) await rm(built, { recursive: true, force: true });
});

const read = (path: string) => readFile(join(siteDir, path), 'utf8');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const rateOf = (actual: number | undefined, target: number) => (actual === undefined || target <= 0 ? undefined : actual / target);
const outcomeOf = (e: Expected) => (e.actual === undefined ? '无法计算（缺少当年或上年脱贫指标）' : e.actual >= e.target ? '完成' : '未完成');

interface Published {
  measure: Measure;
  target: number;
  actual: number | undefined;
  rate: number | undefined;
  outcome: string;
}

/** Each element carrying data-measure inside `html`, with its figures and the outcome in words. */
function publishedMeasures(html: string, element: 'tr' | 'td'): Published[] {
  const found: Published[] = [];
  const pattern = new RegExp(`<${element}[^>]*data-measure="[^"]*"[^>]*>([\\s\\S]*?)</${element}>`, 'g');
  for (const match of html.matchAll(pattern)) {
    const tag = match[0].slice(0, match[0].indexOf('>') + 1);
    const actual = attr(tag, 'data-actual');
    const rate = attr(tag, 'data-rate');
    found.push({
      measure: attr(tag, 'data-measure') as Measure,
      target: Number(attr(tag, 'data-target')),
      actual: actual ? Number(actual) : undefined,
      rate: rate ? Number(rate) : undefined,
      outcome: /<strong[^>]*>([^<]*)<\/strong>/.exec(match[1]!)?.[1] ?? '',
    });
  }
  return found;
}

function expectMatches(published: Published[], wanted: Partial<Record<Measure, Expected>>, where: string): void {
  const measures = (['persons', 'households', 'villages'] as const).filter((key) => wanted[key]);
  expect(published.map((entry) => entry.measure), where).toEqual(measures);
  for (const entry of published) {
    const e = wanted[entry.measure]!;
    expect({ target: entry.target, actual: entry.actual, outcome: entry.outcome }, `${where} ${entry.measure}`).toEqual({ target: e.target, actual: e.actual, outcome: outcomeOf(e) });
    const rate = rateOf(e.actual, e.target);
    if (rate === undefined) expect(entry.rate, `${where} ${entry.measure} rate`).toBeUndefined();
    else expect(entry.rate, `${where} ${entry.measure} rate`).toBeCloseTo(rate, 12);
  }
}

/** The tables of one page's 「目标完成情况」 section, by year. */
function sectionTables(html: string): Map<number, string> {
  const start = html.indexOf('data-exit-targets');
  const section = html.slice(start, html.indexOf('</section>', start));
  const tables = new Map<number, string>();
  for (const match of section.matchAll(/<table[^>]*data-exit-year="(\d+)"[^>]*>([\s\S]*?)<\/table>/g)) tables.set(Number(match[1]), match[2]!);
  return tables;
}

describe('exit targets against results, as published', () => {
  it('every county, township and village page: each target year with its figures, or says it has no target', async () => {
    const counts = { county: 0, township: 0, village: 0, without: 0, met: 0, notMet: 0 };
    for (const region of regions.filter((r) => r.level !== '市' && r.level !== 'city')) {
      const html = await read(`regions/${region.code}/index.html`);
      expect(html, region.code).toContain('<h2 id="region-exit-targets">目标完成情况</h2>');
      const wanted = expected.get(region.code);
      const tables = sectionTables(html);
      if (!wanted) {
        expect(tables.size, region.code).toBe(0);
        expect(html, region.code).toContain('data-exit-none');
        counts.without += 1;
        continue;
      }
      expect([...tables.keys()].sort(), region.code).toEqual([...wanted.keys()].sort());
      for (const [year, want] of wanted) {
        const published = publishedMeasures(tables.get(year)!, 'tr');
        expectMatches(published, want, `${region.code} ${year}`);
        for (const entry of published) entry.outcome === '完成' ? (counts.met += 1) : entry.outcome === '未完成' ? (counts.notMet += 1) : undefined;
      }
      const level = region.level === '县' || region.level === 'county' ? 'county' : region.level === '乡镇' || region.level === 'township' ? 'township' : 'village';
      counts[level] += 1;
    }
    // The sample promises every county a target, and has places without one, targets met and targets missed.
    expect(counts.county).toBe(regions.filter((r) => r.level === '县' || r.level === 'county').length);
    expect(counts.township).toBeGreaterThan(0);
    expect(counts.village).toBeGreaterThan(0);
    expect(counts.without).toBeGreaterThan(0);
    expect(counts.met).toBeGreaterThan(0);
    expect(counts.notMet).toBeGreaterThan(0);
  });

  it('the city table: every county and township in each target year, with its figures or 没有设定目标', async () => {
    const html = await read('regions/targets/index.html');
    const years = [...new Set([...expected.values()].flatMap((byYear) => [...byYear.keys()]))].sort();
    const tables = new Map([...html.matchAll(/<table[^>]*data-exit-year="(\d+)"[^>]*>([\s\S]*?)<\/table>/g)].map((m) => [Number(m[1]), m[2]!]));
    expect([...tables.keys()].sort()).toEqual(years);
    const listed = regions.filter((r) => ['县', 'county', '乡镇', 'township'].includes(r.level));
    for (const [year, table] of tables) {
      const rows = new Map([...table.matchAll(/<tr[^>]*data-region="(\d+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [m[1]!, m[2]!]));
      expect([...rows.keys()].sort()).toEqual(listed.map((r) => r.code).sort());
      for (const [code, row] of rows) {
        const wanted = expected.get(code)?.get(year);
        if (!wanted) expect(row, `${code} ${year}`).toContain('没有设定目标');
        else expectMatches(publishedMeasures(row, 'td'), wanted, `table ${code} ${year}`);
      }
    }
  });

  it('the chart CSV: each county completion rate (people) per target year, as a percentage', async () => {
    const text = (await read('charts/exit-targets-by-county.csv')).replace(/^\uFEFF/, '');
    const [header, ...lines] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const years = header!.slice(1).map((label) => Number(/^(\d{4})/.exec(label)?.[1]));
    const counties = regions.filter((r) => r.level === '县' || r.level === 'county').sort((a, b) => a.code.localeCompare(b.code));
    expect(lines.map((line) => line[0])).toEqual(counties.map((county) => county.name));
    lines.forEach((line, index) => {
      const county = counties[index]!;
      years.forEach((year, column) => {
        const wanted = expected.get(county.code)?.get(year)?.persons;
        const rate = wanted && rateOf(wanted.actual, wanted.target);
        expect(line[column + 1], `${county.code} ${year}`).toBe(rate === undefined ? '' : (rate * 100).toFixed(2));
      });
    });
  });

  it('the map layer 「目标完成率」: each county and township, each year, the same rate (or no data)', async () => {
    const file = (await readdir(join(siteDir, 'map'))).find((name) => /^regions-.*\.json$/.test(name));
    const data = JSON.parse(await read(`map/${file}`)) as { regions: { code: string }[]; years: number[]; values: Record<string, (number | null)[][]> };
    const values = data.values['exitTargetRate'];
    expect(values).toBeDefined();
    let known = 0;
    data.years.forEach((year, yearIndex) => {
      data.regions.forEach((region, regionIndex) => {
        const wanted = expected.get(region.code)?.get(year)?.persons;
        const rate = wanted && rateOf(wanted.actual, wanted.target);
        const shown = values![yearIndex]![regionIndex];
        if (rate === undefined) expect(shown, `${region.code} ${year}`).toBeNull();
        else {
          known += 1;
          expect(shown, `${region.code} ${year}`).toBe(Number(rate.toPrecision(4)));
        }
      });
    });
    expect(known).toBeGreaterThan(0);
  });

  it('the open data: targets.csv published row for row, and described in datapackage.json', async () => {
    const published = Papa.parse<Record<string, string>>((await read('data/targets.csv')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const source = await csv('targets.csv');
    expect(published.map((row) => [row['year'], row['region_code'], row['exit_persons'], row['exit_households'], row['exit_villages'] ?? '', row['channel'] ?? ''])).toEqual(
      source.map((row) => [row['year'], row['region_code'], row['exit_persons'], row['exit_households'], row['exit_villages'] ?? '', row['channel'] ?? '']),
    );
    const datapackage = JSON.parse(await read('data/datapackage.json')) as { resources: { name: string; schema: { fields: { name: string; description: string }[] } }[] };
    const resource = datapackage.resources.find((entry) => entry.name === 'targets');
    expect(resource?.schema.fields.map((field) => field.name)).toEqual(['year', 'region_code', 'exit_persons', 'exit_households', 'exit_villages', 'channel']);
    expect(resource?.schema.fields.every((field) => field.description.length > 0)).toBe(true);
  });
});
