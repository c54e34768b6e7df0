// Publishing the new site: build beside the old one, swap by rename, and recover from a swap cut short.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Paths used while a new site replaces `target` (all siblings, so renames stay on one filesystem). */
export function swapPaths(target: string) {
  return { staging: `${target}.staging`, previous: `${target}.previous` };
}

/**
 * If a swap was interrupted between its two renames, the target is missing and the previous site is
 * beside it: put it back. Leftover staging folders of failed builds are removed. Returns the removal of
 * the site before last (kept as `<target>.previous` by the last swap), which the caller lets run beside
 * its first step — at 100,000 honorees deleting 255,000 files takes about a minute here — and awaits
 * before it swaps.
 */
export async function recoverInterruptedSwap(target: string): Promise<{ previousRemoved: Promise<void> }> {
  const { staging, previous } = swapPaths(target);
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target);
  await rm(staging, { recursive: true, force: true });
  return { previousRemoved: removeTree(previous) };
}

/**
 * Deletes a folder with the system's `rm -rf` where there is one: Node's recursive rm held ~0.9 GB while
 * deleting a 255,000-file site, and the system's is quicker; Node's where it cannot run.
 */
function removeTree(path: string): Promise<void> {
  if (!existsSync(path)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const child = spawn('rm', ['-rf', '--', path], { stdio: 'ignore' });
    child.on('error', () => resolve());
    child.on('exit', () => resolve());
  }).then(() => rm(path, { recursive: true, force: true }));
}

/**
 * Replaces `target` with the finished staging folder; the old site stays whole until the last moment and
 * then stays beside it as `<target>.previous` (a way back by hand) until the next build removes it.
 */
export async function swapIn(target: string): Promise<void> {
  const { staging, previous } = swapPaths(target);
  // Normally gone already: the build awaited recoverInterruptedSwap's removal before swapping.
  await removeTree(previous);
  if (existsSync(target)) await rename(target, previous);
  await rename(staging, target);
}
