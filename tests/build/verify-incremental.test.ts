// The output checks of an incremental build over small temporary sites: the verification that takes reused files'
// references from the previous state gives exactly the problems, removals and next state of a full verification of
// the same folder; the privacy scan skips reused files and scans the rest.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanOutput } from '../../src/build/output/privacy-scan.ts';
import type { UnpublishedPeople } from '../../src/build/output/unpublished-people.ts';
import { readVerifyState, writeVerifyState, type VerifyState } from '../../src/build/output/verify-state.ts';
import { verifyOutput, type VerifyResult } from '../../src/build/output/verify.ts';

const SITE = { origin: 'https://yangguang.example.org', base: '/' };
const NOBODY: UnpublishedPeople = { names: [], revokedIds: [] };

/** The previous build's site: every file referenced, nobody unpublished shown. */
const PREVIOUS: Record<string, string> = {
  'index.html': page('<a href="/a/">甲</a><a href="/b/">乙</a><a href="https://yangguang.example.org/data/x.csv">数据</a>'),
  'a/index.html': page('<ul><li>张明华</li></ul><a href="/data/x.csv">下载</a><a href="../b/">乙</a>'),
  'b/index.html': page('<p>乙村</p><img src="/photos/p.jpg" alt="">'),
  'data/x.csv': 'id,name\nH1,张明华\n',
  'photos/p.jpg': '\xff\xd8\xff',
  'style.css': 'body{background:url(/photos/p.jpg)}',
  '_astro/app.js': 'import"./chunk.js";',
  '_astro/chunk.js': 'export const a=1;',
  '404.html': page(''),
};

