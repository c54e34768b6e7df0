// References between files: every code and id must exist in the file it points to, and regions must be of the right level.
import { problem } from '../problems.ts';
import type { TableData } from '../read-table.ts';
import type { Problem } from '../report.ts';
import type { Bilingual, Region, RegionLevel, Release } from '../schemas/index.ts';
import { cellAt, LEVEL_NAMES, levelList, type CellLocation, type ExportTables } from './tables.ts';

/** What a reference should hold, as the "Expected:" part of its problems. */
function expectedRegion(levels: readonly RegionLevel[] | undefined): Bilingual {
  if (!levels) return { zh: 'regions.csv 中的区划代码', en: 'a region code in regions.csv' };
  const names = levelList(levels);
  return { zh: `regions.csv 中某个${names.zh}的区划代码`, en: `the code of a ${names.en} in regions.csv` };
}

interface Target {
  file: string;
  present: boolean;
  has: (key: string) => boolean;
}

function targetOf<Row>(table: TableData<Row>, keyOf: (row: Row) => string): Target {
  const keys = new Set(table.rows.map(keyOf));
  // Rows rejected for a bad cell already have their problem; pointing at them is not another one.
  return { file: table.file, present: table.present, has: (key) => keys.has(key) || table.rejectedKeys.has(key) };
}

type Location = CellLocation | { file: string; field: string };

/**
 * A reference that does not resolve; nothing is said when the target file itself is missing (already an error). `at`
 * may be a function: where a cell is (its Excel row, its record's id) is worked out only for a problem — for every
 * one of 1,000,000 fund lines it cost ~1.5 s at scale.
 */
function missing(target: Target, at: Location | (() => Location), value: string, label: Bilingual, expected: Bilingual): Problem[] {
  if (!target.present || target.has(value)) return [];
  return [
    problem({
      code: 'unknown-reference',
      ...(typeof at === 'function' ? at() : at),
      value,
      expected,
      message: {
        zh: `${label.zh}「${value}」在 ${target.file} 中不存在。`,
        en: `${label.en} "${value}" does not exist in ${target.file}.`,
      },
    }),
  ];
}

export function checkReferences(tables: ExportTables, release: Release | undefined): Problem[] {
  const regionsByCode = new Map(tables.regions.rows.map((region) => [region.code, region]));
  const regionTarget = targetOf(tables.regions, (region) => region.code);
  const noticeTarget = targetOf(tables.notices, (notice) => notice.id);
  const projectTarget = targetOf(tables.projects, (project) => project.id);
  const problems: Problem[] = [];

  /** A region reference: it must exist, and be one of `levels` when `rule` says which. */
  const region = <Row>(table: TableData<Row>, index: number, field: string, code: string, label: Bilingual, rule?: LevelRule) => {
    const at = () => cellAt(table, index, field);
    const expected = expectedRegion(rule?.levels);
    problems.push(...missing(regionTarget, at, code, label, expected));
    const found = regionsByCode.get(code);
    if (found && rule && !rule.levels.includes(found.level)) problems.push(wrongLevel(at(), code, found, label, expected, rule.says));
  };

  tables.honorees.rows.forEach((row, index) => {
    const cadre = row.kind === '交友帮扶好干部';
    // Cadres are honoured where they work (a township); a village is accepted for those stationed in one.
    const levels: RegionLevel[] = cadre ? ['township', 'village'] : ['village'];
    const names = levelList(levels);
    region(tables.honorees, index, 'region_code', row.region_code, { zh: '所在地编码', en: 'region code' }, {
      levels,
      says: { zh: `${row.kind}应填所在${names.zh}`, en: `a ${row.kind} must be given a ${names.en}` },
    });
    const notice = () => cellAt(tables.honorees, index, 'notice_id');
    problems.push(...missing(noticeTarget, notice, row.notice_id, { zh: '公示编号', en: 'notice id' }, { zh: 'notices.csv 中某则公示的编号', en: 'the id of a notice in notices.csv' }));
  });
  tables.notices.rows.forEach((row, index) => {
    region(tables.notices, index, 'region_code', row.region_code, { zh: '公示范围', en: 'region code' });
  });
  tables.projects.rows.forEach((row, index) => {
    region(tables.projects, index, 'region_code', row.region_code, { zh: '实施地点', en: 'region code' }, {
      levels: ['township', 'village'],
      says: { zh: '项目应在乡镇或村实施', en: 'a project is carried out in a township or village' },
    });
    if (row.notice_id === undefined) return;
    const notice = () => cellAt(tables.projects, index, 'notice_id');
    problems.push(...missing(noticeTarget, notice, row.notice_id, { zh: '公示编号', en: 'notice id' }, { zh: 'notices.csv 中某则公示的编号', en: 'the id of a notice in notices.csv' }));
  });
  tables.fundLines.rows.forEach((row, index) => {
    const at = () => cellAt(tables.fundLines, index, 'project_id');
    problems.push(...missing(projectTarget, at, row.project_id, { zh: '项目编号', en: 'project id' }, { zh: 'projects.csv 中某个项目的编号', en: 'the id of a project in projects.csv' }));
  });
  tables.pairings.rows.forEach((row, index) => {
    region(tables.pairings, index, 'village_code', row.village_code, { zh: '村编码', en: 'village code' }, {
      levels: ['village'],
      says: { zh: '结对帮扶按村填写', en: 'pairings are given per village' },
    });
  });
  tables.indicators.rows.forEach((row, index) => {
    region(tables.indicators, index, 'region_code', row.region_code, { zh: '区划代码', en: 'region code' }, {
      levels: ['township', 'village'],
      says: { zh: '脱贫指标按乡镇或村填写', en: 'indicators are given per township or village' },
    });
    const place = regionsByCode.get(row.region_code);
    if (row.village_exited !== undefined && place && place.level !== 'village') {
      problems.push(
        problem({
          code: 'village-only',
          ...cellAt(tables.indicators, index, 'village_exited'),
          value: row.village_exited ? '是' : '否',
          expected: { zh: '乡镇的这一格留空', en: 'an empty cell for a township' },
          message: {
            zh: `贫困村摘帽只适用于村，「${row.region_code}」（${place.name}）是${LEVEL_NAMES[place.level].zh}。`,
            en: `village exited applies to villages only; "${row.region_code}" (${place.name}) is a ${LEVEL_NAMES[place.level].en}.`,
          },
        }),
      );
    }
  });
  tables.targets.rows.forEach((row, index) => {
    region(tables.targets, index, 'region_code', row.region_code, { zh: '区划代码', en: 'region code' }, {
      levels: ['county', 'township', 'village'],
      says: { zh: '脱贫目标按县、乡镇或村填写', en: 'targets are given per county, township or village' },
    });
    const place = regionsByCode.get(row.region_code);
    if (row.exit_villages !== undefined && place?.level === 'village') {
      problems.push(
        problem({
          code: 'village-target-on-village',
          ...cellAt(tables.targets, index, 'exit_villages'),
          value: String(row.exit_villages),
          expected: { zh: '村的这一格留空', en: 'an empty cell for a village' },
          message: {
            zh: `贫困村退出目标只适用于县和乡镇，「${row.region_code}」（${place.name}）是村。`,
            en: `a poor-village exit target applies to counties and townships only; "${row.region_code}" (${place.name}) is a village.`,
          },
        }),
      );
    }
  });
  problems.push(...checkHierarchy(tables.regions, regionsByCode));
  if (release) {
    const at = { file: 'release.json', field: 'jurisdiction' };
    problems.push(...missing(regionTarget, at, release.jurisdiction, { zh: '根区划代码', en: 'jurisdiction' }, { zh: 'regions.csv 中根区划（市）的代码', en: 'the code of the root region (the city) in regions.csv' }));
  }
  return problems;
}

