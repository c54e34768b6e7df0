import { describe, expect, it } from 'vitest';
import { OPEN_TABLES, openCsv, openCsvChunks, openDataCount, openDataRows, openDataTable, openDataTables, openJson, openJsonChunks } from '../../../src/open-data/derive/open-data.ts';
import { csvChunks, toCsv } from '../../../src/site/csv-out.ts';
import { OPEN_DATA_FILES, openDataFileResponse } from '../../../src/open-data/routes.ts';
import { honoreeVisibility, redactHonorees, revokedHonoreeRows, townshipResolver } from '../../../src/open-data/derive/open-data-privacy.ts';
import { honorees, regionIndex, source } from './open-data-fixture.ts';

describe('openDataTables', () => {
  const tables = openDataTables(source());

  it('publishes a consenting honoree in full, with every schema field in order', () => {
    expect(tables.honorees.find((row) => row['id'] === 'ZQ-1')).toEqual({
      id: 'ZQ-1',
      kind: '自强标兵',
      name: '张明华',
      gender: '男',
      year: 2026,
      level: '村级',
      region_code: '610902100201',
      category: '勤劳致富',
      summary: '种茶致富',
      story: '第一段。\n\n第二段。',
      photo: 'photos/ZQ-1.jpg',
      consent: true,
      notice_id: 'N-1',
      status: '已表彰',
      award: '奖金 500 元',
    });
  });

  it('masks an honoree without consent exactly as the site does and leaves a revoked one out', () => {
    expect(tables.honorees.find((row) => row['id'] === 'ZQ-2')).toEqual({
      id: 'ZQ-2',
      kind: '自强标兵',
      name: '李**',
      gender: null,
      year: 2026,
      level: '村级',
      region_code: '610902100',
      category: null,
      summary: null,
      story: null,
      photo: null,
      consent: false,
      notice_id: 'N-1',
      status: '已表彰',
      award: null,
    });
    expect(tables.honorees.map((row) => row['id'])).not.toContain('ZQ-3');
    expect(JSON.stringify(tables)).not.toMatch(/李秀英|王建国|不公开的事迹|撤销者的事迹/);
  });

  it('lists fund lines in yuan beside their project, and projects without their derived totals', () => {
    expect(tables.fundLines).toEqual([
      { project_id: 'XM-1', source: '中央财政', allocated: 500000, disbursed: 500000, date: '2026-04-10' },
      { project_id: 'XM-1', source: '县级财政', allocated: 120000.5, disbursed: 80000, date: null },
      { project_id: 'XM-1', source: '县级财政', allocated: 30000, disbursed: 0, date: null },
    ]);
    expect(Object.keys(tables.projects[0] ?? {})).not.toContain('allocatedTotal');
    expect(tables.regions[3]).toEqual({ code: '610902100201', name: '黄沟村', level: 'village', parent_code: '610902100', population: 1850 });
  });
});

describe('openCsv and openJson', () => {
  const tables = openDataTables(source());

  it('writes Excel-ready CSV: BOM, CRLF, exact two-decimal yuan, 是/否, empty for null', () => {
    const csv = openCsv('fundLines', tables.fundLines);
    expect(csv).toBe(
      '\uFEFFproject_id,source,allocated,disbursed,date\r\n' +
        'XM-1,中央财政,500000.00,500000.00,2026-04-10\r\n' +
        'XM-1,县级财政,120000.50,80000.00,\r\n' +
        'XM-1,县级财政,30000.00,0.00,\r\n',
    );
    expect(openCsv('honorees', tables.honorees)).toContain('\r\nZQ-2,自强标兵,李**,,2026,村级,610902100,,,,,否,N-1,已表彰,\r\n');
  });

  it('neutralises a cell that a spreadsheet would run as a formula', () => {
    expect(openCsv('notices', tables.notices)).toContain(`,"'=HYPERLINK(""http://evil"")",`);
  });

  it('writes JSON one record per line that reads back to the same rows', () => {
    const json = openJson(tables.fundLines);
    expect(json.split('\n')).toHaveLength(tables.fundLines.length + 3);
    expect(JSON.parse(json)).toEqual(tables.fundLines);
    expect(openJson([])).toBe('[]\n');
  });
});

