// The changelog between two releases: added, changed field by field, removed — and nothing the site may not show.
import { describe, expect, it } from 'vitest';
import { changeCounts, diffAsSeenNow, diffReleases, recordKeys, type ReleaseSnapshot } from '../../../src/open-data/derive/changes.ts';
import { openDataTables } from '../../../src/open-data/derive/open-data.ts';
import { honoreeVisibility, revokedHonoreeRows } from '../../../src/open-data/derive/open-data-privacy.ts';
import type { FundLineRow, HonoreeRow, NoticeRow, ProjectRow } from '../../../src/pipeline/schemas/index.ts';
import { fundLines, honoree, honorees, notice, project, regionIndex, source } from './open-data-fixture.ts';

function snapshot(release: string, rows: { honorees?: HonoreeRow[]; notices?: NoticeRow[]; projects?: ProjectRow[]; fundLines?: FundLineRow[] }): ReleaseSnapshot {
  return { release, tables: openDataTables(source(rows)), revokedHonorees: revokedHonoreeRows(rows.honorees ?? honorees, regionIndex) };
}

const october = snapshot('2026-10-01', {});

describe('diffReleases', () => {
  it('finds nothing between a release and itself', () => {
    const changes = diffReleases(october, snapshot('2026-11-01', {}));
    expect(changeCounts(changes)).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(changes.tables.map((table) => table.table)).toEqual(['regions', 'notices', 'honorees', 'projects', 'fundLines', 'pairings', 'indicators', 'targets']);
  });

  it('names added, changed (field by field) and removed records', () => {
    const november = snapshot('2026-11-01', {
      honorees: [...honorees, { ...honoree, id: 'ZQ-9', name: '赵小红', summary: '开网店' }],
      notices: [{ ...notice, id: 'N-2', title: '新公示' }],
      projects: [{ ...project, status: '完工' }],
      fundLines: [fundLines[0]!, { ...fundLines[1]!, disbursed: 12_000_050, date: '2026-10-20' }],
    });
    const changes = diffReleases(october, november);
    const table = (name: string) => changes.tables.find((entry) => entry.table === name);

    expect(table('honorees')?.added).toEqual([{ key: 'ZQ-9', label: '赵小红（2026 年村级自强标兵）' }]);
    expect(table('notices')).toMatchObject({ added: [{ key: 'N-2', label: '新公示' }], removed: [{ key: 'N-1' }] });
    expect(table('projects')?.changed).toEqual([{ key: 'XM-1', label: '黄沟村茶园', fields: [{ field: 'status', before: '在建', after: '完工' }] }]);
    expect(table('fundLines')).toEqual({
      table: 'fundLines',
      added: [],
      changed: [
        {
          key: 'XM-1/县级财政',
          label: '黄沟村茶园 · 县级财政',
          fields: [
            { field: 'disbursed', before: 80000, after: 120000.5 },
            { field: 'date', before: null, after: '2026-10-20' },
          ],
        },
      ],
      removed: [{ key: 'XM-1/县级财政#2', label: '黄沟村茶园 · 县级财政（第 2 笔）' }],
    });
    expect(changeCounts(changes)).toEqual({ added: 2, changed: 2, removed: 2 });
  });

  /** The changelog as published: both releases seen as the newer one allows. */
  const publishedDiff = (rows: HonoreeRow[]) =>
    diffAsSeenNow(october, snapshot('2026-11-01', { honorees: rows }), honoreeVisibility(source({ honorees: rows }).honorees));

  it('shows a revocation as a change of status with a masked identity, not as a disappearance', () => {
    const changes = publishedDiff([{ ...honoree, status: '已撤销' }, honorees[1]!, honorees[2]!]);
    const table = changes.tables.find((entry) => entry.table === 'honorees');
    expect(table?.removed).toEqual([]);
    expect(table?.changed).toEqual([
      { key: 'ZQ-1', label: '张**（2026 年村级自强标兵）', fields: [{ field: 'status', before: '已表彰', after: '已撤销' }] },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/张明华|第一段|黄沟村|zq-1\.png/);
  });

  it('lists an honour added and revoked between two releases nowhere, and one revoked before and gone now nowhere', () => {
    const added = { ...honoree, id: 'ZQ-9', name: '赵小红', status: '已撤销' as const };
    const november = snapshot('2026-11-01', { honorees: [...honorees, added] });
    const table = (changes: ReturnType<typeof diffReleases>) => changes.tables.find((entry) => entry.table === 'honorees');
    expect(table(diffReleases(october, november))?.added).toEqual([]);
    expect(JSON.stringify(diffReleases(october, november))).not.toContain('ZQ-9');
    expect(table(diffReleases(november, snapshot('2026-12-01', {})))?.removed).toEqual([]);
  });

  it('compares only what a masked record shows when either side is masked', () => {
    // Without the redaction of the older release, the full side is still masked before comparing.
    const changes = diffReleases(october, snapshot('2026-11-01', { honorees: [{ ...honoree, status: '已撤销' }, honorees[1]!, honorees[2]!] }));
    expect(changes.tables.find((entry) => entry.table === 'honorees')?.changed[0]?.fields).toEqual([
      { field: 'consent', before: true, after: false },
      { field: 'status', before: '已表彰', after: '已撤销' },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/张明华|第一段|黄沟村|zq-1\.png/);
  });

  it('shows a withdrawal of consent without repeating what was withdrawn', () => {
    const changes = publishedDiff([{ ...honoree, consent: false }, honorees[1]!, honorees[2]!]);
    // The older record is masked too (consent is withdrawn now), so nothing but the masked fields can differ.
    expect(changes.tables.find((entry) => entry.table === 'honorees')?.changed).toEqual([]);
    expect(JSON.stringify(changes)).not.toMatch(/张明华|种茶致富/);
  });

  it('keys records without an id by their identifying fields, numbering repeats in file order', () => {
    const rows = openDataTables(source()).fundLines;
    expect(recordKeys('fundLines', rows)).toEqual(['XM-1/中央财政', 'XM-1/县级财政', 'XM-1/县级财政#2']);
    expect(recordKeys('pairings', [{ village_code: '610902100201', year: 2026 }])).toEqual(['610902100201/2026']);
  });
});
