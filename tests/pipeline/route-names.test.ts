// Ids are checked against the site's routes. The names each table's folder already uses are read from src/pages/
// itself, so a new route there cannot be forgotten in the schema's list; ids that would break an address are named.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FACETS, listParam } from '../../src/honorees/derive/honoree-filters.ts';
import { readTable } from '../../src/pipeline/read-table.ts';
import { HONOREE_ROUTE_NAMES } from '../../src/pipeline/schemas/honorees.ts';
import { identifierFault } from '../../src/pipeline/schemas/identifiers.ts';
import { honorees, notices, projects } from '../../src/pipeline/schemas/index.ts';
import { NOTICE_ROUTE_NAMES } from '../../src/pipeline/schemas/notices.ts';
import { PROJECT_ROUTE_NAMES } from '../../src/pipeline/schemas/projects.ts';

const PAGES = fileURLToPath(new URL('../../src/pages/', import.meta.url));

/**
 * The first segments that rest routes (`[...x].astro`) write in their folder, from the code that makes their
 * paths. A rest route missing here fails the test: say what it writes.
 */
const REST_ROUTES: Record<string, () => string[]> = {
  'honorees/[...list].astro': () => [
    ...FACETS.map((facet) => listParam({ facet, slug: 'x' })!.split('/')[0]!),
    listParam(undefined, 2)!.split('/')[0]!,
    // The unfiltered first page is the folder's own index.html.
    ...(listParam(undefined, 1) === undefined ? ['index.html'] : []),
  ],
};

/**
 * Every name a folder of src/pages/ writes beside its `[id]` pages: `index.astro` → index.html, `feed.xml.ts` →
 * feed.xml, `about.astro` and `list/` → about and list, rest routes by REST_ROUTES. `[id].astro` and `[id]/` (or
 * another `idParam`) are the ids' own pages; any other dynamic route fails, since its names would depend on the data.
 */
