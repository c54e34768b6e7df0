// The stage runner: build steps as measured child processes, their timings recorded, and steps that run side by
// side stopped together at the first failure. What the steps are and in which order is build-site.ts's business.
import { problem } from '../pipeline/problems.ts';
import type { Problem } from '../pipeline/report.ts';
import { runNodeStep, type StepOptions, type StepResult, type StepTiming } from './measure.ts';

export interface StepRunnerOptions {
  /** The folder steps run from unless a step says otherwise. */
  cwd: string;
  /** Hide the steps' own output (tests). */
  quiet: boolean;
}

export class StepRunner {
  readonly timings: StepTiming[] = [];
  readonly #options: StepRunnerOptions;

  constructor(options: StepRunnerOptions) {
    this.#options = options;
  }

  /** A step as a child process, measured but not recorded. */
  measure(step: string, script: string, args: readonly string[], how: StepOptions = {}): Promise<StepResult> {
    return runNodeStep(step, script, [...args], { cwd: this.#options.cwd, quiet: this.#options.quiet, ...how });
  }

  /** A step on its own: run, measured and recorded. */
  async run(step: string, script: string, args: readonly string[], how: StepOptions = {}): Promise<StepResult> {
    const result = await this.measure(step, script, args, how);
    this.record(result);
    return result;
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
  #failure: StepResult | undefined;

  constructor(runner: StepRunner) {
    this.#runner = runner;
  }

  /** The step that failed first, if any. */
  get failure(): StepResult | undefined {
    return this.#failure;
  }

  /** Runs a step of this stage; undefined when the stage had already failed. */
  async step(step: string, script: string, args: readonly string[], how: StepOptions = {}): Promise<StepResult | undefined> {
    if (this.#failure) return undefined;
    const alongside = [...this.#running][0];
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

  close(): void {
    for (const { result, alongside } of this.#started) if (result) this.#runner.record(result, alongside);
  }
}

export const succeeded = (result: StepResult | undefined): boolean => result?.exitCode === 0;

/** The problem a failed step leaves when it reported none of its own. */
export function stepFailed(step: string, result: StepResult): Problem {
  return problem({
    code: 'build-step-failed',
    file: '',
    message: {
      zh: `构建步骤「${step}」失败（退出码 ${result.exitCode}），详见上方输出。`,
      en: `Build step "${step}" failed (exit code ${result.exitCode}); see the output above.`,
    },
  });
}
