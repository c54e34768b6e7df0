// Runs one build step as a child process and measures its wall time and the peak memory of its process tree.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

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

/** Sum of VmRSS over a process and all its descendants; 0 where /proc is unavailable. */
export async function treeRss(rootPid: number): Promise<number> {
  let entries: string[];
  try {
    entries = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  await Promise.all(
    entries.map(async (name) => {
      try {
        const status = await readFile(`/proc/${name}/status`, 'utf8');
        const ppid = /^PPid:\s+(\d+)/m.exec(status);
        const vmRss = /^VmRSS:\s+(\d+) kB/m.exec(status);
        parents.set(Number(name), ppid ? Number(ppid[1]) : 0);
        rss.set(Number(name), vmRss ? Number(vmRss[1]) * 1024 : 0);
      } catch {
        // The process ended while we looked: it no longer counts.
      }
    }),
  );
  let total = 0;
  for (const pid of parents.keys()) {
    for (let cursor: number | undefined = pid; cursor; cursor = parents.get(cursor)) {
      if (cursor === rootPid) {
        total += rss.get(pid) ?? 0;
        break;
      }
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
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling) return;
    sampling = true;
    void treeRss(pid).then((rss) => {
      peak = Math.max(peak, rss);
      sampling = false;
    });
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
