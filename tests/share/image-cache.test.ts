import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShareImageCache, pruneShareImageCache } from '../../src/share/image-cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'share-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ShareImageCache', () => {
  it('keys by the SVG and the renderer settings', () => {
    const cache = new ShareImageCache(dir, 'v1');
    expect(cache.key('<svg/>')).toBe(cache.key('<svg/>'));
    expect(cache.key('<svg/>')).not.toBe(cache.key('<svg />'));
    expect(new ShareImageCache(dir, 'v2').key('<svg/>')).not.toBe(cache.key('<svg/>'));
  });

  it('gives back what was put, and nothing for an unknown key', async () => {
    const cache = new ShareImageCache(join(dir, 'not-yet'), 'v1');
    const key = cache.key('<svg/>');
    expect(await cache.get(key)).toBeUndefined();
    await cache.put(key, Buffer.from('png bytes'));
    expect((await cache.get(key))?.toString()).toBe('png bytes');
    // Written beside and renamed: no partial file is left.
    expect(await readdir(join(dir, 'not-yet'))).toEqual([`${key}.png`]);
  });

  it('prunes entries unused for 30 days and abandoned partial writes, keeping what builds use', async () => {
    const cache = new ShareImageCache(dir, 'v1');
    const [used, unused] = [cache.key('a'), cache.key('b')];
    await cache.put(used, Buffer.from('a'));
    await cache.put(unused, Buffer.from('b'));
    await writeFile(join(dir, `${unused}.png.123.abc.partial`), 'half');
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    for (const name of await readdir(dir)) await utimes(join(dir, name), longAgo, longAgo);
    await cache.get(used); // a build reads it: its time is now
    expect(await pruneShareImageCache(dir)).toBe(2);
    expect(await readdir(dir)).toEqual([`${used}.png`]);
  });
});
