// Runs one build step as a child process and measures its wall time, and the peak memory and CPU time of its
// process tree.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

export interface StepTiming {
  step: string;
  wallMs: number;
  /** Highest sum of resident memory over the step's process tree, sampled every 100 ms (Linux /proc). */
  peakRssBytes: number;
  /** CPU time (user + system) of the step's process tree, as of the last sample (0 without /proc). */
  cpuMs?: number;
  /** The step this one ran beside, at the same time (its time is not added to the total). */
  alongside?: string;
}

export interface StepResult extends StepTiming {
  exitCode: number;
}

const PAGE_BYTES = 4096;
/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface TreeUsage {
  rssBytes: number;
  /** CPU time so far of the live processes and of the children they have waited for. */
  cpuMs: number;
}

/**
 * Resident memory and CPU time of a process and all its descendants; zeros where /proc is unavailable.
 * Walks down the tree through /proc/<pid>/task/<tid>/children, so a sample reads a few small files (the
 * tree's own processes), not every process on the machine: sampled ten times a second through a build,
 * reading all of /proc cost the benchmark's orchestrator a third of a core.
 */
export function treeUsage(rootPid: number): TreeUsage {
  let rssBytes = 0;
  let ticks = 0;
  const pending = [rootPid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    try {
      // statm: size resident shared … in pages; the second field is the resident set.
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1] ?? 0) * PAGE_BYTES;
      // stat: after the command in parentheses, utime stime cutime cstime are fields 14–17 (11–14 from there).
      const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpu = [11, 12, 13, 14].reduce((sum, field) => sum + Number(fields[field] ?? 0), 0);
      const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
        readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').split(' ').filter((child) => child.trim() !== '').map(Number));
      rssBytes += resident;
      ticks += cpu;
      pending.push(...children);
    } catch {
      // The process ended while we looked (or there is no /proc): its parent's waited-for time has it.
    }
  }
  return { rssBytes, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

export interface StepOptions {
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Hide the step's standard output. */
  quiet?: boolean;
  /** Ends the step's process when aborted. */
  signal?: AbortSignal;
  /** Node's own flags, before the script. */
  nodeFlags?: readonly string[];
  /** Scheduling niceness (0 normal, 19 lowest), inherited by the processes the step starts. */
  niceness?: number;
}

/** Runs `node <script> ...args` on the same Node binary, forwarding output, and measures it. */
export async function runNodeStep(
  step: string,
  script: string,
  args: readonly string[],
  options: StepOptions = {},
): Promise<StepResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), script, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
    // Aborting ends the step's process; its helpers (esbuild's and Pagefind's services) end with their pipes.
    ...(options.signal ? { signal: options.signal, killSignal: 'SIGTERM' as const } : {}),
  });
  if (child.pid && options.niceness) {
    try {
      setPriority(child.pid, options.niceness);
    } catch {
      // Not allowed here (or the step has already ended): it runs at normal priority.
    }
  }
  const watch = child.pid ? watchTree(child.pid) : undefined;
  const exitCode = await new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const usage = watch?.stop() ?? { peakRssBytes: 0, cpuMs: 0 };
  return { step, exitCode, wallMs: Math.round(performance.now() - started), ...usage };
}

/**
 * Samples a process tree every 100 ms until stopped; `stop()` gives the highest memory seen and the CPU time
 * at the last sample (the last 100 ms of a step that ends are not seen).
 */
export function watchTree(pid: number): { stop: () => { peakRssBytes: number; cpuMs: number } } {
  let peakRssBytes = 0;
  let cpuMs = 0;
  const timer = setInterval(() => {
    const usage = treeUsage(pid);
    peakRssBytes = Math.max(peakRssBytes, usage.rssBytes);
    cpuMs = Math.max(cpuMs, usage.cpuMs);
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakRssBytes, cpuMs };
    },
  };
}
