// Runs one build step as a child process and measures its wall time and the peak memory of its process tree.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface StepTiming {
  step: string;
  wallMs: number;
  /** Highest sum of resident memory over the step's process tree, sampled every 100 ms (Linux /proc). */
  peakRssBytes: number;
  /** The step this one ran beside, at the same time (its time is not added to the total). */
  alongside?: string;
}

export interface StepResult extends StepTiming {
  exitCode: number;
}

const PAGE_BYTES = 4096;

/**
 * Sum of resident memory over a process and all its descendants; 0 where /proc is unavailable. Walks down
 * the tree through /proc/<pid>/task/<tid>/children, so a sample reads a few small files (the tree's own
 * processes), not every process on the machine: sampled ten times a second through a build, reading all of
 * /proc cost the benchmark's orchestrator a third of a core.
 */
export function treeRss(rootPid: number): number {
  let total = 0;
  const pending = [rootPid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    try {
      // statm: size resident shared … in pages; the second field is the resident set.
      total += Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1] ?? 0) * PAGE_BYTES;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').split(' ')) {
          if (child.trim()) pending.push(Number(child));
        }
      }
    } catch {
      // The process ended while we looked (or there is no /proc): it no longer counts.
    }
  }
  return total;
}

/** Runs `node <script> ...args` on the same Node binary, forwarding output, and measures it. */
export async function runNodeStep(
  step: string,
  script: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; quiet?: boolean } = {},
): Promise<StepResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const peak = child.pid ? peakMemory(child.pid) : undefined;
  const exitCode = await new Promise<number>((resolve) => {
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  return { step, exitCode, wallMs: Math.round(performance.now() - started), peakRssBytes: peak?.stop() ?? 0 };
}

/** Samples a process tree's resident memory every 100 ms until stopped; `stop()` gives the highest sum seen. */
export function peakMemory(pid: number): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
