// The seeded sample generator: determinism, and the invariants the committed sample promises.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWorkingDays, isoDate, isWorkingDay, lastOfWorkingDays, parseIsoDate, sameDateInYear } from '../../scripts/sample/calendar.ts';
import { generateExport } from '../../scripts/sample/export.ts';

const SEED = 20261101;
const RELEASE = '2026-11-01';
const YEARS = ['2023', '2024', '2025', '2026'];

type Row = Record<string, string>;

let dir = '';
let twin = '';
let otherSeed = '';

function hashes(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(folder, sub), { withFileTypes: true })) {
      const rel = join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else
        out.set(
          rel,
          createHash('sha256')
            .update(readFileSync(join(folder, rel)))
            .digest('hex'),
        );
    }
  };
  walk('');
  return out;
}

const tables = new Map<string, Row[]>();
function table(file: string): Row[] {
  const cached = tables.get(file);
  if (cached) return cached;
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  tables.set(file, parsed.data);
  return parsed.data;
}

function tally<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

beforeAll(() => {
  [dir, twin, otherSeed] = ['a', 'b', 'c'].map((s) => mkdtempSync(join(tmpdir(), `yangguang-sample-${s}-`))) as [string, string, string];
  generateExport({ outDir: dir, seed: SEED, scale: 'sample', release: RELEASE });
  generateExport({ outDir: twin, seed: SEED, scale: 'sample', release: RELEASE });
  generateExport({ outDir: otherSeed, seed: 7, scale: 'sample', release: RELEASE });
}, 60_000);

