// Text that cannot rewrite other text: invisible characters in names and ids are named at their cell, free text
// loses its bidi controls (with a warning), and no report prints such a character raw.
import { describe, expect, it } from 'vitest';
import { describeInvisible, firstInvisible, showInvisible, withoutBidiControls } from '../../src/pipeline/invisible-characters.ts';
import { readTable } from '../../src/pipeline/read-table.ts';
import { honorees, notices, pairings, projects, regions } from '../../src/pipeline/schemas/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** One honoree row of the export, with `change` applied to its cells. */
function honoreeCsv(change: Partial<Record<keyof typeof honorees.fields, string>> = {}): string {
  const cells: Record<string, string> = {
    id: 'ZQ-2023-00008',
    kind: '自强标兵',
    name: '张明华',
    gender: '男',
    year: '2023',
    level: '村级',
    region_code: '610902100201',
    category: '产业发展',
    summary: '带领乡亲养殖土鸡。',
    story: '他带领乡亲养殖土鸡。',
    photo: '',
    consent: '是',
    notice_id: 'GS-2026-ZJ-610902-2',
    status: '已表彰',
    award: '',
    ...change,
  };
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return `${Object.keys(honorees.fields).join(',')}\n${Object.keys(honorees.fields).map((key) => quote(cells[key] ?? '')).join(',')}\n`;
}

const readHonoree = (change: Parameters<typeof honoreeCsv>[0]) => readTable(honorees, utf8(honoreeCsv(change)));

/** Every character the reports must never print raw. */
const RAW_INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

describe('invisible characters', () => {
  it('finds the first one and says where, counting characters as people do', () => {
    expect(firstInvisible('张\u202e三丰abc')).toEqual({ character: '\u202e', position: 2 });
    expect(firstInvisible('𠀀王\u200b五')).toEqual({ character: '\u200b', position: 3 });
    expect(firstInvisible('阿卜杜·热合曼')).toBeUndefined();
  });

  it('names what each does', () => {
    expect(describeInvisible('\u202e').zh).toBe('U+202E（从右至左强制）：双向控制符，会改变文字的显示顺序');
    expect(describeInvisible('\u200b').en).toBe('U+200B (ZERO WIDTH SPACE): an invisible character, which makes searches for the name fail');
    expect(describeInvisible('\n').zh).toContain('控制字符');
  });

  it('shows them in reports as ⟨U+XXXX⟩, terminal escapes included, and keeps line breaks and tabs', () => {
    expect(showInvisible('张\u202e三丰abc')).toBe('张⟨U+202E⟩三丰abc');
    expect(showInvisible('\u001b[2J清屏')).toBe('⟨U+001B⟩[2J清屏');
    expect(showInvisible('一\n二\t三')).toBe('一\n二\t三');
  });

  it('removes only the bidi controls from free text: zero-width characters and joiners stay', () => {
    expect(withoutBidiControls('他\u202e说\u202c：\u2067好\u2069\u200e\u200f\u061c')).toBe('他说：好');
    expect(withoutBidiControls('土\u200b鸡蛋 👨\u200d👩')).toBe('土\u200b鸡蛋 👨\u200d👩');
  });
});

