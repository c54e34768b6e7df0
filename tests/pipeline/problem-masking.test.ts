// No problem prints a personal number whole: not in the terminal text, not in build-report.json, whatever field of the problem it came in by.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExport } from '../../src/pipeline/load.ts';
import { findPersonalData } from '../../src/pipeline/personal-data.ts';
import { PROBLEMS, problem, type ProblemCode } from '../../src/pipeline/problems.ts';
import { buildReport, formatGroupedSummary, formatProblems, type Problem } from '../../src/pipeline/report.ts';
import { brokenExport, replaceIn } from './helpers.ts';

const MOBILE = '13992851234';
const ID = '610902198001011230';
const CARD = '6222021234567890128';

/** The numbers, plain and disguised as publishers write them. */
const WRITTEN: [digits: string, written: string][] = [
  [MOBILE, MOBILE],
  [MOBILE, '139.9285.1234'],
  [MOBILE, '139\u200b9285\u200b1234'],
  [MOBILE, '１３９－９２８５－１２３４'],
  [MOBILE, `abc${MOBILE}`],
  [ID, '610902 1980 0101 1230'],
  [ID, '6109021980\n01011230'],
  [ID, `face${ID}.png`],
  [CARD, '6222\u00a00212\u00a03456\u00a07890\u00a0128'],
];

const META = { exportDir: 'data', startedAt: '2026-11-03T00:00:00Z', finishedAt: '2026-11-03T00:00:01Z', ok: false };

/** Every way the problems reach a reader: the terminal's text, the closing summary, build-report.json. */
function printed(problems: Problem[]): string {
  return `${formatProblems(problems)}\n${formatGroupedSummary(problems)}\n${JSON.stringify(buildReport(problems, META), null, 2)}`;
}

/** Numbers the text shows whole: found by the gate itself, or as a plain run of digits once everything else is taken out. */
function shownWhole(text: string, numbers: readonly string[]): string[] {
  const digits = text.replace(/\\n/g, '').replace(/[^0-9]/g, '');
  return [...findPersonalData(text).map((hit) => hit.masked), ...numbers.filter((number) => digits.includes(number))];
}

describe('masking in every problem', () => {
  const codes = Object.keys(PROBLEMS) as ProblemCode[];

  it(`prints none of ${WRITTEN.length} written numbers whole, in any of the ${codes.length} kinds of problem, whichever field holds it`, () => {
    const leaks: string[] = [];
    for (const code of codes) {
      for (const [digits, written] of WRITTEN) {
        const made = problem({
          code,
          file: `photos/${written}.jpg`,
          row: 3,
          recordId: written,
          line: 4,
          column: 2,
          field: written,
          value: written,
          message: { zh: `photos/ 中没有照片「${written}.jpg」；公示编号「${written}」在 notices.csv 中不存在。`, en: `No photo "${written}.jpg"; "${written}" is not a notice.` },
          entity: { table: 'honorees', id: written },
        });
        const found = shownWhole(printed([made]), [digits]);
        if (found.length > 0) leaks.push(`${code} ${JSON.stringify(written)}: ${found.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('prints none whole from a real export: a photo name, a reference, a duplicate key, a header, release.json and the boundaries', async () => {
    const { dir, cleanup } = await brokenExport(async (dir) => {
      // A photo named after a mobile number that photos/ does not have, and a file that is not an image.
      await replaceIn(dir, 'honorees.csv', 'zhang-minghua.png', `${MOBILE}.jpg`);
      await mkdir(join(dir, 'photos'), { recursive: true });
      await writeFile(join(dir, 'photos', '139.9285.1234.jpg'), 'not an image');
      // A reference to a notice that does not exist, written as a mobile.
      await replaceIn(dir, 'honorees.csv', 'N2025-01', MOBILE);
      // Two projects with the same id, an ID number in groups.
      await replaceIn(dir, 'projects.csv', 'P2025-001,', '610902-19800101-1230,');
      await replaceIn(dir, 'projects.csv', 'P2025-002,', '610902-19800101-1230,');
      // A header cell holding a mobile (pairings.csv: its rows are left out, the projects' are not).
      await replaceIn(dir, 'pairings.csv', 'first_secretary', '第一书记 139-9285-1234');
      // release.json and the boundaries.
      await replaceIn(dir, 'release.json', '兴安中路 1 号', '兴安中路 1 号 139.9285.1234');
      await replaceIn(dir, 'boundaries.geojson', '"code"', `"contact": "${ID.slice(0, 10)}\\n${ID.slice(10)}", "code"`);
    });
    try {
      const { data, problems } = await loadExport(dir);
      expect(data).toBeUndefined();
      const codes = new Set(problems.map((found) => found.code));
      for (const code of ['missing-photo', 'photo-not-image', 'unknown-reference', 'duplicate-id', 'unknown-column', 'privacy-mobile', 'privacy-resident-id']) {
        expect(codes, code).toContain(code);
      }
      expect(shownWhole(printed(problems), [MOBILE, ID])).toEqual([]);
    } finally {
      await cleanup();
    }
  });
});
