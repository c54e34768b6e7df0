// The problem catalogue is whole: every code the source writes is in it, every entry is written somewhere, and the README lists exactly its codes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROBLEMS, problem, type ProblemCode } from '../../src/pipeline/problems.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CATALOGUE_FILE = 'src/pipeline/problems.ts';
const CODES = Object.keys(PROBLEMS) as ProblemCode[];

/** The README's list of checks, as the catalogue says it: one row per code, in the catalogue's order. */
function problemsTable(): string {
  const rows = CODES.map((code) => {
    const { severity, summary } = PROBLEMS[code];
    return `| \`${code}\` | ${severity} | ${summary.zh} | ${summary.en} |`;
  });
  return ['| code | severity | 中文 | English |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Every source file under src/, as [path relative to the project, text]. */
function sourceFiles(): [string, string][] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|tsx|astro|mjs)$/.test(path))
    .map((path) => [`src/${path.replaceAll('\\', '/')}`, readFileSync(join(ROOT, 'src', path), 'utf8')]);
}

/** `code: 'x'`, and both codes of `code: test ? 'x' : 'y'`. */
const WRITTEN_CODE = /\bcode: (?:[^'\n,]*\? )?'([a-z][a-z0-9-]*)'(?: : '([a-z][a-z0-9-]*)')?/g;
const QUOTED = /'([a-z][a-z0-9-]*)'/g;
/** Files that make or read problems: the only places a quoted code counts as a use. */
const IMPORTS_PROBLEMS = /from '[^']*\/(?:report|problems)\.ts'/;

describe('the problem catalogue', () => {
  const files = sourceFiles().filter(([path]) => path !== CATALOGUE_FILE);

  it('has every code the source writes', () => {
    const unknown: string[] = [];
    for (const [path, text] of files) {
      for (const match of text.matchAll(WRITTEN_CODE)) {
        for (const code of match.slice(1)) if (code !== undefined && !(code in PROBLEMS)) unknown.push(`${path}: ${code}`);
      }
    }
    expect(unknown, `codes missing from ${CATALOGUE_FILE}`).toEqual([]);
  });

  it('has no entry the source never uses', () => {
    const used = new Set<string>();
    for (const [, text] of files) {
      if (!IMPORTS_PROBLEMS.test(text)) continue;
      for (const match of text.matchAll(QUOTED)) used.add(match[1]!);
    }
    expect(
      CODES.filter((code) => !used.has(code)),
      `catalogued codes that no file under src/ uses: remove them from ${CATALOGUE_FILE}`,
    ).toEqual([]);
  });

  it('says what each check catches in one sentence per language, fit for a table row', () => {
    for (const code of CODES) {
      const { zh, en } = PROBLEMS[code].summary;
      expect(zh, code).toMatch(/^[^|\n]+。$/);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(en, code).toMatch(/^[^|\n]+\.$/);
    }
  });

  it('gives a problem its severity from the catalogue, first, and keeps the other fields in their order', () => {
    const made = problem({ file: 'a.csv', line: 2, code: 'over-disbursed', message: { zh: '甲。', en: 'A.' } });
    expect(Object.keys(made)).toEqual(['severity', 'file', 'line', 'code', 'message']);
    expect(made.severity).toBe('warning');
    expect(problem({ code: 'photo-not-image', file: 'photos/x.jpg', message: { zh: '甲。', en: 'A.' } }, 'warning').severity).toBe('warning');
  });
});

describe('README.md', () => {
  it('lists exactly the catalogued problems, as the catalogue says them', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- problems:start -->\n([\s\S]*?)\n<!-- problems:end -->/.exec(readme)?.[1];
    const expected = problemsTable();
    expect(block, 'README.md has no <!-- problems:start --> … <!-- problems:end --> block').toBeDefined();
    expect(block, `README.md's list of problems differs from ${CATALOGUE_FILE}; put this between its markers:\n\n${expected}\n`).toBe(expected);
  });
});
