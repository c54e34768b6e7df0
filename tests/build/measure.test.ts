// The benchmark's memory figures come from sampling a step's process tree: a grandchild's memory must count.
import { getPriority } from 'node:os';
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

  it('starts the step with the given Node flags and niceness, which the processes it starts inherit', async () => {
    // The grandchild starts after the niceness is set and exits with its own; the child passes it on.
    const grandchild = 'process.exit(require("node:os").getPriority())';
    const child = `setTimeout(() => process.exit(require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}]).status), 300)`;
    // Relative to the test's own niceness, which a step started normally inherits (a niced CI runner).
    const own = getPriority();
    expect((await runNodeStep('at normal priority', '-e', [child])).exitCode).toBe(own);
    if (own <= 10) expect((await runNodeStep('at niceness 10', '-e', [child], { niceness: 10 })).exitCode).toBe(10);
    const flagged = 'process.exit(process.execArgv.includes("--max-semi-space-size=64") ? 3 : 4)';
    expect((await runNodeStep('with a flag', '-e', [flagged], { nodeFlags: ['--max-semi-space-size=64'] })).exitCode).toBe(3);
  });

  it('reads this process’s own memory, and nothing for a process that does not exist', () => {
    expect(treeUsage(process.pid).rssBytes).toBeGreaterThan(10 * MiB);
    expect(treeUsage(2 ** 22 + 1)).toEqual({ rssBytes: 0, cpuMs: 0 });
  });
});
