// The machine's CPU time as Linux counts it (/proc/stat), to tell a slow build from a slow host: on a virtual
// machine the host may run other guests on "our" cores (steal time), and then identical builds differ by
// 15 % or more in wall time.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Clock ticks per second in /proc/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface HostCpu {
  /** Time all cores spent working (user, nice, system, interrupts). */
  busyMs: number;
  /** Time the hypervisor gave our cores to someone else. */
  stealMs: number;
}

/** Parses the first ("cpu", all cores) line of /proc/stat. */
export function parseProcStat(text: string): HostCpu {
  const line = text.split('\n').find((candidate) => candidate.startsWith('cpu '));
  if (!line) throw new Error('/proc/stat has no "cpu" line');
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;
  return { busyMs: ms(user + nice + system + irq + softirq), stealMs: ms(steal) };
}

/** The machine's CPU counters now; zeros without /proc. */
export function hostCpu(): HostCpu {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'latin1'));
  } catch {
    return { busyMs: 0, stealMs: 0 };
  }
}

/** Steal between two readings, as a share of all cores' time over `wallMs`. */
export function stealShare(before: HostCpu, after: HostCpu, wallMs: number, cores = availableParallelism()): number {
  return wallMs > 0 ? (after.stealMs - before.stealMs) / (wallMs * cores) : 0;
}
