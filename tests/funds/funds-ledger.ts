// An independent ledger of an export's project money, for the reconciliation tests: read straight from
// projects.csv, fund_lines.csv and regions.csv with Papa Parse and string arithmetic on the amounts —
// none of the pipeline's code — so a total the site publishes is checked against a second computation.
// (The sample and the generated exports are UTF-8; headers may be English or Chinese.)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';

export interface LedgerProject {
  id: string;
  year: number;
  countyCode: string;
  townshipCode: string;
  category: string;
  households: number;
  poorHouseholds: number;
  /** Fen, in the order of fund_lines.csv. */
  lines: { source: string; allocated: number; disbursed: number }[];
  allocated: number;
  disbursed: number;
}

export interface Sums {
  projects: number;
  allocated: number;
  disbursed: number;
}

/** "1,234.5" → 123450 fen, without floating point. */
export function fen(text: string): number {
  const [whole = '0', fraction = ''] = text.replaceAll(',', '').trim().split('.');
  return Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
}

async function table(dir: string, file: string): Promise<{ rows: string[][]; column: (...names: string[]) => number }> {
  const text = (await readFile(join(dir, file), 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const header = rows.shift() ?? [];
  const column = (...names: string[]) => {
    const index = header.findIndex((name) => names.includes(name.trim()));
    if (index < 0) throw new Error(`${file}: none of ${names.join('/')} in the header`);
    return index;
  };
  return { rows, column };
}

export async function readLedger(dir: string): Promise<Map<string, LedgerProject>> {
  const regions = await table(dir, 'regions.csv');
  const [code, level, parent] = [regions.column('code', '编码'), regions.column('level', '级别'), regions.column('parent_code', '上级编码')];
  const region = new Map(regions.rows.map((row) => [row[code]!, { level: row[level]!, parent: row[parent] ?? '' }]));
  const ancestor = (start: string, levels: string[]) => {
    for (let at: string | undefined = start, guard = 0; at && guard < 10; at = region.get(at)?.parent, guard += 1) {
      if (levels.includes(region.get(at)?.level ?? '')) return at;
    }
    return '';
  };

  const projects = await table(dir, 'projects.csv');
  const p = {
    id: projects.column('id', '项目编号'),
    year: projects.column('year', '年度'),
    region: projects.column('region_code', '实施地点'),
    category: projects.column('category', '项目类别'),
    households: projects.column('beneficiary_households', '受益户数'),
    poor: projects.column('poor_households', '其中贫困户'),
  };
  const ledger = new Map<string, LedgerProject>();
  for (const row of projects.rows) {
    ledger.set(row[p.id]!, {
      id: row[p.id]!,
      year: Number(row[p.year]),
      countyCode: ancestor(row[p.region]!, ['county', '县']),
      townshipCode: ancestor(row[p.region]!, ['township', '乡镇']),
      category: row[p.category]!,
      households: Number(row[p.households]!.replaceAll(',', '')),
      poorHouseholds: Number(row[p.poor]!.replaceAll(',', '')),
      lines: [],
      allocated: 0,
      disbursed: 0,
    });
  }

  const lines = await table(dir, 'fund_lines.csv');
  const l = {
    project: lines.column('project_id', '项目编号'),
    source: lines.column('source', '资金来源'),
    allocated: lines.column('allocated', '计划金额（元）'),
    disbursed: lines.column('disbursed', '已拨付（元）'),
  };
  for (const row of lines.rows) {
    const project = ledger.get(row[l.project]!);
    if (!project) throw new Error(`fund line for unknown project ${row[l.project]}`);
    const line = { source: row[l.source]!, allocated: fen(row[l.allocated]!), disbursed: fen(row[l.disbursed]!) };
    project.lines.push(line);
    project.allocated += line.allocated;
    project.disbursed += line.disbursed;
  }
  return ledger;
}

/** The projects of a funds view: one year or all, the whole city or one county. */
export function inView(ledger: Map<string, LedgerProject>, year: number | undefined, countyCode: string | undefined): LedgerProject[] {
  return [...ledger.values()].filter((project) => (year === undefined || project.year === year) && (!countyCode || project.countyCode === countyCode));
}

export function sums(projects: Iterable<LedgerProject>): Sums {
  const total: Sums = { projects: 0, allocated: 0, disbursed: 0 };
  for (const project of projects) {
    total.projects += 1;
    total.allocated += project.allocated;
    total.disbursed += project.disbursed;
  }
  return total;
}

/** Sums per group key; for 'source' the lines are grouped, and a project counts once per source it has. */
export function groupSums(projects: readonly LedgerProject[], by: 'year' | 'category' | 'county' | 'township' | 'source'): Map<string, Sums> {
  const groups = new Map<string, Sums>();
  const add = (key: string, allocated: number, disbursed: number, project: boolean) => {
    const entry = groups.get(key) ?? { projects: 0, allocated: 0, disbursed: 0 };
    entry.projects += project ? 1 : 0;
    entry.allocated += allocated;
    entry.disbursed += disbursed;
    groups.set(key, entry);
  };
  for (const project of projects) {
    if (by !== 'source') {
      const key = by === 'year' ? String(project.year) : by === 'category' ? project.category : by === 'county' ? project.countyCode : project.townshipCode;
      add(key, project.allocated, project.disbursed, true);
      continue;
    }
    const seen = new Set<string>();
    for (const line of project.lines) {
      add(line.source, line.allocated, line.disbursed, !seen.has(line.source));
      seen.add(line.source);
    }
  }
  return groups;
}