interface LevelRule {
  levels: readonly RegionLevel[];
  /** The rule as a clause: 自强标兵应填所在村 / a 自强标兵 must be given a village. */
  says: Bilingual;
}

function wrongLevel(at: CellLocation, code: string, found: Region, label: Bilingual, expected: Bilingual, says: Bilingual): Problem {
  const level = LEVEL_NAMES[found.level];
  return problem({
    code: 'wrong-level',
    ...at,
    value: code,
    expected,
    message: {
      zh: `${label.zh}「${code}」是${level.zh}（${found.name}），而${says.zh}。`,
      en: `${label.en} "${code}" is a ${level.en} (${found.name}), but ${says.en}.`,
    },
  });
}

const PARENT_LEVEL: Record<RegionLevel, RegionLevel | undefined> = { city: undefined, county: 'city', township: 'county', village: 'township' };

/** Every region below the city has a parent exactly one level up. The city's own parent (a province) lies outside the export. */
function checkHierarchy(regions: TableData<Region>, byCode: Map<string, Region>): Problem[] {
  const problems: Problem[] = [];
  const regionTarget = targetOf(regions, (region) => region.code);
  regions.rows.forEach((region, index) => {
    const parentLevel = PARENT_LEVEL[region.level];
    if (!parentLevel) return;
    const at = cellAt(regions, index, 'parent_code');
    const expected = expectedRegion([parentLevel]);
    if (region.parent_code === undefined) {
      problems.push(
        problem({
          code: 'required',
          ...at,
          expected,
          message: {
            zh: `${LEVEL_NAMES[region.level].zh}「${region.name}」缺少上级编码。`,
            en: `The ${LEVEL_NAMES[region.level].en} "${region.name}" has no parent code.`,
          },
        }),
      );
      return;
    }
    problems.push(...missing(regionTarget, at, region.parent_code, { zh: '上级编码', en: 'parent code' }, expected));
    const parent = byCode.get(region.parent_code);
    if (parent && parent.level !== parentLevel) {
      const says = {
        zh: `${LEVEL_NAMES[region.level].zh}的上级应是${LEVEL_NAMES[parentLevel].zh}`,
        en: `the parent of a ${LEVEL_NAMES[region.level].en} must be a ${LEVEL_NAMES[parentLevel].en}`,
      };
      problems.push(wrongLevel(at, region.parent_code, parent, { zh: '上级编码', en: 'parent code' }, expected, says));
    }
  });
  return problems;
}