function page(body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="/style.css"><script type="module" src="/_astro/app.js"></script></head><body>${body}</body></html>\n`;
}

let work: string;
let counter = 0;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-verify-incremental-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function writeSite(files: Record<string, string | undefined>): Promise<string> {
  const dir = join(work, `site-${counter++}`);
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), Buffer.from(text, path.endsWith('.jpg') ? 'latin1' : 'utf8'));
  }
  return dir;
}

/** The previous build: its site and the state its (full) verification wrote, through the file. */
async function previousBuild(people: UnpublishedPeople, files: Record<string, string> = PREVIOUS): Promise<VerifyState> {
  const dir = await writeSite(files);
  const { state } = await verifyOutput(dir, { site: SITE, people }, { workers: 0 });
  const path = join(work, `state-${counter++}.bin`);
  await writeVerifyState(path, state);
  const read = await readVerifyState(path);
  if (!read) throw new Error('the state just written must read back');
  return read;
}

/** A state as plain data: each file's references by name, who was found, against whom. */
function describeState(state: VerifyState) {
  const name = (id: number) => state.strings[id];
  return {
    files: [...state.files].map((id, file) => ({
      path: name(id),
      references: [...state.targets.subarray(state.referenceStarts[file], state.referenceStarts[file + 1])].map((target, i) => [
        name(target),
        state.viaNames[state.vias[state.referenceStarts[file]! + i]!],
      ]),
    })),
    found: state.found,
    people: state.people,
    site: state.site,
  };
}

/**
 * The next build's site: `changes` applied to the previous files (undefined removes one), verified incrementally —
 * every unchanged file reused — and, in a copy, fully. Both answers are returned; they must be equal.
 */
async function nextBuild(previous: VerifyState, people: UnpublishedPeople, changes: Record<string, string | undefined>, workers = 0) {
  const files = { ...PREVIOUS, ...changes };
  const reused = Object.keys(PREVIOUS).filter((path) => !(path in changes));
  const dir = await writeSite(files);
  const fullDir = `${dir}-full`;
  await cp(dir, fullDir, { recursive: true });
  const incremental = await verifyOutput(dir, { site: SITE, people }, { workers, previous, reused });
  const full = await verifyOutput(fullDir, { site: SITE, people }, { workers });
  return { incremental, full, dir };
}

function expectSameAsFull({ incremental, full }: { incremental: VerifyResult; full: VerifyResult }) {
  expect(incremental.problems).toEqual(full.problems);
  expect(incremental.unusedAssets).toEqual(full.unusedAssets);
  expect(describeState(incremental.state)).toEqual(describeState(full.state));
}

const summary = (result: VerifyResult) => result.problems.map(({ code, file, value }) => ({ code, file, value }));

describe('incremental output verification equals a full one', () => {
  it('finds the previous site clean and records every file with its references', async () => {
    const state = await previousBuild(NOBODY);
    const described = describeState(state);
    expect(described.files.map((file) => file.path)).toEqual(Object.keys(PREVIOUS).sort());
    expect(described.files.find((file) => file.path === 'a/index.html')?.references).toEqual([
      ['style.css', 'href'],
      ['_astro/app.js', 'src'],
      ['data/x.csv', 'href'],
      ['b/', 'href'],
    ]);
  });

  it('reads only the files not reused', async () => {
    const previous = await previousBuild(NOBODY);
    const { incremental } = await nextBuild(previous, NOBODY, { 'b/index.html': page('<p>乙村（新）</p><img src="/photos/p.jpg" alt="">') });
    expect(incremental.reusedFiles).toBe(Object.keys(PREVIOUS).length - 1);
    expect(incremental.problems).toEqual([]);
  });

  it('reports a reused page’s reference to a file that was removed', async () => {
    const previous = await previousBuild(NOBODY);
    const next = await nextBuild(previous, NOBODY, { 'data/x.csv': undefined });
    expect(summary(next.incremental)).toEqual([
      { code: 'output-broken-reference', file: 'a/index.html', value: '/data/x.csv' }, // the first holder by path
    ]);
    expectSameAsFull(next);
  });

  it('reports a reused file that nothing refers to any more, and a new file nothing refers to', async () => {
    const previous = await previousBuild(NOBODY);
    const next = await nextBuild(previous, NOBODY, {
      'index.html': page('<a href="/a/">甲</a><a href="/data/x.csv">数据</a>'),
      'a/index.html': page('<a href="/data/x.csv">下载</a>'),
      'data/y.csv': 'id\n',
    });
    expect(summary(next.incremental)).toEqual([
      { code: 'output-orphan-file', file: 'b/index.html', value: undefined },
      { code: 'output-orphan-file', file: 'data/y.csv', value: undefined },
    ]);
    expectSameAsFull(next);
  });

  it('removes bundler assets nothing uses, reused or new, and leaves them out of the next state', async () => {
    const previous = await previousBuild(NOBODY);
    const next = await nextBuild(previous, NOBODY, { '_astro/app.js': 'export const b=2;', '_astro/stray.js': 'export {};' });
    expect(next.incremental.problems).toEqual([]);
    expect(next.incremental.unusedAssets).toEqual(['_astro/chunk.js', '_astro/stray.js']);
    await expect(readFile(join(next.dir, '_astro/chunk.js'))).rejects.toThrow();
    expect(describeState(next.incremental.state).files.map((file) => file.path)).not.toContain('_astro/chunk.js');
    expectSameAsFull(next);
  });

  it('finds a newly revoked person (name and id) in a reused file, searching the reused files for the new people only', async () => {
    const previous = await previousBuild({ names: ['王建国'], revokedIds: ['H0'] });
    const people = { names: ['张明华', '王建国'], revokedIds: ['H0', 'H1'] };
    const next = await nextBuild(previous, people, {});
    expect(summary(next.incremental)).toEqual([
      { code: 'output-unpublished-person', file: 'a/index.html', value: '张**' },
      { code: 'output-unpublished-person', file: 'data/x.csv', value: 'H1' },
      { code: 'output-unpublished-person', file: 'data/x.csv', value: '张**' },
    ]);
    expect(JSON.stringify(next.incremental.problems)).not.toContain('张明华');
    expectSameAsFull(next);
  });

  it('is clean when the newly revoked person appears in no file', async () => {
    const previous = await previousBuild(NOBODY);
    const next = await nextBuild(previous, { names: ['赵小红'], revokedIds: ['H9'] }, {});
    expect(next.incremental.problems).toEqual([]);
    expect(next.incremental.state.people).toEqual({ names: ['赵小红'], revokedIds: ['H9'] });
    expectSameAsFull(next);
  });

  it('finds the same with worker threads', async () => {
    const previous = await previousBuild(NOBODY);
    const next = await nextBuild(previous, { names: ['张明华'], revokedIds: [] }, { 'data/x.csv': undefined }, 2);
    expect(summary(next.incremental)).toEqual([
      { code: 'output-unpublished-person', file: 'a/index.html', value: '张**' },
      { code: 'output-broken-reference', file: 'a/index.html', value: '/data/x.csv' },
    ]);
    expectSameAsFull(next);
  });

  it('no longer reports a person who is no longer unpublished, and still reports one who is, from the previous state', async () => {
    // A previous verification that found 张明华 (unpublished then) in two files, and 李四 in none.
    const previous = await previousBuild({ names: ['张明华', '李四'], revokedIds: [] });
    expect(previous.found.map(({ file, person }) => [file, person])).toEqual([
      ['a/index.html', 'unpublished-name:张明华'],
      ['data/x.csv', 'unpublished-name:张明华'],
    ]);
    const published = await nextBuild(previous, { names: ['李四'], revokedIds: [] }, { 'b/index.html': page('<p>李四</p><img src="/photos/p.jpg" alt="">') });
    expect(summary(published.incremental)).toEqual([{ code: 'output-unpublished-person', file: 'b/index.html', value: '李*' }]);
    expect(published.incremental.state.found.map((hit) => hit.file)).toEqual(['b/index.html']);
    expectSameAsFull(published);

    const still = await nextBuild(previous, { names: ['张明华', '李四'], revokedIds: [] }, {});
    expect(summary(still.incremental).map((problem) => problem.file)).toEqual(['a/index.html', 'data/x.csv']);
    expectSameAsFull(still);
  });

  it('reads every file when the state is for another site address, or lists no file it is told was reused', async () => {
    const previous = await previousBuild(NOBODY);
    const moved = await verifyOutput(await writeSite({ ...PREVIOUS, 'data/x.csv': undefined }), { site: { ...SITE, base: '/sub/' }, people: NOBODY }, { workers: 0, previous, reused: Object.keys(PREVIOUS) });
    expect(moved.reusedFiles).toBe(0);
    expect(moved.previousIgnored).toBe('the site address changed');

    const dir = await writeSite({ ...PREVIOUS, 'c/index.html': page('<a href="/nowhere/">?</a>') });
    const unknown = await verifyOutput(dir, { site: SITE, people: NOBODY }, { workers: 0, previous, reused: [...Object.keys(PREVIOUS), 'c/index.html'] });
    expect(unknown.reusedFiles).toBe(Object.keys(PREVIOUS).length);
    expect(summary(unknown)).toEqual([
      { code: 'output-broken-reference', file: 'c/index.html', value: '/nowhere/' },
      { code: 'output-orphan-file', file: 'c/index.html', value: undefined },
    ]);
  });

  it('reads no state from a missing or damaged file', async () => {
    expect(await readVerifyState(join(work, 'missing.bin'))).toBeUndefined();
    await writeFile(join(work, 'damaged.bin'), 'not a state');
    expect(await readVerifyState(join(work, 'damaged.bin'))).toBeUndefined();
  });
});

describe('output privacy scan of an incremental build', () => {
  it('skips the reused files and scans the rest', async () => {
    const dir = await writeSite({
      'index.html': '<p>联系电话：13912345678</p>',
      'a/index.html': '<p>手机 13712345678</p>',
      'pagefind/fragment/f.pf_fragment': '{"content":"13612345678"}',
    });
    const files = (problems: Awaited<ReturnType<typeof scanOutput>>) => problems.map((problem) => problem.file);
    expect(files(await scanOutput(dir, { workers: 0 }))).toEqual(['a/index.html', 'index.html', 'pagefind/fragment/f.pf_fragment']);
    const reused = ['index.html', 'pagefind/fragment/f.pf_fragment'];
    expect(files(await scanOutput(dir, { workers: 0, reused }))).toEqual(['a/index.html']);
    expect(files(await scanOutput(dir, { workers: 2, reused }))).toEqual(['a/index.html']);
  });
});
