// The pages' side of incremental builds: where a route's path is written, what a key is made of, and which paths
// Astro is given when the published site's keys are at hand.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashOf, outputFileOf, pathOf } from '../../src/site/incremental.ts';

describe('paths and files', () => {
  it('fills a route pattern as Astro writes it: pages as folders, endpoints as files', () => {
    expect(pathOf('/honorees/[id]', { id: 'ZQ-2024-00001' })).toBe('/honorees/ZQ-2024-00001/');
    expect(pathOf('/honorees/[...list]', { list: undefined })).toBe('/honorees/');
    expect(pathOf('/honorees/[...list]', { list: 'year/2025/page/2' })).toBe('/honorees/year/2025/page/2/');
    expect(pathOf('/charts/[chart].png', { chart: 'funds-by-year' })).toBe('/charts/funds-by-year.png');
    expect(pathOf('/data/releases/[release]/[file]', { release: '2026-10-01', file: 'honorees.csv' })).toBe('/data/releases/2026-10-01/honorees.csv');
    expect(outputFileOf('/honorees/ZQ-2024-00001/')).toBe('honorees/ZQ-2024-00001/index.html');
    expect(outputFileOf('/charts/funds-by-year.png')).toBe('charts/funds-by-year.png');
    expect(outputFileOf('/')).toBe('index.html');
  });

  it('makes keys that change with any value, Maps and Sets included', () => {
    expect(hashOf({ a: 1 })).toBe(hashOf({ a: 1 }));
    expect(hashOf({ a: 1 })).not.toBe(hashOf({ a: 2 }));
    expect(hashOf(new Map([['a', 1]]))).not.toBe(hashOf(new Map([['a', 2]])));
    expect(hashOf(new Set(['x']))).not.toBe(hashOf(new Set(['y'])));
    expect(hashOf(new Map())).not.toBe(hashOf({}));
    // Collections deep inside plain values count too (the fast path without a replacer must not hide them).
    expect(hashOf({ a: [1, { b: new Map([['k', 1]]) }] })).not.toBe(hashOf({ a: [1, { b: new Map([['k', 2]]) }] }));
    expect(hashOf([{ c: new Set(['x']) }])).not.toBe(hashOf([{ c: new Set(['y']) }]));
    expect(hashOf([{ c: new Set(['x']) }])).toBe(hashOf([{ c: new Set(['x']) }]));
  });
});

describe('keyed', () => {
  const folders: string[] = [];
  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.resetModules();
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('gives Astro only the paths whose key changed, and writes every path’s key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'yangguang-keyed-'));
    folders.push(dir);
    const paths = ['a', 'b', 'c'].map((id) => ({ params: { id }, props: { value: id === 'b' ? 'new' : 'same' } }));
    const inputs = ({ props }: { props: { value: string } }) => props.value;
    await writeFile(join(dir, 'previous.json'), JSON.stringify({ '/x/a/': hashOf('same'), '/x/b/': hashOf('same') }));
    vi.stubEnv('YANGGUANG_KEYS_PREVIOUS', join(dir, 'previous.json'));
    vi.stubEnv('YANGGUANG_KEYS_OUT', join(dir, 'keys.jsonl'));
    const { keyed } = await import('../../src/site/incremental.ts');
    // a: unchanged; b: its key changed; c: new.
    expect(keyed('/x/[id]', paths, inputs).map((path) => path.params.id)).toEqual(['b', 'c']);
    const written = JSON.parse((await readFile(join(dir, 'keys.jsonl'), 'utf8')).trim()) as { route: string; keys: [string, string][] };
    expect(written.route).toBe('/x/[id]');
    expect(written.keys).toEqual([['/x/a/', hashOf('same')], ['/x/b/', hashOf('new')], ['/x/c/', hashOf('same')]]);
  });

  it('renders every path without the published site’s keys (a plain astro build)', async () => {
    const { keyed } = await import('../../src/site/incremental.ts');
    const paths = [{ params: { id: 'a' } }, { params: { id: 'b' } }];
    expect(keyed('/x/[id]', paths, () => 1)).toEqual(paths);
  });
});
