// The benchmark's memory figures come from sampling a step's process tree: a grandchild's memory must count.
import { describe, expect, it } from 'vitest';
import { runNodeStep, treeUsage } from '../../src/build/measure.ts';

const MiB = 2 ** 20;

describe('measuring a step', () => {
  it('counts the resident memory of the step and of the processes it starts', async () => {
    // The child starts a grandchild that holds 200 MiB for a second, then waits for it.
    const grandchild = 'const held = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => held.length, 1000)';
    const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}])`;
    const result = await runNodeStep('grandchild holds memory', '-e', [child]);
    expect(result.exitCode).toBe(0);
    expect(result.peakRssBytes).toBeGreaterThan(200 * MiB);
    expect(result.peakRssBytes).toBeLessThan(1024 * MiB);
    expect(result.wallMs).toBeGreaterThanOrEqual(1000);
  });

  it('counts the CPU time of a grandchild that has ended', async () => {
    // A second of CPU, however busy the machine is.
    const busy = 'while (process.cpuUsage().user < 5e5);';
    const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(busy)}]); setTimeout(() => {}, 300)`;
    const result = await runNodeStep('grandchild computes', '-e', [child]);
    expect(result.cpuMs).toBeGreaterThanOrEqual(450);
    expect(result.cpuMs).toBeLessThan(result.wallMs * 2 + 200);
  }, 30_000);

  it('reads this process’s own memory, and nothing for a process that does not exist', () => {
    expect(treeUsage(process.pid).rssBytes).toBeGreaterThan(10 * MiB);
    expect(treeUsage(2 ** 22 + 1)).toEqual({ rssBytes: 0, cpuMs: 0 });
  });
});
