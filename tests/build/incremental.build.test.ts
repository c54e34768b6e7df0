// Incremental builds give exactly the site a full build gives. The sample export is built, then changed the ways a
// publisher changes it — an honoree revoked, the next day's refresh, another public URL — and each incremental
// build is compared file by file with a full build of the same export: every file byte-identical, the manifest
// listing exactly the files that differ from the site before, the revoked honoree in no file. A failed
// incremental build leaves the published site as it was.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/build/build-site.ts';
import { editCsv } from './export-edit.ts';
import { treeDigest } from './tree-digest.ts';

const SITE = 'https://yangguang.example.org';
const DAY = '2026-11-03';
const NEXT_DAY = '2026-11-04';

let work: string;
let data: string;
/** The site kept up to date by incremental builds. */
let live: string;

async function build(dataDir: string, outDir: string, options: { today?: string; site?: string; full?: boolean } = {}): Promise<BuildResult & { changes: { added: string[]; changed: string[]; removed: string[] } }> {
  const report = join(work, `report-${Math.random().toString(36).slice(2)}.json`);
  const changesPath = `${report}.changes.json`;
  const result = await buildSite({
    dataDir,
    outDir,
    reportPath: report,
    changesPath,
    today: options.today ?? DAY,
    site: options.site ?? SITE,
    ...(options.full ? { full: true } : {}),
    quiet: true,
    log: () => {},
  });
  const changes = result.ok ? (JSON.parse(await readFile(changesPath, 'utf8')) as { added: string[]; changed: string[]; removed: string[] }) : { added: [], changed: [], removed: [] };
  return { ...result, changes };
}

/** The files whose bytes differ between two sites, and those only one of them has. */
async function differences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([treeDigest(a), treeDigest(b)]);
  const files = new Set([...left.keys(), ...right.keys()]);
  return [...files].filter((file) => left.get(file) !== right.get(file)).sort();
}

/**
 * A full build of `dataDir` into a fresh folder, compared with the incremental one: --full, so that it derives the
 * dataset from the export rather than taking it from the prepared cache.
 */
async function expectSameAsFull(dataDir: string, site: string, options: { today?: string; site?: string }): Promise<void> {
  const full = join(work, `full-${Math.random().toString(36).slice(2)}`);
  const result = await build(dataDir, full, { ...options, full: true });
  expect(result.timings.map((timing) => timing.step)).toContain('read, validate and derive');
  expect(result.ok).toBe(true);
  expect(result.incremental?.mode).toBe('full');
  expect(await differences(site, full)).toEqual([]);
  await rm(full, { recursive: true, force: true });
}

/** What the manifest says changed, against what did change between the site before and after. */
async function expectManifestExact(before: string, after: string, changes: { added: string[]; changed: string[]; removed: string[] }): Promise<void> {
  const listed = [...changes.added, ...changes.changed, ...changes.removed].sort();
  expect(listed).toEqual(await differences(before, after));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-incremental-'));
  data = join(work, 'data');
  await cp('data', data, { recursive: true });
  live = join(work, 'site');
  const first = await build(data, live);
  expect(first.ok).toBe(true);
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('incremental builds of the sample export', () => {
  it('does nothing when nothing changed', async () => {
    const before = await treeDigest(live);
    const again = await build(data, live);
    expect(again.ok).toBe(true);
    expect(again.incremental?.mode).toBe('unchanged');
    expect([again.changes.added, again.changes.changed, again.changes.removed]).toEqual([[], [], []]);
    expect(await treeDigest(live)).toEqual(before);
  }, 120_000);

  it('renders again a published page edited by hand, even when nothing else changed', async () => {
    const notice = (await treeDigest(live)).keys().find((file) => /^notices\/[^/]+\/index\.html$/.test(file))!;
    const original = await readFile(join(live, notice));
    await writeFile(join(live, notice), 'edited by hand');
    const result = await build(data, live);
    expect(result.ok).toBe(true);
    expect(result.incremental?.mode).toBe('incremental');
    expect(result.incremental?.rendered).toBeGreaterThan(0);
    expect(await readFile(join(live, notice))).toEqual(original);
    expect(result.changes.changed).toEqual([notice]);
  }, 300_000);

  it('revokes one honoree: only what shows them is rendered, and the result is the full build’s', async () => {
    let revoked: { id: string } | undefined;
    await editCsv(data, 'honorees.csv', (rows) => {
      const header = rows[0]!;
      const [id, consent, status] = ['编号', '同意公开', '状态'].map((column) => header.indexOf(column)) as [number, number, number];
      const row = rows.find((cells, index) => index > 0 && cells[consent] === '是' && cells[status] === '已表彰')!;
      revoked = { id: row[id]! };
      row[status] = '已撤销';
      return rows;
    });
    const before = join(work, 'before-revoke');
    await cp(live, before, { recursive: true });
    const result = await build(data, live);
    expect(result.ok).toBe(true);
    expect(result.incremental?.mode).toBe('incremental');
    expect(result.incremental?.reused).toBeGreaterThan(result.incremental!.rendered);
    await expectManifestExact(before, live, result.changes);
    expect(result.changes.removed).toContain(`honorees/${revoked!.id}/index.html`);
    await expectSameAsFull(data, live, {});
    // Its id only in the changelog (as 已表彰 → 已撤销, which the output verification holds to), its page gone.
    const holding: string[] = [];
    for (const [file] of await treeDigest(live)) {
      if ((await readFile(join(live, file), 'latin1')).includes(revoked!.id)) holding.push(file);
    }
    expect(holding.filter((file) => !file.startsWith('data/changes/'))).toEqual([]);
    await rm(before, { recursive: true, force: true });
  }, 600_000);

  it('refreshes for the next day: only pages whose publicity state or days left changed are rewritten', async () => {
    const before = join(work, 'before-next-day');
    await cp(live, before, { recursive: true });
    const result = await build(data, live, { today: NEXT_DAY });
    expect(result.ok).toBe(true);
    expect(result.incremental?.mode).toBe('incremental');
    // The export is the one the last build read: its dataset comes from the prepared cache, with the new day.
    expect(result.timings.map((timing) => timing.step)).not.toContain('read, validate and derive');
    await expectManifestExact(before, live, result.changes);
    expect(result.changes.changed.length).toBeGreaterThan(0);
    await expectSameAsFull(data, live, { today: NEXT_DAY });
    await rm(before, { recursive: true, force: true });
  }, 600_000);

  it('rewrites everything that carries the public URL when it changes', async () => {
    const before = join(work, 'before-url');
    await cp(live, before, { recursive: true });
    const result = await build(data, live, { today: NEXT_DAY, site: 'https://gongshi.example.gov.cn' });
    expect(result.ok).toBe(true);
    expect(result.incremental?.mode).toBe('full');
    await expectManifestExact(before, live, result.changes);
    expect(result.changes.changed).toContain('index.html');
    await expectSameAsFull(data, live, { today: NEXT_DAY, site: 'https://gongshi.example.gov.cn' });
    await rm(before, { recursive: true, force: true });
  }, 600_000);

  it('leaves the published site as it was when an incremental build fails', async () => {
    const before = await treeDigest(live);
    await editCsv(data, 'honorees.csv', (rows) => {
      const header = rows[0]!;
      rows[1]![header.indexOf('年度')] = '二〇二三';
      return rows;
    });
    const result = await build(data, live, { today: NEXT_DAY, site: 'https://gongshi.example.gov.cn' });
    expect(result.ok).toBe(false);
    expect(await treeDigest(live)).toEqual(before);
  }, 300_000);
});
