import { describe, expect, it } from 'vitest';
import { hostCpu, parseProcStat, stealShare } from '../../src/bench/host-cpu.ts';

describe('host CPU counters', () => {
  it('reads busy and steal time from the all-cores line of /proc/stat', () => {
    const text = 'cpu  1000 50 300 9000 70 5 15 200 0 0\ncpu0 500 25 150 4500 35 2 7 100 0 0\n';
    expect(parseProcStat(text)).toEqual({ busyMs: (1000 + 50 + 300 + 5 + 15) * 10, stealMs: 2000 });
    expect(() => parseProcStat('intr 1 2 3\n')).toThrow(/cpu/);
  });

  it('gives steal as a share of all cores’ time', () => {
    expect(stealShare({ busyMs: 0, stealMs: 1000 }, { busyMs: 0, stealMs: 13_000 }, 60_000, 2)).toBeCloseTo(0.1);
    expect(stealShare({ busyMs: 0, stealMs: 0 }, { busyMs: 0, stealMs: 0 }, 0, 2)).toBe(0);
  });

  it('reads this machine’s counters, which only grow', () => {
    const before = hostCpu();
    let spin = 0;
    for (let i = 0; i < 5e6; i++) spin += i;
    const after = hostCpu();
    // A Linux machine has been busy since it booted; zeros here would mean /proc/stat was not read.
    if (process.platform === 'linux') expect(before.busyMs).toBeGreaterThan(0);
    expect(spin).toBeGreaterThan(0);
    expect(after.busyMs).toBeGreaterThanOrEqual(before.busyMs);
    expect(after.stealMs).toBeGreaterThanOrEqual(before.stealMs);
  });
});
