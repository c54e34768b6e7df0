// Work folders of killed builds are removed by the next build; those of running builds, and anything else, stay.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeAbandonedWorkFolders, workFolder } from '../../src/build/work-folders.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'yangguang-work-folders-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('removeAbandonedWorkFolders', () => {
  it("removes the folders of builds whose process has ended, and only those", async () => {
    const dead = await deadPid();
    const folders = [workFolder(root, dead, 1), workFolder(root, process.ppid, 2), workFolder(root, process.pid, 3), join(root, 'photo-cache')];
    for (const folder of folders) await mkdir(join(folder, 'dataset'), { recursive: true });
    expect(await removeAbandonedWorkFolders(root)).toEqual([`build-${dead}-1`]);
    expect((await readdir(root)).sort()).toEqual([`build-${process.pid}-3`, `build-${process.ppid}-2`, 'photo-cache'].sort());
  });

  it('does nothing when there is no folder yet', async () => {
    expect(await removeAbandonedWorkFolders(join(root, 'missing'))).toEqual([]);
  });
});