function namesWritten(folder: string, idParam = 'id'): { names: string[]; unknown: string[] } {
  const idRoute = new RegExp(`^\\[${idParam}\\](\\.astro)?$`);
  const names: string[] = [];
  const unknown: string[] = [];
  for (const entry of readdirSync(join(PAGES, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    const rest = REST_ROUTES[path];
    if (rest) names.push(...rest());
    else if (idRoute.test(entry.name)) continue;
    else if (entry.name.startsWith('[')) unknown.push(path);
    else if (entry.isDirectory()) names.push(entry.name);
    else if (entry.name.endsWith('.astro')) names.push(entry.name === 'index.astro' ? 'index.html' : entry.name.replace(/\.astro$/, ''));
    else names.push(entry.name.replace(/\.(ts|js)$/, ''));
  }
  return { names: [...new Set(names)].map((name) => name.toLowerCase()).sort(), unknown };
}

describe('the names reserved for ids are the ones the site writes in that folder', () => {
  const tables: [string, string, readonly string[]][] = [
    ['honorees', 'honorees', HONOREE_ROUTE_NAMES],
    ['notices', 'notices', NOTICE_ROUTE_NAMES],
    ['projects', 'funds/projects', PROJECT_ROUTE_NAMES],
  ];
  for (const [table, folder, reserved] of tables) {
    it(`${table}: src/pages/${folder}/ writes exactly the reserved names (and index.html is always reserved)`, () => {
      const { names, unknown } = namesWritten(folder);
      expect(unknown, 'dynamic routes whose names this test cannot know: add them to REST_ROUTES').toEqual([]);
      expect([...reserved].sort()).toEqual([...new Set([...names, 'index.html'])].sort());
    });
  }

  it('regions: nothing in src/pages/regions/ could be a region code (all digits)', () => {
    const { names, unknown } = namesWritten('regions', 'code');
    expect(unknown).toEqual([]);
    expect(names.filter((name) => /^\d+$/.test(name))).toEqual([]);
  });

  it('the honorees list writes the facets and page under /honorees/', () => {
    expect(REST_ROUTES['honorees/[...list].astro']!().sort()).toEqual(['category', 'county', 'index.html', 'kind', 'level', 'page', 'township', 'year']);
  });
});

describe('an id that is a route name is named at its cell', () => {
  const honoreeRow = (id: string) => {
    const cells = [id, '自强标兵', '张明华', '男', '2023', '村级', '610902100201', '产业发展', '摘要', '事迹', '', '是', 'N1', '已表彰', ''];
    return utf8(`${Object.keys(honorees.fields).join(',')}\n${cells.join(',')}\n`);
  };
  const noticeRow = (id: string) =>
    utf8(`id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,body\n${id},其他,标题,扶贫办,6109,2025-03-01,2025-03-01,2025-03-05,12345,正文\n`);
  const projectRow = (id: string) => {
    const cells = [id, '2025', '610902100201', '名称', '产业发展', '单位', '李建设', '2025-03-01', '2025-10-31', '完工', '10', '20', '5', '目标', '机制', '', '', ''];
    return utf8(`${Object.keys(projects.fields).join(',')}\n${cells.join(',')}\n`);
  };

  const planted: [string, () => ReturnType<typeof readTable>][] = [
    ['an honoree id index.html (Astro died with EISDIR)', () => readTable(honorees, honoreeRow('index.html'))],
    ['an honoree id page', () => readTable(honorees, honoreeRow('page'))],
    ['an honoree id Township, in another case', () => readTable(honorees, honoreeRow('Township'))],
    ['an honoree id names', () => readTable(honorees, honoreeRow('names'))],
    ['an honoree id filter', () => readTable(honorees, honoreeRow('filter'))],
    ['a notice id feed.xml (the feed)', () => readTable(notices, noticeRow('feed.xml'))],
    ['a notice id list', () => readTable(notices, noticeRow('list'))],
    ['a notice id INDEX.HTML', () => readTable(notices, noticeRow('INDEX.HTML'))],
    ['a project id index.html', () => readTable(projects, projectRow('index.html'))],
  ];
  for (const [what, read] of planted) {
    it(`names ${what}`, () => {
      const { data, problems } = read();
      expect(data.rows).toEqual([]);
      expect(problems.map((problem) => [problem.code, problem.field, problem.row])).toEqual([['reserved-id', 'id', 2]]);
    });
  }

  it('says which folder and which names, in both languages', () => {
    const [found] = readTable(honorees, honoreeRow('index.html')).problems;
    expect(found!.message.zh).toBe(
      '编号「index.html」是网站在 /honorees/ 下自己使用的名称，用作编号会与该页面冲突（不能用作编号的：index.html、page、kind、year、level、county、township、category、names、filter、locator）。请换一个编号。',
    );
    expect(found!.message.en).toMatch(/^Id "index.html" is a name the site itself uses in \/honorees\//);
  });

  it('reserves a route name only for the table whose folder uses it', () => {
    expect(readTable(notices, noticeRow('page')).problems).toEqual([]);
    expect(readTable(honorees, honoreeRow('feed.xml')).problems).toEqual([]);
  });
});

describe('an id that cannot be one segment of an address is named at its cell', () => {
  const planted: [string, string, string][] = [
    ['a slash', 'ZQ/2023', '「/」'],
    ['a backslash', 'ZQ\\2023', '「\\」'],
    ['a single dot', '.', '「.」'],
    ['two dots', '..', '「..」'],
    ['two dots inside', 'ZQ..2023', '「..」'],
    ['a question mark', 'ZQ?2023', '「?」'],
    ['a hash', 'ZQ#2023', '「#」'],
    ['a percent escape', 'ZQ%2F2023', '「%」'],
    ['a space', 'ZQ 2023', '空格'],
    ['Chinese characters', '自强-2023', '「自」'],
    ['a leading hyphen', '-ZQ2023', '不以字母或数字开头'],
    ['65 characters', 'Z'.repeat(65), '超过 64 个字符'],
  ];
  for (const [what, id, reason] of planted) {
    it(`names ${what}`, () => {
      const fault = identifierFault(id);
      expect(fault?.code).toBe('invalid-id');
      expect(fault?.reason.zh).toContain(reason);
    });
  }

  it('names a control character as an invisible one', () => {
    expect(identifierFault('ZQ\u00072023')?.code).toBe('invisible-character');
  });

  it('puts the problem at the cell of an honoree id holding a slash', () => {
    const csv = `${Object.keys(notices.fields).join(',')}\nGS/2026,其他,标题,扶贫办,6109,2025-03-01,2025-03-01,2025-03-05,12345,,,正文\n`;
    expect(readTable(notices, utf8(csv)).problems.map((problem) => [problem.code, problem.field, problem.row])).toEqual([['invalid-id', 'id', 2]]);
  });

  const ordinary = ['ZQ-2023-00008', 'GS-2026-ZJ-610902-2', 'N2025-01', 'P_2025.3', 'page-2', 'index', 'feed', 'Z'.repeat(64)];
  it(`accepts ${ordinary.length} ordinary ids, route names with something added included`, () => {
    for (const id of ordinary) expect(identifierFault(id, { folder: '/honorees/', names: HONOREE_ROUTE_NAMES }), id).toBeUndefined();
  });
});

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
