// Two successive generated releases — the sample's 2026-10-01, derived from the sample, then the sample itself —
// yield exactly the changes planted between them, and nothing private.
import { beforeAll, describe, expect, it } from 'vitest';
import { diffAsSeenNow, type ReleaseChanges, type TableChanges } from '../../src/open-data/derive/changes.ts';
import { loadExport, type ExportData } from '../../src/pipeline/load.ts';
import type { TableName } from '../../src/pipeline/schemas/index.ts';
import { publishableRelease } from '../../src/publish/snapshot.ts';
import { earlierRelease, type EarlierRelease } from '../../scripts/sample/earlier-release.ts';

let current: ExportData;
let earlier: EarlierRelease;
let changes: ReleaseChanges;
const table = (name: TableName): TableChanges => {
  const found = changes.tables.find((entry) => entry.table === name);
  if (!found) throw new Error(`no ${name} in the changes`);
  return found;
};

beforeAll(async () => {
  const loaded = await loadExport('data');
  if (!loaded.data) throw new Error('the sample export in data/ must load');
  current = loaded.data;
  earlier = earlierRelease(current, '2026-10-01', 20261101);
  const october = publishableRelease({ ...current, ...earlier, release: { ...current.release, release: earlier.release } }, []);
  const november = publishableRelease(current, []);
  changes = diffAsSeenNow(october.snapshot, november.snapshot, november.visibility);
}, 60_000);

describe('the sample release history', () => {
  it('adds what was announced in October and removes the withdrawn duplicate notice', () => {
    expect(table('honorees').added).toHaveLength(earlier.planted.newHonorees);
    // Honours added and revoked since October (three in the sample) are news nowhere.
    const revokedNow = new Set(current.honorees.filter((honoree) => honoree.status === '已撤销').map((honoree) => honoree.id));
    expect(table('honorees').added.filter((record) => revokedNow.has(record.key))).toEqual([]);
    expect(table('projects').added).toHaveLength(earlier.planted.newProjects);
    expect(table('notices').removed.map((record) => record.key)).toEqual([earlier.planted.removedNotice]);
    expect(table('notices').added.length).toBeGreaterThan(0);
    expect(table('regions')).toEqual({ table: 'regions', added: [], changed: [], removed: [] });
  });

  it('changes exactly the planted honorees: publicity ended, revocations, consent given, awards decided', () => {
    const changed = new Map(table('honorees').changed.map((record) => [record.key, record]));
    const expected = [...earlier.planted.stillInPublicity, ...earlier.planted.revoked, earlier.planted.consentGiven, ...earlier.planted.awardsAdded];
    expect([...changed.keys()].sort()).toEqual([...expected].sort());
    for (const id of earlier.planted.revoked) {
      expect(changed.get(id)?.fields).toEqual([{ field: 'status', before: '已表彰', after: '已撤销' }]);
      expect(changed.get(id)?.label).toMatch(/^\p{Script=Han}{1,2}\*\*（/u);
    }
    expect(changed.get(earlier.planted.consentGiven)?.fields).toEqual([{ field: 'consent', before: false, after: true }]);
    // Consent withdrawn since October: the October record is masked too, so there is nothing to show.
    expect(changed.has(earlier.planted.consentWithdrawn)).toBe(false);
  });

  it('shows the money paid since as changed fund lines', () => {
    expect(table('fundLines').changed).toHaveLength(earlier.planted.disbursedSince);
    expect(table('fundLines').changed.every((record) => record.fields.some((field) => field.field === 'disbursed' && field.before === 0))).toBe(true);
  });

  it('never names an honoree the current release does not publish in full', () => {
    const hidden = current.honorees.filter((honoree) => honoree.status === '已撤销' || !honoree.consent);
    const shown = new Set(current.honorees.filter((honoree) => honoree.status !== '已撤销' && honoree.consent).map((honoree) => honoree.name));
    const text = JSON.stringify(changes);
    const leaked = hidden.filter((honoree) => !shown.has(honoree.name) && [...honoree.name].length >= 2 && text.includes(`"${honoree.name}（`));
    expect(leaked.map((honoree) => honoree.id)).toEqual([]);
  });
});
