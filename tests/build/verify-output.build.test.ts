// The output verification over a real built site: each kind of defect planted into a copy of the built tiny fixture
// is found and named; a defect that only the output shows fails the whole build and leaves the published site as it was.
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { unpublishedPeople } from '../../src/build/output/unpublished-people.ts';
import { verifyOutput, type VerifyInput } from '../../src/build/output/verify.ts';
import { decodeText } from '../../src/pipeline/decode.ts';
import { treeDigest } from './tree-digest.ts';

const FIXTURE = 'tests/fixtures/tiny-export';
const SITE = { origin: 'https://yangguang.example.org', base: '/' };

let work: string;
let built: string;
let input: VerifyInput;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-verify-'));
  built = join(work, 'site');
  const result = await buildSite({ dataDir: FIXTURE, outDir: built, reportPath: join(work, 'report.json'), today: '2026-11-03', quiet: true, log: () => {} });
  if (!result.ok) throw new Error('the tiny fixture must build');
  const rows = Papa.parse<Record<string, string>>(await readFile(join(FIXTURE, 'honorees.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  input = {
    site: SITE,
    people: unpublishedPeople(rows.map((row) => ({ id: row['id'] ?? '', name: row['name'] ?? '', status: row['status'] as '已表彰', consent: row['consent'] === '是' }))),
  };
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of the built site with one defect planted by `plant`, verified on this thread. */
async function verifyPlanted(name: string, plant: (dir: string) => Promise<void>) {
  const dir = join(work, name);
  await cp(built, dir, { recursive: true });
  await plant(dir);
  return verifyOutput(dir, input, { workers: 0 });
}

describe('output verification of the built tiny fixture', () => {
  it('knows who must not appear: the revoked 赵小红 (id and name) and the unconsenting 王建国 (name)', () => {
    expect(input.people).toEqual({ revokedIds: ['H2025-004'], names: ['王建国', '赵小红'] });
  });

  it('finds nothing wrong in the site as built', async () => {
    const { problems } = await verifyPlanted('clean', async () => {});
    expect(problems).toEqual([]);
  });

  it('names a broken link with the page that holds it', async () => {
    const { problems } = await verifyPlanted('broken-link', async (dir) => {
      const page = join(dir, 'about/index.html');
      await writeFile(page, (await readFile(page, 'utf8')).replace('</main>', '<a href="/funds/downloads/2099-by-year.csv">下载</a></main>'));
    });
    expect(problems.map(({ code, file, value }) => ({ code, file, value }))).toEqual([
      { code: 'output-broken-reference', file: 'about/index.html', value: '/funds/downloads/2099-by-year.csv' },
    ]);
  });

  it('names a promised download that is missing (a chart PNG deleted after the build)', async () => {
    const { problems } = await verifyPlanted('missing-png', async (dir) => rm(join(dir, 'charts/honorees-by-year.png')));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.code === 'output-broken-reference' && problem.value === '/charts/honorees-by-year.png')).toBe(true);
  });

  it('follows the open data’s photo paths from the site’s root: a published photo deleted after the build is named', async () => {
    const json = JSON.parse(await readFile(join(built, 'data/honorees.json'), 'utf8')) as { photo: string | null }[];
    const photo = json.map((row) => row.photo).find((path) => path !== null);
    expect(photo).toMatch(/^photos\/[^/]+\.jpg$/);
    const { problems } = await verifyPlanted('missing-photo', async (dir) => rm(join(dir, photo!)));
    expect(problems.map(({ code, file, value }) => ({ code, file, value }))).toContainEqual({ code: 'output-broken-reference', file: 'data/honorees.json', value: `/${photo}` });
  });

  it('names a file no page, feed or manifest refers to', async () => {
    const { problems } = await verifyPlanted('orphan', async (dir) => {
      await mkdir(join(dir, 'data/old'), { recursive: true });
      await writeFile(join(dir, 'data/old/honorees-2019.csv'), 'id\n');
    });
    expect(problems.map(({ code, file }) => ({ code, file }))).toEqual([{ code: 'output-orphan-file', file: 'data/old/honorees-2019.csv' }]);
  });

  it('names a revoked id in a changelog row that is not its revocation, and a masked full name in a JSON file, printing neither name whole', async () => {
    const { problems } = await verifyPlanted('people', async (dir) => {
      await mkdir(join(dir, 'data/changes/2026-11-01'), { recursive: true });
      await writeFile(join(dir, 'data/changes/2026-11-01/changes.csv'), '表,变更,编号\r\nhonorees,新增,H2025-004\r\nhonorees,修改,H2025-004,status,已表彰,已撤销\r\n');
      await appendFile(join(dir, 'data/changes/index.html'), '<!-- -->');
      await writeFile(join(dir, 'data/notices.json'), (await readFile(join(dir, 'data/notices.json'), 'utf8')).replace('"issuer":"', '"contact":"王建国","issuer":"'));
    });
    const found = problems.filter((problem) => problem.code === 'output-unpublished-person');
    expect(found.map(({ file, line, value }) => ({ file, line, value }))).toEqual([
      { file: 'data/changes/2026-11-01/changes.csv', line: 2, value: 'H2025-004' },
      { file: 'data/notices.json', line: 2, value: '王**' }, // the first record, after the opening [
    ]);
    expect(JSON.stringify(problems)).not.toContain('王建国');
  });
});

describe('a build whose output shows an unpublished person', () => {
  it('fails, names the file, and leaves the published site byte-for-byte as it was', async () => {
    const outDir = join(work, 'published');
    await cp(built, outDir, { recursive: true });
    const before = await treeDigest(outDir);
    const dataDir = join(work, 'named-in-notice');
    await cp(FIXTURE, dataDir, { recursive: true });
    // A notice body with a line that names the honoree who did not consent: every cell passes the input checks.
    const path = join(dataDir, 'notices.csv');
    const decoded = decodeText(await readFile(path), 'notices.csv');
    if (!('text' in decoded)) throw new Error('fixture notices.csv did not decode');
    const rows = Papa.parse<string[]>(decoded.text, { skipEmptyLines: true }).data;
    const body = rows[0]?.indexOf('正文') ?? -1;
    await writeFile(path, Papa.unparse(rows.map((row, index) => (index === 1 ? row.map((cell, at) => (at === body ? `${cell}\n\n王建国` : cell)) : row))));

    const result = await buildSite({ dataDir, outDir, reportPath: join(work, 'named-report.json'), today: '2026-11-03', quiet: true, log: () => {} });
    expect(result.ok).toBe(false);
    const named = result.problems.filter((problem) => problem.code === 'output-unpublished-person');
    expect(named.length).toBeGreaterThan(0);
    expect(named.map((problem) => problem.file)).toContain('notices/N2025-01/index.html');
    expect(JSON.stringify(result.problems)).not.toContain('王建国');
    expect(await treeDigest(outDir)).toEqual(before);
  });
});