describe('open data written in pieces', () => {
  const data = source();
  const tables = openDataTables(data);
  const cells = (rows: readonly Record<string, unknown>[]) => rows.map((row) => Object.values(row) as (string | number | null)[]);

  it('gives every table row by row as openDataTable makes it, and counts it without making it', () => {
    for (const table of OPEN_TABLES) {
      expect([...openDataRows(data, table)], table).toEqual(openDataTable(data, table));
      expect(openDataCount(data, table), table).toBe(openDataTable(data, table).length);
    }
    expect(tables.fundLines.length).toBeGreaterThan(1);
  });

  it('joins its pieces into exactly the text written whole, at every piece size', () => {
    for (const table of OPEN_TABLES) {
      const rows = tables[table];
      const whole = toCsv(Object.keys(rows[0] ?? {}), cells(rows));
      for (const size of [1, 2, 1000]) {
        const pieces = [...csvChunks(Object.keys(rows[0] ?? {}), cells(rows), size)];
        expect(pieces.join(''), `${table} csv by ${size}`).toBe(whole);
        expect(pieces.length, `${table} csv by ${size}`).toBe(Math.max(1, Math.ceil(rows.length / size)));
        const json = [...openJsonChunks(rows, size)];
        expect(json.join(''), `${table} json by ${size}`).toBe(rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
      }
      expect([...openCsvChunks(table, openDataRows(data, table))].join('')).toBe(openCsv(table, rows));
    }
    expect([...openJsonChunks([], 2)]).toEqual(['[]\n']);
  });

  it('serves every current file as the bytes of its text', async () => {
    for (const { file, table, format } of OPEN_DATA_FILES) {
      if (!table) continue;
      const response = await openDataFileResponse(file, {
        release: { release: '2026-1', published_on: '2026-11-01', publisher: '安康市' } as never,
        rows: async (name) => openDataRows(data, name),
        homepage: 'https://example.org/data/',
      });
      const text = format === 'csv' ? openCsv(table, tables[table]) : openJson(tables[table]);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(text, 'utf8')), file).toBe(true);
    }
  });
});

describe('privacy across releases', () => {
  const tables = openDataTables(source());
  const townshipOf = townshipResolver(tables.regions);

  it('shows a past record only as the current release shows that honoree', () => {
    // Now: ZQ-1 withdrew consent, ZQ-2 is gone (revoked).
    const now = openDataTables(source({ honorees: [{ ...honorees[0]!, consent: false }] }));
    const visibility = honoreeVisibility(source({ honorees: [{ ...honorees[0]!, consent: false }] }).honorees);
    expect(now.honorees).toHaveLength(1);
    const files = redactHonorees(tables.honorees, visibility, townshipOf, 'drop');
    expect(files).toEqual([expect.objectContaining({ id: 'ZQ-1', name: '张**', story: null, region_code: '610902100', consent: false })]);
    const forChangelog = redactHonorees(tables.honorees, visibility, townshipOf, 'mask');
    expect(forChangelog.map((row) => [row['id'], row['name']])).toEqual([['ZQ-1', '张**'], ['ZQ-2', '李**']]);
  });

  it('keeps a record masked that was masked then, even if the honoree consents now', () => {
    const visibility = honoreeVisibility(source({ honorees: [{ ...honorees[1]!, consent: true }] }).honorees);
    const [row] = redactHonorees(tables.honorees.filter((r) => r['id'] === 'ZQ-2'), visibility, townshipOf, 'drop');
    expect(row).toMatchObject({ name: '李**', consent: false });
  });

  it('names a past record’s photo only as the photo the site publishes now, never the export’s file name', () => {
    const past = tables.honorees.map((row) => (row['id'] === 'ZQ-1' ? { ...row, photo: 'zhang-old-photo.png' } : row));
    const withPhoto = honoreeVisibility(source().honorees);
    expect(redactHonorees(past, withPhoto, townshipOf, 'drop').find((row) => row['id'] === 'ZQ-1')?.['photo']).toBe('photos/ZQ-1.jpg');
    const photoRemoved = honoreeVisibility(source({ honorees: [{ ...honorees[0]!, photo: undefined }] }).honorees);
    expect(redactHonorees(past, photoRemoved, townshipOf, 'drop').find((row) => row['id'] === 'ZQ-1')?.['photo']).toBeNull();
  });

  it('describes revoked honorees by masked name, township and status only', () => {
    expect(revokedHonoreeRows(honorees, regionIndex)).toEqual([
      expect.objectContaining({ id: 'ZQ-3', name: '王**', region_code: '610902100', status: '已撤销', story: null, gender: null, consent: false }),
    ]);
  });
});