describe('names and ids refuse invisible characters at their cell', () => {
  // The last column: how the value shows the character (a line break as ↵, as every report shows one).
  const planted: [string, Parameters<typeof honoreeCsv>[0], string, string, string?][] = [
    ['a right-to-left override in a name (张cba丰三 on screen)', { name: '张\u202e三丰abc' }, 'name', 'U+202E'],
    ['a right-to-left override before a masked name', { name: '\u202e王五', consent: '否' }, 'name', 'U+202E'],
    ['a zero-width space inside a name', { name: '王\u200b五' }, 'name', 'U+200B'],
    ['a zero-width joiner inside a name', { name: '王\u200d五' }, 'name', 'U+200D'],
    ['a word joiner inside a name', { name: '王\u2060五' }, 'name', 'U+2060'],
    ['a BOM inside a name', { name: '王\ufeff五' }, 'name', 'U+FEFF'],
    ['a right-to-left mark in a name', { name: '王五\u200f' }, 'name', 'U+200F'],
    ['an Arabic letter mark in a name', { name: '王\u061c五' }, 'name', 'U+061C'],
    ['a left-to-right embedding in a name', { name: '\u202a王五' }, 'name', 'U+202A'],
    ['an isolate pair in a name', { name: '王\u2066五\u2069' }, 'name', 'U+2066'],
    ['a line break in a name', { name: '王\n五' }, 'name', 'U+000A', '王↵五'],
    ['a right-to-left override in a category', { category: '产业\u202e发展' }, 'category', 'U+202E'],
    ['a right-to-left override in an id', { id: 'ZQ-2023\u202e-00008' }, 'id', 'U+202E'],
    ['a zero-width space in an id', { id: 'ZQ\u200b-2023-00008' }, 'id', 'U+200B'],
    ['a zero-width space in a region code', { region_code: '610902\u200b100201' }, 'region_code', 'U+200B'],
    ['a right-to-left override in a photo file name (gnp.jpg turned around)', { photo: 'zhang\u202egnp.jpg' }, 'photo', 'U+202E'],
  ];
  for (const [what, change, field, code, shown] of planted) {
    it(`names ${what} at its cell and prints it as ${code}`, () => {
      const { data, problems } = readHonoree(change);
      expect(data.rows).toEqual([]);
      expect(problems.map((problem) => [problem.code, problem.field, problem.row])).toEqual([['invisible-character', field, 2]]);
      expect(problems[0]!.value).toContain(shown ?? `⟨${code}⟩`);
      expect(problems[0]!.message.zh).toContain(`看不见的 ${code}`);
      expect(JSON.stringify(problems)).not.toMatch(RAW_INVISIBLE);
    });
  }

  it('says which character and where, in both languages', () => {
    const [found] = readHonoree({ name: '张\u202e三丰abc' }).problems;
    expect(found!.message).toEqual({
      zh: '姓名「张⟨U+202E⟩三丰abc」第 2 个字是看不见的 U+202E（从右至左强制）：双向控制符，会改变文字的显示顺序。请删除这个字符。',
      en: 'Name "张⟨U+202E⟩三丰abc" has, at character 2, the invisible U+202E (RIGHT-TO-LEFT OVERRIDE): a bidi control, which changes the order text is shown in. Delete it.',
    });
  });

  it('refuses them in every name column: places, offices, officials, projects', () => {
    const regionCsv = 'code,name,level,parent_code,population\n6109,安康\u202e市,市,,\n';
    expect(readTable(regions, utf8(regionCsv)).problems.map((problem) => [problem.code, problem.field])).toEqual([['invisible-character', 'name']]);

    const noticeCsv = 'id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,body\nN1,其他,标题,汉滨区\u200b扶贫办,6109,2025-03-01,2025-03-01,2025-03-05,12345,正文\n';
    expect(readTable(notices, utf8(noticeCsv)).problems.map((problem) => [problem.code, problem.field])).toEqual([['invisible-character', 'issuer']]);

    const projectCells = ['P1', '2025', '610902100201', '土鸡\u202e养殖', '产业发展', '汉滨区\u2067农业局\u2069', '李\u200b建设', '2025-03-01', '2025-10-31', '完工', '10', '20', '5', '目标', '机制', '', '', ''];
    const projectCsv = `${Object.keys(projects.fields).join(',')}\n${projectCells.join(',')}\n`;
    expect(readTable(projects, utf8(projectCsv)).problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['invisible-character', 'name'],
      ['invisible-character', 'unit'],
      ['invisible-character', 'responsible'],
    ]);

    const pairingCells = ['2025', '610902100201', '市\u202e财政局', '王\u200b五', '3', '10', '10', '4', '20', '10', '5', '5'];
    const pairingCsv = `${Object.keys(pairings.fields).join(',')}\n${pairingCells.join(',')}\n`;
    expect(readTable(pairings, utf8(pairingCsv)).problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['invisible-character', 'unit'],
      ['invisible-character', 'first_secretary'],
    ]);
  });

  const ordinary = ['阿卜杜·热合曼', '买买提·艾力', '欧阳娜娜', '李　明', 'Zhang Minghua', '葛\u{E0100}优'];
  it(`accepts ${ordinary.length} ordinary names: a middle dot, a compound surname, an ideographic space, Latin letters, a variation selector`, () => {
    for (const name of ordinary) {
      const { data, problems } = readHonoree({ name });
      expect(problems, name).toEqual([]);
      expect(data.rows[0]?.name, name).toBe(name);
    }
  });
});

describe('free text loses its bidi controls, with a warning at its cell', () => {
  it('publishes a story without its override and says so', () => {
    const { data, problems } = readHonoree({ story: '他带领乡亲\u202e养殖土鸡，\u2069致富' });
    expect(data.rows[0]?.story).toBe('他带领乡亲养殖土鸡，致富');
    expect(problems.map(({ severity, code, field, row }) => ({ severity, code, field, row }))).toEqual([
      { severity: 'warning', code: 'bidi-control-removed', field: 'story', row: 2 },
    ]);
    expect(problems[0]!.value).toBe('他带领乡亲⟨U+202E⟩养殖土鸡，⟨U+2069⟩致富');
    expect(JSON.stringify(problems)).not.toMatch(RAW_INVISIBLE);
  });

  it('measures a summary without the controls it loses', () => {
    const summary = `${'好'.repeat(80)}\u202e`;
    const { data, problems } = readHonoree({ summary });
    expect(data.rows[0]?.summary).toBe('好'.repeat(80));
    expect(problems.map((problem) => problem.code)).toEqual(['bidi-control-removed']);
  });

  it('does the same for a notice title and body', () => {
    const csv = 'id,type,title,issuer,region_code,published_on,period_start,period_end,objection_phone,body\nN1,其他,关于\u202e示公的,扶贫办,6109,2025-03-01,2025-03-01,2025-03-05,12345,正文\u2066一\n';
    const { data, problems } = readTable(notices, utf8(csv));
    expect(data.rows.map((row) => [row.title, row.body])).toEqual([['关于示公的', '正文一']]);
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['bidi-control-removed', 'title'],
      ['bidi-control-removed', 'body'],
    ]);
  });

  it('leaves free text without bidi controls as it is, zero-width spaces included', () => {
    const story = '他带领乡亲\u200b养殖土鸡。';
    const { data, problems } = readHonoree({ story });
    expect(problems).toEqual([]);
    expect(data.rows[0]?.story).toBe(story);
  });
});
