// The stage runner: build steps as measured child processes, their timings recorded, and steps that run side by
// side stopped together at the first failure. What the steps are and in which order is build-site.ts's business.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem } from '../pipeline/problems.ts';
import type { Bilingual, Problem } from '../pipeline/report.ts';
import { runNodeStep, type StepOptions, type StepResult, type StepTiming } from './measure.ts';
import { CRASH_REPORT_ENV, type StepCrash } from './step-crash.ts';

export interface StepRunnerOptions {
  /** The folder steps run from unless a step says otherwise. */
  cwd: string;
  /** Hide the steps' own output (tests). */
  quiet: boolean;
  /** Where steps write their crash reports (the build's work folder); without it a crash is known by its exit code only. */
  crashReports?: string;
}

/** A step's result, and what it reported about an error it did not catch. */
export interface StepRun extends StepResult {
  crash?: StepCrash;
}

const CRASH_HANDLER = new URL('./step-crash.ts', import.meta.url).href;

export class StepRunner {
  readonly timings: StepTiming[] = [];
  readonly #options: StepRunnerOptions;
  #started = 0;

  constructor(options: StepRunnerOptions) {
    this.#options = options;
  }

  /** A step as a child process, measured but not recorded. */
  async measure(step: string, script: string, args: readonly string[], how: StepOptions = {}): Promise<StepRun> {
    const { cwd, quiet, crashReports } = this.#options;
    const report = crashReports ? join(crashReports, `crash-${(this.#started += 1)}.json`) : undefined;
    // YANGGUANG_CPU_PROFILE=<folder>: every step writes a V8 CPU profile there (for engineers: where a step's time goes).
    const profile = process.env['YANGGUANG_CPU_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['YANGGUANG_CPU_PROFILE']}`] : [];
    const result = await runNodeStep(step, script, [...args], {
      cwd,
      quiet,
      ...how,
      ...(report ? { env: { ...how.env, [CRASH_REPORT_ENV]: report } } : {}),
      nodeFlags: [...(report ? ['--import', CRASH_HANDLER] : []), ...profile, ...(how.nodeFlags ?? [])],
    });
    const crash = report && result.exitCode !== 0 ? readCrashReport(report) : undefined;
    return crash ? { ...result, crash } : result;
  }

  /** A step on its own: run, measured and recorded. */
  async run(step: string, script: string, args: readonly string[], how: StepOptions = {}): Promise<StepRun> {
    const result = await this.measure(step, script, args, how);
    this.record(result);
    return result;
  }

  /**
   * Work the build's own process does between steps (fingerprints, linking reused files, the manifest), measured like
   * a step: its wall time, this process's CPU time meanwhile (steps running beside it are not counted) and its memory.
   */
  async inline<T>(step: string, work: () => T | Promise<T>, alongside?: string): Promise<T> {
    const began = performance.now();
    const cpu = process.cpuUsage();
    try {
      return await work();
    } finally {
      const used = process.cpuUsage(cpu);
      this.record({ step, wallMs: performance.now() - began, peakRssBytes: process.memoryUsage().rss, cpuMs: (used.user + used.system) / 1000, exitCode: 0 }, alongside);
    }
  }

  record({ step, wallMs, peakRssBytes, cpuMs }: StepResult, alongside?: string): void {
    this.timings.push({ step, wallMs, peakRssBytes, ...(cpuMs !== undefined ? { cpuMs } : {}), ...(alongside ? { alongside } : {}) });
  }

  /** Steps that run side by side: see Stage. */
  stage(): Stage {
    return new Stage(this);
  }
}

/**
 * Steps started while others of the stage may still run. Each notes which step it started beside; the first
 * failure stops the others at once (the build has failed, and their minutes would be wasted) and no further
 * step starts. `close` records every step's timing in the order they started.
 */
export class Stage {
  readonly #runner: StepRunner;
  readonly #abort = new AbortController();
  readonly #running = new Set<string>();
  readonly #started: { result?: StepResult; alongside?: string }[] = [];
  #failure: StepRun | undefined;

  constructor(runner: StepRunner) {
    this.#runner = runner;
  }

  /** The step that failed first, if any. */
  get failure(): StepRun | undefined {
    return this.#failure;
  }

