// Publishing: recorded releases, their diff, idempotence, and a publish that fails or crashes between any two
// steps leaving the previous release, data/ and the site exactly as they were (or, once committed, completed).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISH_STEPS, publish, type PublishOptions, type PublishStep } from '../../src/publish/publish.ts';
import { readStoreIndex } from '../../src/publish/store.ts';
import { publishPaths } from '../../src/publish/store-layout.ts';
import { recoverPublish, switchIn } from '../../src/publish/switch.ts';
import { treeDigest } from '../build/tree-digest.ts';
import { decemberExport, fakeBuild, novemberExport, workFolder } from './fixture.ts';

const SITE_URL = 'https://gongshi.example.gov.cn';
const ID = '610902198001011230';
const MOBILE = '13992851234';

let work: string;
let november: string;
let december: string;

beforeAll(async () => {
  work = await workFolder('steps');
  november = await novemberExport(work);
  december = await decemberExport(work);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A fresh root with data/ and dist/; November published when asked. */
async function root(name: string, options: { withNovember?: boolean } = {}) {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  const base: Omit<PublishOptions, 'exportDir'> = {
    dataDir: join(dir, 'data'),
    outDir: join(dir, 'dist'),
    reportPath: join(dir, 'build-report.json'),
    build: fakeBuild,
    // As `npm run publish -- DIR --site …`: the tiny export's release.json configures no public URL.
    site: SITE_URL,
    log: () => {},
  };
  if (options.withNovember) expect((await publish({ ...base, exportDir: november })).status).toBe('published');
  return { dir, base };
}

/** Everything a publish may touch: data/ (with the store), the site, and any staging or journal left beside them. */
async function state(dir: string): Promise<Map<string, string>> {
  return treeDigest(dir).then((digest) => new Map([...digest].filter(([path]) => !/build-report\.(json|html)$/.test(path))));
}

// Each publish copies, hashes and (fake-)builds a small export: a second or two on a busy machine.
describe('publish', { timeout: 60_000 }, () => {
  it('records a first release, installs it as data/ and builds the site', async () => {
    const { base } = await root('first');
    const outcome = await publish({ ...base, exportDir: november });
    expect(outcome).toEqual({ status: 'published', release: '2026-11-01', changes: undefined });
    const index = await readStoreIndex(base.dataDir);
    expect(index.releases.map((entry) => entry.release)).toEqual(['2026-11-01']);
    expect(index.releases[0]?.counts).toMatchObject({ honorees: 5, notices: 3, fundLines: 8 });
    expect(await readFile(join(base.dataDir, 'honorees.csv'))).toEqual(await readFile(join(november, 'honorees.csv')));
    expect(existsSync(join(base.dataDir, 'releases', '2026-11-01', 'export', 'photos', 'zhang-minghua.png'))).toBe(true);
    expect(await readFile(join(base.outDir, 'index.html'), 'utf8')).toContain('2026-11-01');
  });

  it('records the next release with what changed since the previous one', async () => {
    const { base } = await root('second', { withNovember: true });
    const outcome = await publish({ ...base, exportDir: december });
    expect(outcome.status).toBe('published');
    if (outcome.status !== 'published' || !outcome.changes) throw new Error('expected changes');
    const counts = Object.fromEntries(outcome.changes.tables.map((table) => [table.table, [table.added.length, table.changed.length, table.removed.length]]));
    expect(counts).toEqual({ regions: [0, 0, 0], notices: [0, 0, 0], honorees: [0, 1, 0], projects: [0, 0, 0], fundLines: [0, 1, 0], pairings: [0, 0, 0], indicators: [0, 0, 0], targets: [0, 0, 0] });
    const honorees = outcome.changes.tables.find((table) => table.table === 'honorees');
    expect(honorees?.changed).toEqual([{ key: 'H2025-001', label: '张**（2025 年村级自强标兵）', fields: [{ field: 'status', before: '已表彰', after: '已撤销' }] }]);
    expect(JSON.stringify(outcome.changes)).not.toContain('张明华');
    expect((await readStoreIndex(base.dataDir)).releases.map((entry) => entry.release)).toEqual(['2026-11-01', '2026-12-01']);
    expect(await readFile(join(base.outDir, 'index.html'), 'utf8')).toContain('2026-12-01');
  });

  it('changes nothing, byte for byte, when the same export is published again', async () => {
    const { dir, base } = await root('twice', { withNovember: true });
    expect((await publish({ ...base, exportDir: december })).status).toBe('published');
    const before = await state(dir);
    expect(await publish({ ...base, exportDir: december })).toEqual({ status: 'unchanged', release: '2026-12-01' });
    expect(await state(dir)).toEqual(before);
  });

  it('rejects a broken export with the build report and touches nothing', async () => {
    const { dir, base } = await root('broken', { withNovember: true });
    const broken = join(dir, 'broken-export');
    await rename(await decemberExport(dir), broken);
    await writeFile(join(broken, 'notices.csv'), 'id,title\nN1,缺少必填列\n');
    const before = await state(dir);
    const outcome = await publish({ ...base, exportDir: broken });
    expect(outcome.status).toBe('rejected');
    const report = JSON.parse(await readFile(base.reportPath, 'utf8')) as { ok: boolean; problems: { file: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.some((problem) => problem.file === 'notices.csv')).toBe(true);
    expect(await state(dir)).toEqual(before);
  });

  it('refuses an export kept inside data/, which would be swept away with it', async () => {
    const { dir, base } = await root('inside', { withNovember: true });
    const inside = join(base.dataDir, 'incoming');
    await rename(await decemberExport(dir), inside);
    const before = await state(dir);
    const outcome = await publish({ ...base, exportDir: inside });
    expect(outcome.status === 'rejected' && outcome.problems.map((problem) => problem.code)).toContain('export-inside-data');
    expect(await state(dir)).toEqual(before);
  });

  it('records releases in date order, once each; --replace corrects the latest', async () => {
    const { dir, base } = await root('order', { withNovember: true });
    expect((await publish({ ...base, exportDir: december })).status).toBe('published');
    const corrected = join(dir, 'corrected');
    await rename(await decemberExport(dir), corrected);
    const lines = await readFile(join(corrected, 'fund_lines.csv'), 'utf8');
    await writeFile(join(corrected, 'fund_lines.csv'), lines.replace('P2025-002,东西部协作,50000,0,', 'P2025-002,东西部协作,50000,10000,2025-11-25'));
    const before = await state(dir);
    const earlier = await publish({ ...base, exportDir: november });
    expect(earlier.status === 'rejected' && earlier.problems.map((problem) => problem.code)).toContain('release-order');
    const again = await publish({ ...base, exportDir: corrected });
    expect(again.status === 'rejected' && again.problems.map((problem) => problem.code)).toContain('release-exists');
    expect(await state(dir)).toEqual(before);

    const replaced = await publish({ ...base, exportDir: corrected, replace: true });
    // The correction replaces December and is compared with November, not with the December it replaces.
    if (replaced.status !== 'published' || !replaced.changes) throw new Error(`expected a replaced release, got ${replaced.status}`);
    expect(replaced.changes.previous).toBe('2026-11-01');
    expect(replaced.changes.tables.find((table) => table.table === 'fundLines')?.changed.map((line) => line.key)).toEqual(['P2025-001/县级财政', 'P2025-002/东西部协作']);
    expect((await readStoreIndex(base.dataDir)).releases.map((entry) => entry.release)).toEqual(['2026-11-01', '2026-12-01']);
  });

  it('refuses to build a site on the placeholder URL, saying how to configure one, and touches nothing', async () => {
    const { dir, base } = await root('placeholder', { withNovember: true });
    const { site: _site, ...unconfigured } = base;
    const before = await state(dir);
    const outcome = await publish({ ...unconfigured, exportDir: december });
    if (outcome.status !== 'rejected') throw new Error(`expected a refusal, got ${outcome.status}`);
    const errors = outcome.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(({ code, file, field }) => ({ code, file, field }))).toEqual([{ code: 'site-url-required', file: 'release.json', field: 'site_url' }]);
    const [refusal] = errors;
    expect(refusal?.message.zh).toContain('"site_url"');
    expect(refusal?.message.zh).toContain('--allow-placeholder-url');
    expect(refusal?.message.en).toContain('--site');
    expect(await state(dir)).toEqual(before);

    // Allowed on purpose, it publishes; and with --no-build nothing is built here, so nothing points anywhere yet.
    expect((await publish({ ...unconfigured, exportDir: december, allowPlaceholderUrl: true })).status).toBe('published');
    const { dir: dataOnlyDir, base: { site: _unused, ...dataOnly } } = await root('placeholder-no-build');
    expect((await publish({ ...dataOnly, build: null, exportDir: december })).status).toBe('published');
    expect(existsSync(join(dataOnlyDir, 'dist'))).toBe(false);
  });

  it("takes the public URL from release.json's site_url", async () => {
    const { dir, base } = await root('site-url', { withNovember: true });
    const configured = join(dir, 'configured');
    await rename(await decemberExport(dir), configured);
    const release = JSON.parse(await readFile(join(configured, 'release.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(configured, 'release.json'), JSON.stringify({ ...release, site_url: `${SITE_URL}/` }, null, 2));
    const { site: _site, ...unconfigured } = base;
    expect((await publish({ ...unconfigured, exportDir: configured })).status).toBe('published');
    expect((await readStoreIndex(base.dataDir)).releases.at(-1)?.meta.site_url).toBe(SITE_URL);
  });

  it("stores only the export's own files: a contact list and a photo nobody names are named, masked, and kept out of data/", async () => {
    const { dir, base } = await root('stray');
    const strayed = join(dir, 'strayed');
    await rename(await novemberExport(dir), strayed);
    await writeFile(join(strayed, '联系人名单.txt'), `张三 ${ID} ${MOBILE}\n`);
    await copyFile(join(strayed, 'photos', 'zhang-minghua.png'), join(strayed, 'photos', `${ID}.png`));
    expect((await publish({ ...base, exportDir: strayed })).status).toBe('published');
    const stored = [...(await state(dir)).keys()].filter((path) => path.startsWith('data/'));
    expect(stored.filter((path) => path.includes('联系人') || path.includes(ID))).toEqual([]);
    const recorded = stored.filter((path) => path.startsWith('data/releases/2026-11-01/export/')).map((path) => path.slice('data/releases/2026-11-01/export/'.length));
    expect(recorded).toEqual(stored.filter((path) => !path.startsWith('data/releases/')).map((path) => path.slice('data/'.length)));
    expect(recorded).toContain('photos/zhang-minghua.png');
    const report = await readFile(base.reportPath, 'utf8');
    const codes = (JSON.parse(report) as { problems: { code: string; file: string }[] }).problems.map(({ code, file }) => `${code} ${file}`);
    expect(codes).toEqual(expect.arrayContaining(['unreferenced-photo photos/610902********1230.png', 'unknown-file 联系人名单.txt']));
    expect(report).not.toContain(ID);
    expect(report).not.toContain(MOBILE);
    // What was left out is no part of the release: the same export without it is the same release.
    expect(await publish({ ...base, exportDir: november })).toEqual({ status: 'unchanged', release: '2026-11-01' });
  });

  it.each([
    ['releases/index.json', '{"format": 1, "releases": ['],
    ['releases/2026-11-01/published/notices.json', '{"not": "a list"}'],
  ])('refuses to publish onto a damaged %s, naming it and saying what to do, and touches nothing', async (file, text) => {
    const { dir, base } = await root(`damaged-${file.length}`, { withNovember: true });
    await writeFile(join(base.dataDir, file), text);
    const before = await state(dir);
    const outcome = await publish({ ...base, exportDir: december });
    if (outcome.status !== 'rejected') throw new Error(`expected a refusal, got ${outcome.status}`);
    expect(outcome.problems.filter((problem) => problem.severity === 'error').map(({ code, file }) => ({ code, file }))).toEqual([
      { code: 'release-store-damaged', file: join(base.dataDir, file) },
    ]);
    expect(outcome.problems.find((problem) => problem.code === 'release-store-damaged')?.message.en).toContain('restore it from version control');
    expect(await state(dir)).toEqual(before);
  });

  it('says a release is published only when it is the one live in data/ after the switch', async () => {
    const { base } = await root('not-live', { withNovember: true });
    const overwrite = async (step: PublishStep) => {
      // Someone else's data lands in data/ between the switch and the check.
      if (step === 'installed-site') await writeFile(join(base.dataDir, 'release.json'), JSON.stringify({ release: '2027-01-01' }));
    };
    const outcome = await publish({ ...base, exportDir: december, afterStep: overwrite });
    if (outcome.status !== 'not-live') throw new Error(`expected not-live, got ${outcome.status}`);
    expect(outcome.problem.code).toBe('release-not-live');
    expect(outcome.problem.message.en).toContain('Release 2026-12-01 is not live: after the switch data/ holds 2027-01-01');
  });

  it('leaves everything as it was when the site does not build', async () => {
    const { dir, base } = await root('build-fails', { withNovember: true });
    const before = await state(dir);
    const outcome = await publish({
      ...base,
      exportDir: december,
      build: async (_dataDir, outDir) => {
        await mkdir(outDir, { recursive: true });
        await writeFile(join(outDir, 'half.html'), 'half a site');
        return false;
      },
    });
    expect(outcome.status).toBe('build-failed');
    expect(await state(dir)).toEqual(before);
  });
});

describe('a publish cut short', { timeout: 60_000 }, () => {
  const crash = (at: PublishStep) => async (step: PublishStep) => {
    if (step === at) throw new Error(`crash after ${step}`);
  };
  const committedAt = PUBLISH_STEPS.indexOf('committed');
  /** What an uninterrupted publish of December after November leaves behind. */
  let published: Map<string, string>;
  beforeAll(async () => {
    const reference = await root('clean', { withNovember: true });
    await publish({ ...reference.base, exportDir: december });
    published = await state(reference.dir);
  }, 60_000);

  it.each(PUBLISH_STEPS.map((step, index) => [step, index] as const))(
    'after "%s": untouched before the commit, completed after it, and the next publish ends where a clean one does',
    async (step, index) => {
      const { dir, base } = await root(`crash-${step}`, { withNovember: true });
      const before = await state(dir);
      await expect(publish({ ...base, exportDir: december, afterStep: crash(step) })).rejects.toThrow(`crash after ${step}`);
      const left = new Map([...(await state(dir))].filter(([path]) => path.startsWith('data/') || path.startsWith('dist/')));
      const expected = new Map([...before].filter(([path]) => path.startsWith('data/') || path.startsWith('dist/')));
      if (index < committedAt) expect(left).toEqual(expected);

      // Nothing is staged until the data is; from the commit on, the publish is finished instead of undone.
      const recovery = await recoverPublish(base.dataDir, base.outDir);
      expect(recovery).toBe(step === 'validated' ? 'nothing to recover' : index < committedAt ? 'rolled back' : 'rolled forward');
      expect(await state(dir)).toEqual(index < committedAt ? before : published);

      // And publishing again from there arrives exactly where an uninterrupted publish did.
      await publish({ ...base, exportDir: december });
      expect(await state(dir)).toEqual(published);
    },
  );

  it('completes a switch that stopped between its two renames', async () => {
    const dir = join(work, 'half-switched');
    const [target, next, replaced] = ['data', 'data.next', 'data.replaced'].map((name) => join(dir, name)) as [string, string, string];
    await mkdir(next, { recursive: true });
    await mkdir(replaced, { recursive: true });
    await writeFile(join(next, 'release.json'), 'new');
    await writeFile(join(replaced, 'release.json'), 'old');
    await switchIn(target, next, replaced);
    expect(await readFile(join(target, 'release.json'), 'utf8')).toBe('new');
    expect(existsSync(next) || existsSync(replaced)).toBe(false);
  });

  it('puts nothing beside data/ and dist/ that outlives a publish', async () => {
    const { dir, base } = await root('tidy', { withNovember: true });
    await publish({ ...base, exportDir: december });
    const paths = publishPaths(base.dataDir, base.outDir);
    for (const path of Object.values(paths)) expect(existsSync(path)).toBe(false);
    expect([...(await state(dir)).keys()].every((path) => path.startsWith('data/') || path.startsWith('dist/') || path.startsWith('incoming'))).toBe(true);
  });
});