afterAll(() => {
  for (const folder of [dir, twin, otherSeed]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('calendar arithmetic', () => {
  it('counts five working days across a weekend', () => {
    // Wednesday 28 October 2026 → Tuesday 3 November (Sat 31 Oct and Sun 1 Nov skipped).
    expect(isoDate(lastOfWorkingDays(parseIsoDate('2026-10-28'), 5))).toBe('2026-11-03');
    expect(isoDate(lastOfWorkingDays(parseIsoDate('2026-11-02'), 5))).toBe('2026-11-06');
    expect(isWorkingDay(parseIsoDate('2026-11-01'))).toBe(false);
    expect(countWorkingDays(parseIsoDate('2026-10-28'), parseIsoDate('2026-11-03'))).toBe(5);
  });

  it('rejects dates that do not exist and maps 29 February to the 28th in other years', () => {
    expect(() => parseIsoDate('2026-02-29')).toThrow(/no such date/);
    expect(isoDate(sameDateInYear(parseIsoDate('2028-02-29'), 2027))).toBe('2027-02-28');
    expect(isoDate(sameDateInYear(parseIsoDate('2026-11-01'), 2023))).toBe('2023-11-01');
  });
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed', () => {
    const a = hashes(dir);
    expect(a.size).toBeGreaterThan(9);
    expect(hashes(twin)).toEqual(a);
  });

  it('reproduces the committed sample in data/ (run `npm run generate:sample` after changing the generator)', () => {
    // Photos are left out: their bytes depend on the zlib build inside Node, not on the generator.
    // So is the release store data/releases/ (npm run publish, scripts/sample-releases.ts): it is not the generator's.
    const withoutPhotos = (m: Map<string, string>): Map<string, string> =>
      new Map([...m].filter(([f]) => !f.startsWith('photos') && !f.startsWith('releases')));
    expect(withoutPhotos(hashes(join(import.meta.dirname, '..', '..', 'data')))).toEqual(withoutPhotos(hashes(dir)));
  });

  it('writes different people for another seed, on the same real places', () => {
    const a = hashes(dir);
    const c = hashes(otherSeed);
    expect(c.get('honorees.csv')).not.toBe(a.get('honorees.csv'));
    expect(
      readFileSync(join(otherSeed, 'regions.csv'), 'utf8')
        .split('\n')
        .map((l) => l.split(',')[0]),
    ).toEqual(
      readFileSync(join(dir, 'regions.csv'), 'utf8')
        .split('\n')
        .map((l) => l.split(',')[0]),
    );
  });

  it('refuses to clear a non-empty folder that is not an export', () => {
    const folder = mkdtempSync(join(tmpdir(), 'yangguang-not-an-export-'));
    try {
      writeFileSync(join(folder, 'notes.txt'), 'keep me');
      expect(() => generateExport({ outDir: folder, seed: SEED, scale: 'sample', release: RELEASE })).toThrow(/refusing to clear/);
      expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('keep me');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('file format', () => {
  it('writes Chinese headers with BOM and CRLF for honorees and fund lines, English and LF elsewhere', () => {
    const head = (file: string): string => readFileSync(join(dir, file), 'utf8').split('\n')[0]!;
    expect(head('honorees.csv')).toMatch(/^\uFEFF编号,类别,姓名,.*\r$/);
    expect(head('fund_lines.csv')).toBe('\uFEFF项目编号,资金来源,计划金额（元）,已拨付（元）,拨付日期\r');
    for (const file of ['regions.csv', 'notices.csv', 'projects.csv', 'pairings.csv', 'indicators.csv']) {
      expect(head(file)).toMatch(/^[a-z_,]+$/);
    }
  });

  it('exercises CSV quoting: commas, ASCII quotes and blank lines inside fields', () => {
    const stories = table('honorees.csv').map((h) => h['主要事迹']!);
    expect(stories.some((s) => s.includes('"'))).toBe(true);
    expect(stories.some((s) => /\d,\d{3}/.test(s))).toBe(true);
    expect(stories.every((s) => s.split('\n\n').length >= 2)).toBe(true);
    expect(table('fund_lines.csv').some((l) => l['计划金额（元）']!.includes(','))).toBe(true);
  });

  it('keeps every file under 5 MB and the photos under 1 MB', () => {
    for (const file of readdirSync(dir)) {
      if (file !== 'photos') expect(statSync(join(dir, file)).size, file).toBeLessThan(5 * 1024 * 1024);
    }
    const photoBytes = readdirSync(join(dir, 'photos')).reduce((sum, f) => sum + statSync(join(dir, 'photos', f)).size, 0);
    expect(photoBytes).toBeLessThan(1024 * 1024);
  });

  it('marks the release as sample data', () => {
    const release = JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8'));
    expect(release).toMatchObject({ release: RELEASE, jurisdiction: '6109', license: 'CC-BY-4.0', crs: 'WGS84', sample: true });
    expect(release.contact.phone).toMatch(/^0915-\d{7}$/);
  });
});

describe('regions and boundaries', () => {
  it('lists the real city, 10 counties, 139 townships and 1,924 villages with resolvable parents', () => {
    const regions = table('regions.csv');
    expect(tally(regions, (r) => r.level!)).toEqual({ 市: 1, 县: 10, 乡镇: 139, 村: 1924 });
    const codes = new Set(regions.map((r) => r.code));
    expect(codes.size).toBe(regions.length);
    for (const r of regions) if (r.level !== '市') expect(codes.has(r.parent_code)).toBe(true);
    for (const v of regions.filter((r) => r.level === '村')) {
      expect(Number(v.population)).toBeGreaterThanOrEqual(300);
      expect(Number(v.population)).toBeLessThanOrEqual(4000);
    }
  });

  it('draws exactly one schematic cell per township and keeps the real county outlines', () => {
    const geo = JSON.parse(readFileSync(join(dir, 'boundaries.geojson'), 'utf8'));
    const townships = table('regions.csv')
      .filter((r) => r.level === '乡镇')
      .map((r) => r.code);
    const features = geo.features as {
      properties: { code: string; level: string; schematic?: boolean };
      geometry: { type: string; coordinates: unknown[] };
    }[];
    const cells = features.filter((f) => f.properties.level === 'township');
    expect(cells.map((f) => f.properties.code).sort()).toEqual(townships.sort());
    expect(cells.every((f) => f.properties.schematic === true && f.geometry.coordinates.length > 0)).toBe(true);
    expect(features.filter((f) => f.properties.level === 'county')).toHaveLength(10);
    const decimals = readFileSync(join(dir, 'boundaries.geojson'), 'utf8')
      .match(/\.\d+/g)!
      .map((d) => d.length - 1);
    expect(Math.max(...decimals)).toBeLessThanOrEqual(6);
  });
});

describe('honorees', () => {
  const selfReliance = (): Row[] => table('honorees.csv').filter((h) => h['类别'] === '自强标兵');
  const cadres = (): Row[] => table('honorees.csv').filter((h) => h['类别'] === '交友帮扶好干部');

  it('names at least 1,000 自强标兵 a year, exactly 100 of them 市级, and 100 cadres', () => {
    for (const year of YEARS) {
      const ofYear = selfReliance().filter((h) => h['年度'] === year);
      expect(ofYear.length).toBeGreaterThanOrEqual(1000);
      expect(ofYear.filter((h) => h['级别'] === '市级')).toHaveLength(100);
      expect(new Set(ofYear.map((h) => h['级别']))).toEqual(new Set(['村级', '镇级', '县级', '市级']));
      expect(cadres().filter((h) => h['年度'] === year)).toHaveLength(100);
    }
  });

  it('has consent refusals every year and a handful of revocations', () => {
    for (const year of YEARS) {
      const ofYear = table('honorees.csv').filter((h) => h['年度'] === year);
      expect(ofYear.some((h) => h['同意公开'] === '否')).toBe(true);
      expect(ofYear.some((h) => h['状态'] === '已撤销')).toBe(true);
    }
  });

  it('places 自强标兵 in villages and cadres in townships, under their own notices', () => {
    const levels = new Map(table('regions.csv').map((r) => [r.code, r.level]));
    const notices = new Map(table('notices.csv').map((n) => [n.id, n]));
    const ids = new Set<string>();
    for (const h of table('honorees.csv')) {
      expect(ids.has(h['编号']!)).toBe(false);
      ids.add(h['编号']!);
      expect(levels.get(h['所在地编码']!)).toBe(h['类别'] === '自强标兵' ? '村' : '乡镇');
      const notice = notices.get(h['公示编号']!);
      expect(notice?.type).toBe(h['类别'] === '自强标兵' ? '标兵评选' : '干部评选');
      expect(notice?.id).toContain(h['年度']);
      // 公示中 exactly while the notice's period has not ended on release day.
      const running = notice!.period_end! >= RELEASE;
      if (h['状态'] !== '已撤销') expect(h['状态']).toBe(running ? '公示中' : '已表彰');
      expect([...h['事迹摘要']!].length).toBeLessThanOrEqual(80);
    }
  });

  it('has photos only for consenting honorees, each file present and named in the CSV', () => {
    const named = table('honorees.csv').filter((h) => h['照片']);
    expect(named.length).toBeGreaterThanOrEqual(24);
    expect(named.every((h) => h['同意公开'] === '是')).toBe(true);
    expect(named.map((h) => h['照片']).sort()).toEqual(readdirSync(join(dir, 'photos')).sort());
    const png = readFileSync(join(dir, 'photos', named[0]!['照片']!));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('has names that share two-character substrings, for partial-name search', () => {
    const givenNames = table('honorees.csv').map((h) => h['姓名']!.slice(-2));
    const repeated = Object.values(tally(givenNames, (g) => g)).filter((n) => n > 1);
    expect(repeated.length).toBeGreaterThan(50);
  });
});

describe('notices', () => {
  const release = parseIsoDate(RELEASE);

  it('has ordered dates, 5-working-day honoree periods and 10-day fund periods', () => {
    for (const n of table('notices.csv')) {
      const [published, start, end] = [parseIsoDate(n.published_on!), parseIsoDate(n.period_start!), parseIsoDate(n.period_end!)];
      expect(published).toBeLessThanOrEqual(start);
      expect(start).toBeLessThanOrEqual(end);
      expect(published).toBeLessThanOrEqual(release);
      if (n.type === '标兵评选' || n.type === '干部评选') {
        expect(isWorkingDay(start) && isWorkingDay(end), n.id).toBe(true);
        expect(countWorkingDays(start, end), n.id).toBe(5);
      }
      if (n.type === '资金项目') expect(end - start + 1).toBeGreaterThanOrEqual(10);
      expect(n.objection_phone).toMatch(/^(0915-\d{7}|12317|12345)$/);
    }
  });

  it('has notices that are upcoming, in their period and ended on release day', () => {
    const states = tally(table('notices.csv'), (n) =>
      n.period_start! > RELEASE ? 'upcoming' : n.period_end! >= RELEASE ? 'inProgress' : 'ended',
    );
    expect(states.upcoming).toBeGreaterThanOrEqual(1);
    expect(states.inProgress).toBeGreaterThanOrEqual(3);
    expect(states.ended).toBeGreaterThan(100);
    expect(new Set(table('notices.csv').map((n) => n.type))).toEqual(
      new Set(['标兵评选', '干部评选', '资金项目', '脱贫退出', '结对帮扶', '其他']),
    );
  });

  it('scopes every notice to a known region', () => {
    const codes = new Set(table('regions.csv').map((r) => r.code));
    for (const n of table('notices.csv')) expect(codes.has(n.region_code)).toBe(true);
  });
});

describe('projects and fund lines', () => {
  it('places projects in townships or villages, after their fund notice, with consistent counts', () => {
    const levels = new Map(table('regions.csv').map((r) => [r.code, r.level]));
    const notices = new Map(table('notices.csv').map((n) => [n.id, n]));
    expect(tally(table('projects.csv'), (p) => p.year!)).toEqual({ 2023: 500, 2024: 500, 2025: 500, 2026: 500 });
    for (const p of table('projects.csv')) {
      expect(['乡镇', '村']).toContain(levels.get(p.region_code!));
      expect(p.start! <= p.end!).toBe(true);
      const [households, persons, poor] = [Number(p.beneficiary_households), Number(p.beneficiary_persons), Number(p.poor_households)];
      expect(poor).toBeLessThanOrEqual(households);
      expect(households).toBeLessThanOrEqual(persons);
      if (p.notice_id) {
        const notice = notices.get(p.notice_id);
        expect(notice?.type).toBe('资金项目');
        expect(p.start! > notice!.period_end!).toBe(true);
      }
    }
  });

  it('gives each project 1–8 fund lines, with exactly two paying out more than allocated', () => {
    const projects = new Set(table('projects.csv').map((p) => p.id));
    const lines = table('fund_lines.csv');
    const perProject = tally(lines, (l) => l['项目编号']!);
    expect(Object.keys(perProject).sort()).toEqual([...projects].sort());
    expect(Object.values(perProject).every((n) => n >= 1 && n <= 8)).toBe(true);
    const yuan = (text: string): number => Number(text.replaceAll(',', ''));
    for (const l of lines) expect(l['计划金额（元）']).toMatch(/^\d{1,3}(,\d{3})*(\.\d{2})?$|^\d+(\.\d{2})?$/);
    expect(lines.filter((l) => yuan(l['已拨付（元）']!) > yuan(l['计划金额（元）']!))).toHaveLength(2);
  });
});

describe('pairings and indicators', () => {
  it('pairs every village in every year, with counts within their totals', () => {
    const villages = table('regions.csv').filter((r) => r.level === '村');
    expect(table('pairings.csv')).toHaveLength(villages.length * YEARS.length);
    for (const p of table('pairings.csv')) {
      const n = (k: string): number => Number(p[k]);
      expect(n('households_paired')).toBeLessThanOrEqual(n('poor_households'));
      expect(n('friends_confirmed')).toBeLessThanOrEqual(n('households_paired'));
      expect(n('survey_satisfied')).toBeLessThanOrEqual(n('survey_calls'));
    }
    expect(table('pairings.csv').some((p) => Number(p.village_visits) < 4)).toBe(true);
  });

  it('covers every township and village each year; 摘帽 only for villages', () => {
    const levels = new Map(table('regions.csv').map((r) => [r.code, r.level]));
    expect(table('indicators.csv')).toHaveLength((139 + 1924) * YEARS.length);
    for (const i of table('indicators.csv')) {
      expect(Number(i.exited_households)).toBeLessThanOrEqual(Number(i.poor_households));
      expect(Number(i.exited_persons)).toBeLessThanOrEqual(Number(i.poor_persons));
      expect(i.village_exited).toMatch(levels.get(i.region_code!) === '村' ? /^[是否]$/ : /^$/);
    }
  });
});

describe('privacy', () => {
  /** Columns that hold region codes (12-digit village codes are allowed there and nowhere else). */
  const CODE_COLUMNS = new Set(['code', 'parent_code', 'region_code', 'village_code', '所在地编码']);

  it('never writes a run of 11 or more digits outside code columns', () => {
    const offending: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      for (const [line, row] of table(file).entries()) {
        for (const [column, value] of Object.entries(row)) {
          if (!CODE_COLUMNS.has(column) && /\d{11,}/.test(value)) offending.push(`${file}:${line + 2} ${column}`);
        }
      }
    }
    expect(offending).toEqual([]);
    expect(readFileSync(join(dir, 'release.json'), 'utf8')).not.toMatch(/\d{11,}/);
  });
});