  /**
   * Runs a step of this stage; undefined when the stage had already failed. `beside`: what it runs beside when no other
   * step of the stage is running (steps outside the stage).
   */
  async step(step: string, script: string, args: readonly string[], how: StepOptions = {}, beside?: string): Promise<StepRun | undefined> {
    if (this.#failure || this.#abort.signal.aborted) return undefined;
    const alongside = [...this.#running][0] ?? beside;
    const entry: { result?: StepResult; alongside?: string } = alongside ? { alongside } : {};
    this.#started.push(entry);
    this.#running.add(step);
    const result = await this.#runner.measure(step, script, args, { ...how, signal: this.#abort.signal }).finally(() => this.#running.delete(step));
    entry.result = result;
    if (result.exitCode !== 0 && !this.#failure) {
      this.#failure = result;
      this.#abort.abort();
    }
    return result;
  }

  /** Stops the steps running and starts no other (the build failed elsewhere). */
  abort(): void {
    this.#abort.abort();
  }

  close(): void {
    for (const { result, alongside } of this.#started) if (result) this.#runner.record(result, alongside);
  }
}

export const succeeded = (result: StepResult | undefined): boolean => result?.exitCode === 0;

function readCrashReport(path: string): StepCrash | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as StepCrash;
  } catch {
    return undefined;
  }
}

/**
 * The problem a failed step leaves when it reported none of its own: the step, what failed and on which file (from
 * its crash report), and what to do; a step that ended without a report (killed, out of memory) says that.
 */
export function stepFailed(step: string, result: StepRun): Problem {
  const { crash } = result;
  const what: Bilingual = crash
    ? {
        zh: `意外出错（${crash.name}: ${crash.message}）${crash.path ? `，出错的文件：${crash.path}` : ''}`,
        en: `an unexpected ${crash.name}: ${crash.message}${crash.path ? ` (the file: ${crash.path})` : ''}`,
      }
    : result.exitCode >= 128
      ? { zh: `进程被终止（退出码 ${result.exitCode}），可能是内存不足或被人停止`, en: `its process was stopped (exit code ${result.exitCode}), perhaps out of memory or by someone` }
      : { zh: `进程以退出码 ${result.exitCode} 结束（原因见上方这个步骤自己的输出）`, en: `its process ended with exit code ${result.exitCode} (its own output above says why)` };
  const advice = crash ? crashAdvice(crash.code) : result.exitCode >= 128 ? STOPPED : UNEXPECTED;
  return problem({
    code: 'build-step-failed',
    file: crash?.path ?? '',
    message: {
      zh: `构建步骤「${step}」失败：${what.zh}。${advice.zh}`,
      en: `Build step "${step}" failed: ${what.en}. ${advice.en}`,
    },
  });
}

const UNEXPECTED: Bilingual = {
  zh: '这是构建程序本身的意外错误，不是数据检查能发现的问题：请重新构建；如果再次出现，请把 build-report.json 和上方的输出交给维护人员。',
  en: 'This is an unexpected fault of the build itself, not one the data checks know: build again; if it happens again, give build-report.json and the output above to the maintainers.',
};

const STOPPED: Bilingual = {
  zh: '请确认机器有足够的空闲内存（npm run bench 列出各步骤的内存峰值），然后重新构建。',
  en: 'Make sure the machine has enough free memory (npm run bench lists each step’s peak), then build again.',
};

/** What to do about an error Node names by its code. */
function crashAdvice(code: string | undefined): Bilingual {
  switch (code) {
    case 'ENOENT':
      return {
        zh: '这个文件在构建中途不见了：构建进行时不要移动或删除导出文件夹和 .yangguang/ 中的文件，然后重新构建。',
        en: 'The file went missing during the build: do not move or delete files of the export folder or .yangguang/ while a build runs, then build again.',
      };
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有读写这个文件的权限：检查它和所在文件夹的权限，然后重新构建。', en: "The build may not read or write this file: check its permissions and its folder's, then build again." };
    case 'ENOSPC':
    case 'EDQUOT':
      return { zh: '磁盘已满：腾出空间后重新构建。', en: 'The disk is full: free some space, then build again.' };
    case 'EISDIR':
    case 'ENOTDIR':
    case 'EEXIST':
      return {
        zh: '文件和文件夹冲突（应是文件的地方是文件夹，或相反）：检查这个路径——某个编号或文件名可能与网站自己使用的路径相同。',
        en: 'A file and a folder collide (a folder where a file should be, or the reverse): check this path — an id or file name may equal a path the site itself uses.',
      };
    case 'EMFILE':
    case 'ENFILE':
      return { zh: '同时打开的文件太多：提高上限（ulimit -n）后重新构建。', en: 'Too many files are open at once: raise the limit (ulimit -n), then build again.' };
    default:
      return UNEXPECTED;
  }
}
