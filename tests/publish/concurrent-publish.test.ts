// Two publishes at once, as two operators might start them: two processes of scripts/publish.ts on the same data/.
// Exactly one publishes and says so; the other refuses with the lock message, exits non-zero and touches nothing;
// the release history holds every release reported published, and that release is the one live in data/.
//
// A publish without a build holds the lock for about a second; a real one, for the minutes its build takes. To
// stand for that, whichever process takes the lock is paused (SIGSTOP) until the other has ended: the two always
// overlap, however the machine schedules them.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoreIndex } from '../../src/publish/store.ts';
import { sampleExport, workFolder } from './fixture.ts';

const RUNS = 5;

interface Publish {
  release: string;
  child: ChildProcess;
  report: string;
  ended: Promise<{ code: number | null; stderr: string }>;
}

let work: string;
let exports: Record<string, string>;

beforeAll(async () => {
  work = await workFolder('concurrent');
  exports = { '2026-12-01': await sampleExport(work, '2026-12-01'), '2027-01-01': await sampleExport(work, '2027-01-01') };
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function startPublish(root: string, release: string): Publish {
  const report = join(root, `report-${release}.json`);
  const args = ['scripts/publish.ts', exports[release]!, '--data', join(root, 'data'), '--out', join(root, 'dist'), '--report', report, '--no-build'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { release, child, report, ended: new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr }))) };
}

/** The pid in the lock file, once one of `publishes` holds it. */
async function lockHolder(lock: string, publishes: readonly Publish[]): Promise<Publish> {
  for (;;) {
    const text = await readFile(lock, 'utf8').catch(() => '');
    let pid: number | undefined;
    try {
      pid = (JSON.parse(text) as { pid: number }).pid;
    } catch {
      // Not there yet, or created and not yet written.
    }
    const holder = publishes.find((one) => one.child.pid === pid);
    if (holder) return holder;
    if (publishes.every((one) => one.child.exitCode !== null)) throw new Error('no publish was seen holding the lock');
    await sleep(5);
  }
}

describe('two publishes started together or a second apart', { timeout: 120_000 }, () => {
  for (let run = 1; run <= RUNS; run += 1) {
    const apart = run % 2 === 0;
    it(`run ${run} of ${RUNS} (${apart ? 'a second apart' : 'at once'}): one publishes, the other refuses with the lock message`, async () => {
      const root = join(work, `run-${run}`);
      await mkdir(root);
      const releases = run % 4 < 2 ? ['2026-12-01', '2027-01-01'] : ['2027-01-01', '2026-12-01'];
      const lock = join(root, 'data.publish.lock');
      const publishes: Publish[] = [];
      let paused: Publish | undefined;
      try {
        publishes.push(startPublish(root, releases[0]!));
        if (apart) {
          paused = await lockHolder(lock, publishes);
          paused.child.kill('SIGSTOP');
          await sleep(1000);
          publishes.push(startPublish(root, releases[1]!));
        } else {
          publishes.push(startPublish(root, releases[1]!));
          paused = await lockHolder(lock, publishes);
          paused.child.kill('SIGSTOP');
        }
        const other = publishes.find((one) => one !== paused)!;
        const refused = await other.ended;
        paused.child.kill('SIGCONT');
        const published = await paused.ended;
        paused = undefined;

        const [winner, loser] = publishes[0] === other ? [publishes[1]!, publishes[0]] : [publishes[0]!, publishes[1]!];
        expect(published.code, published.stderr).toBe(0);
        expect(published.stderr).toContain(`✓ 已发布 ${winner.release}。Published release ${winner.release}.`);
        expect(refused.code, refused.stderr).toBe(1);
        expect(refused.stderr).toMatch(new RegExp(`另一个发布正在进行（进程 ${winner.child.pid}，开始于 [^）]+）`));
        expect(refused.stderr).toMatch(new RegExp(`Another publish is in progress \\(process ${winner.child.pid}, started at `));
        expect(refused.stderr).not.toContain('已发布');
        expect(refused.stderr).not.toMatch(/ENOENT|\n\s+at /);
        expect(existsSync(loser!.report)).toBe(false);

        // What was reported published is recorded and live; nothing of either publish is left beside data/.
        const history = (await readStoreIndex(join(root, 'data'))).releases.map((entry) => entry.release);
        expect(history).toEqual([winner.release]);
        const live = JSON.parse(await readFile(join(root, 'data', 'release.json'), 'utf8')) as { release: string };
        expect(live.release).toBe(winner.release);
        expect((await readdir(root)).sort()).toEqual(['data', `report-${winner.release}.html`, `report-${winner.release}.json`]);
      } finally {
        paused?.child.kill('SIGCONT');
        for (const one of publishes) if (one.child.exitCode === null) one.child.kill();
      }
    });
  }
});
