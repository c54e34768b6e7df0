// Switching a finished folder in by rename, and finishing or undoing a publish that was cut short.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { publishPaths } from './store-layout.ts';

/**
 * Replaces `target` with `next`: target → replaced, next → target, replaced removed. Each rename is atomic;
 * run again after a crash at any point it completes the switch (a missing `next` means it is done).
 */
export async function switchIn(target: string, next: string, replaced: string): Promise<void> {
  if (existsSync(next)) {
    if (existsSync(target)) {
      await rm(replaced, { recursive: true, force: true });
      await rename(target, replaced);
    }
    await rename(next, target);
  }
  await rm(replaced, { recursive: true, force: true });
}

export type Recovery = 'nothing to recover' | 'rolled back' | 'rolled forward';

/**
 * Before the journal exists nothing published has changed: staged folders are removed (rolled back).
 * Once it exists everything new is complete on disk: the switches are finished (rolled forward).
 */
export async function recoverPublish(dataDir: string, outDir: string): Promise<Recovery> {
  const paths = publishPaths(dataDir, outDir);
  if (existsSync(paths.journal)) {
    await switchIn(dataDir, paths.dataNext, paths.dataReplaced);
    await switchIn(outDir, paths.siteNext, paths.siteReplaced);
    await rm(paths.journal, { force: true });
    return 'rolled forward';
  }
  // Never the case by construction, but a published folder is never lost: a replaced one comes back.
  for (const [target, replaced] of [[dataDir, paths.dataReplaced], [outDir, paths.siteReplaced]] as const) {
    if (!existsSync(target) && existsSync(replaced)) await rename(replaced, target);
  }
  // buildSite stages the next site in `<siteNext>.staging` and keeps the one it replaces as `<siteNext>.previous`.
  const leftovers = [paths.dataNext, paths.dataReplaced, paths.siteNext, paths.siteReplaced, `${paths.siteNext}.staging`, `${paths.siteNext}.previous`];
  const found = leftovers.filter((path) => existsSync(path));
  for (const path of found) await rm(path, { recursive: true, force: true });
  return found.length > 0 ? 'rolled back' : 'nothing to recover';
}
