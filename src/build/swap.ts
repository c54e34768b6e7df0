// Publishing the new site: build beside the old one, swap by rename, and recover from a swap cut short.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Paths used while a new site replaces `target` (all siblings, so renames stay on one filesystem). */
export function swapPaths(target: string) {
  return { staging: `${target}.staging`, previous: `${target}.previous` };
}

/**
 * If a swap was interrupted between its two renames, the target is missing and the previous site is
 * beside it: put it back. Leftover staging folders of failed builds are removed.
 */
export async function recoverInterruptedSwap(target: string): Promise<void> {
  const { staging, previous } = swapPaths(target);
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target);
  await rm(previous, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}

/** Replaces `target` with the finished staging folder; the old site stays whole until the last moment. */
export async function swapIn(target: string): Promise<void> {
  const { staging, previous } = swapPaths(target);
  await rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}
