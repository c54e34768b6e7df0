// The publish lock: exclusive while held, refused with who holds it and since when, and taken over once its
// process is gone (or its file was left half-written long ago); a publish that finds it held touches nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquirePublishLock } from '../../src/publish/publish-lock.ts';
import { publish } from '../../src/publish/publish.ts';
import { fakeBuild, novemberExport, workFolder } from './fixture.ts';

let work: string;
beforeAll(async () => {
  work = await workFolder('lock');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const lockIn = async (name: string) => {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  return join(dir, 'data.publish.lock');
};

/** The pid of a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

const holderText = (pid: number, host = hostname()) => JSON.stringify({ pid, host, startedAt: '2026-12-01T02:03:04.000Z' });

describe('the publish lock', () => {
  it('is held by one publish at a time, and the second is told by whom and since when', async () => {
    const path = await lockIn('held');
    const first = await acquirePublishLock(path);
    expect(first.held).toBe(true);
    const second = await acquirePublishLock(path);
    if (second.held) throw new Error('two holders');
    expect(second.problem.code).toBe('publish-in-progress');
    expect(second.problem.message.zh).toMatch(new RegExp(`^另一个发布正在进行（进程 ${process.pid}，开始于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d（北京时间））`));
    expect(second.problem.message.en).toMatch(new RegExp(`^Another publish is in progress \\(process ${process.pid}, started at `));
    if (first.held) await first.release();
    expect(existsSync(path)).toBe(false);
    const third = await acquirePublishLock(path);
    expect(third.held).toBe(true);
    if (third.held) await third.release();
  });

  it('takes over a lock whose process has died, and leaves nothing of it behind', async () => {
    const path = await lockIn('stale');
    await writeFile(path, holderText(await deadPid()));
    const attempt = await acquirePublishLock(path);
    expect(attempt.held).toBe(true);
    if (attempt.held) await attempt.release();
    expect(await readdir(join(work, 'stale'))).toEqual([]);
  });

  it('refuses while a live process holds it, or one on another machine that cannot be looked at', async () => {
    const live = await lockIn('live');
    await writeFile(live, holderText(process.ppid));
    const refused = await acquirePublishLock(live);
    expect(refused.held).toBe(false);
    if (!refused.held) expect(refused.problem.message.zh).toContain('2026-12-01 10:03:04（北京时间）');

    const remote = await lockIn('remote');
    await writeFile(remote, holderText(await deadPid(), 'another-host.example'));
    const elsewhere = await acquirePublishLock(remote);
    expect(elsewhere.held).toBe(false);
    if (!elsewhere.held) expect(elsewhere.problem.message.en).toContain('on another-host.example');
  });

  it('names the holder of a lock created at the same moment, once it has written who it is', async () => {
    const path = await lockIn('same-moment');
    await writeFile(path, '');
    setTimeout(() => void writeFile(path, holderText(process.ppid)), 100);
    const attempt = await acquirePublishLock(path);
    if (attempt.held) throw new Error('two holders');
    expect(attempt.problem.message.en).toContain(`(process ${process.ppid}, started at 2026-12-01 10:03:04 Beijing time)`);
  });

  it('waits for a half-written lock, and takes it over once it is old', async () => {
    const path = await lockIn('half');
    await writeFile(path, '');
    expect((await acquirePublishLock(path)).held).toBe(false);
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(path, longAgo, longAgo);
    const attempt = await acquirePublishLock(path);
    expect(attempt.held).toBe(true);
    if (attempt.held) await attempt.release();
  });

  it('makes a publish that finds it held stop before anything, its report included', async () => {
    const dir = join(work, 'busy');
    await mkdir(dir, { recursive: true });
    const options = { dataDir: join(dir, 'data'), outDir: join(dir, 'dist'), reportPath: join(dir, 'build-report.json'), build: fakeBuild, site: 'https://gongshi.example.gov.cn', log: () => {} };
    const lock = await acquirePublishLock(join(dir, 'data.publish.lock'));
    try {
      const outcome = await publish({ ...options, exportDir: await novemberExport(dir) });
      expect(outcome.status).toBe('busy');
      expect((await readdir(dir)).sort()).toEqual(['data.publish.lock', 'incoming-2026-11-01']);
    } finally {
      if (lock.held) await lock.release();
    }
    expect((await publish({ ...options, exportDir: join(dir, 'incoming-2026-11-01') })).status).toBe('published');
    expect(existsSync(join(dir, 'data.publish.lock'))).toBe(false);
  });
});
