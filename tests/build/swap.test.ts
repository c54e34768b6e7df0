// Swapping a finished site in: the old one stays whole until the last moment, then waits beside it as
// <target>.previous until the next build removes it (beside that build's first step).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverInterruptedSwap, swapIn, swapPaths } from '../../src/build/swap.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A target folder in a fresh temporary folder, and the staging and previous folders beside it. */
async function paths(): Promise<ReturnType<typeof swapPaths> & { target: string }> {
  dir = await mkdtemp(join(tmpdir(), 'yangguang-swap-'));
  const target = join(dir, 'dist');
  return { target, ...swapPaths(target) };
}

async function site(path: string, text: string): Promise<void> {
  await mkdir(path, { recursive: true });
  await writeFile(join(path, 'index.html'), text);
}

describe('swapping a site in', () => {
  it('keeps the replaced site as .previous until the next build removes it', async () => {
    const { target, staging, previous } = await paths();
    await site(target, 'old');
    await site(staging, 'new');
    await swapIn(target);
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(await readFile(join(previous, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(staging)).toBe(false);

    const { previousRemoved } = await recoverInterruptedSwap(target);
    await previousRemoved;
    expect(existsSync(previous)).toBe(false);
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('new');
  });

  it('puts the previous site back when a swap stopped between its renames', async () => {
    const { target, staging, previous } = await paths();
    await site(previous, 'published');
    await site(staging, 'half-done');
    const { previousRemoved } = await recoverInterruptedSwap(target);
    await previousRemoved;
    expect(await readFile(join(target, 'index.html'), 'utf8')).toBe('published');
    expect(existsSync(staging)).toBe(false);
  });
});
