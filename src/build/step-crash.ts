// Loaded into every build step (`node --import`, by stages.ts): an error the step did not catch is still printed as
// Node prints it (personal numbers masked, like every message), and also written as a small crash report — what
// failed, on which file — that the orchestrator turns into a named problem.
import { writeFileSync } from 'node:fs';
import { maskPersonalData } from '../pipeline/personal-data.ts';

/** Where the step writes its crash report; set by the orchestrator for each step it starts. */
export const CRASH_REPORT_ENV = 'YANGGUANG_STEP_CRASH_REPORT';

export interface StepCrash {
  /** `Error`, `SyntaxError`, … */
  name: string;
  message: string;
  /** Node's error code, e.g. ENOENT, EACCES, ENOSPC. */
  code?: string;
  /** The file the failing call was about, when Node says so. */
  path?: string;
}

export function describeCrash(error: unknown): StepCrash {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { code, path } = error as NodeJS.ErrnoException;
  return {
    name: error.name,
    message: error.message.slice(0, 500),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof path === 'string' ? { path } : {}),
  };
}

const reportPath = process.env[CRASH_REPORT_ENV];
if (reportPath) {
  process.on('uncaughtException', (error) => {
    process.stderr.write(`${maskPersonalData(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    try {
      writeFileSync(reportPath, JSON.stringify(describeCrash(error)));
    } catch {
      // The report is a courtesy: the step fails either way, and the orchestrator says so without it.
    }
    process.exit(1);
  });
}
