// Each build's private folder, .yangguang/build-<pid>-<time>/ (dataset, indexes, step reports): removed when the build
// ends, and by the next build when the build that made it was killed before it could.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from './process-alive.ts';

const WORK_FOLDER = /^build-(\d+)-\d+$/;

export function workFolder(root: string, pid = process.pid, now = Date.now()): string {
  return join(root, `build-${pid}-${now}`);
}

/** Removes the work folders in `root` whose build process no longer runs; returns their names. */
export async function removeAbandonedWorkFolders(root: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return [];
  }
  const abandoned = names.filter((name) => {
    const pid = Number(WORK_FOLDER.exec(name)?.[1]);
    // This process's own pid may be a build running beside this one (or a folder from before a reboot): left alone.
    return pid > 0 && pid !== process.pid && !isProcessAlive(pid);
  });
  await Promise.all(abandoned.map((name) => rm(join(root, name), { recursive: true, force: true })));
  return abandoned;
}
