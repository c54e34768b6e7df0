// A step that fails without reporting problems of its own still leaves a named problem: the step, what failed and
// on which file (from the crash report its process writes), and what to do — not a bare exit code.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepRunner, stepFailed } from '../../src/build/stages.ts';

let work: string;
let runner: StepRunner;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-stages-'));
  await mkdir(join(work, 'reports'));
  runner = new StepRunner({ cwd: work, quiet: true, crashReports: join(work, 'reports') });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function failingStep(name: string, body: string) {
  const script = join(work, `${name}.mjs`);
  await writeFile(script, body);
  const result = await runner.run(name, script, []);
  return { result, problem: stepFailed(name, result) };
}

// The failing steps print their stack traces to stderr, as a real step would.
describe('a failed step', { timeout: 30_000 }, () => {
  it('names the file it failed on and what to do, from its crash report', async () => {
    const missing = join(work, 'dataset', 'meta.json');
    const { result, problem } = await failingStep('release history', `import { readFile } from 'node:fs/promises';\nawait readFile(${JSON.stringify(missing)});\n`);
    expect(result.exitCode).toBe(1);
    expect(result.crash).toMatchObject({ code: 'ENOENT', path: missing });
    expect(problem).toMatchObject({ severity: 'error', code: 'build-step-failed', file: missing });
    expect(problem.message.zh).toContain('构建步骤「release history」失败：意外出错');
    expect(problem.message.zh).toContain(`出错的文件：${missing}`);
    expect(problem.message.en).toContain('The file went missing during the build');
  });

  it('says what went wrong when no file is known, and that it is a fault of the build to report', async () => {
    const { problem } = await failingStep('prepare', `JSON.parse('{"release": ');\n`);
    expect(problem.file).toBe('');
    expect(problem.message.en).toMatch(/^Build step "prepare" failed: an unexpected SyntaxError: .*JSON/);
    expect(problem.message.en).toContain('give build-report.json and the output above to the maintainers');
  });

  it('says when a step ended without a report, or was stopped', async () => {
    const ended = await failingStep('quiet exit', 'process.exit(3);\n');
    expect(ended.result.crash).toBeUndefined();
    expect(ended.problem.message.en).toContain('its process ended with exit code 3 (its own output above says why)');
    const killed = await failingStep('killed', `process.kill(process.pid, 'SIGKILL');\n`);
    expect(killed.problem.message.en).toContain('its process was stopped (exit code 128), perhaps out of memory');
    expect(killed.problem.message.en).toContain('enough free memory');
  });

  it('masks a personal number in the file it names', async () => {
    const { problem } = await failingStep('photos', `import { readFile } from 'node:fs/promises';\nawait readFile('/nonexistent/photos/610902198001011230.png');\n`);
    expect(JSON.stringify(problem)).not.toContain('610902198001011230');
    expect(problem.file).toBe('/nonexistent/photos/610902********1230.png');
  });
});

describe('a stage stopped from outside', { timeout: 30_000 }, () => {
  it('stops the step running, starts no other, and records what ran beside steps outside it', async () => {
    const script = join(work, 'long.mjs');
    await writeFile(script, 'setTimeout(() => {}, 60_000);\n');
    const own = new StepRunner({ cwd: work, quiet: true });
    const stage = own.stage();
    const began = performance.now();
    const long = stage.step('long', script, [], {}, 'share images');
    await new Promise((done) => setTimeout(done, 300));
    stage.abort();
    const result = await long;
    expect(result?.exitCode).not.toBe(0);
    expect(performance.now() - began).toBeLessThan(20_000);
    await expect(stage.step('after', script, [])).resolves.toBeUndefined();
    stage.close();
    expect(own.timings.map(({ step, alongside }) => [step, alongside])).toEqual([['long', 'share images']]);
  });
});
