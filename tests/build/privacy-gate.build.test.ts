// Disguised personal numbers stop the build at the export's gate, named where the publisher fixes them, never printed whole.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import type { Problem } from '../../src/pipeline/report.ts';
import { editCsv } from './export-edit.ts';
import { treeDigest } from './tree-digest.ts';

const FIXTURE = 'tests/fixtures/tiny-export';
/** Not a real person's numbers: an ID with a valid GB 11643 check digit, and a mobile. */
const ID = '610902198001011230';
const MOBILE = '13992851234';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-privacy-gate-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the privacy gate of a build', () => {
  it('fails on an ID in groups in a notice body, an ID broken across a line and a dotted mobile in release.json, naming each where it is typed', async () => {
    const outDir = join(work, 'published');
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), '<!doctype html><title>published</title>');
    const before = await treeDigest(outDir);

    const dataDir = join(work, 'export');
    await cp(FIXTURE, dataDir, { recursive: true });
    await editCsv(dataDir, 'notices.csv', (rows) => {
      const body = rows[0]!.indexOf('正文');
      return rows.map((row) => {
        if (row[0] === 'N2025-02') return row.map((cell, at) => (at === body ? `${cell}\n联系人身份证号 610902 1980 0101 1230，电话另告。` : cell));
        if (row[0] === 'N2025-03') return row.map((cell, at) => (at === body ? `${cell}\n“经办人身份证号6109021980\n01011230，”他说。` : cell));
        return row;
      });
    });
    const release = JSON.parse(await readFile(join(dataDir, 'release.json'), 'utf8')) as { contact: { address: string } };
    release.contact.address = `${release.contact.address} 联系人 139.9285.1234`;
    await writeFile(join(dataDir, 'release.json'), JSON.stringify(release, null, 2));

    const reportPath = join(work, 'report.json');
    const messages: string[] = [];
    const result = await buildSite({ dataDir, outDir, reportPath, today: '2026-11-03', quiet: true, log: (message) => messages.push(message) });

    expect(result.ok).toBe(false);
    expect(await treeDigest(outDir)).toEqual(before);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as { ok: boolean; problems: Problem[] };
    const privacy = report.problems.filter((problem) => problem.code.startsWith('privacy-'));
    // Each at its cell: Excel row and record id of the notice, its column and header; release.json at its JSON path.
    expect(privacy.map(({ code, file, row, recordId, column, field, value }) => ({ code, file, row, recordId, column, field, value }))).toEqual([
      { code: 'privacy-mobile', file: 'release.json', row: undefined, recordId: undefined, column: undefined, field: 'contact.address', value: '139****1234' },
      { code: 'privacy-resident-id', file: 'notices.csv', row: 3, recordId: 'N2025-02', column: 12, field: '正文', value: '610902********1230' },
      { code: 'privacy-resident-id', file: 'notices.csv', row: 4, recordId: 'N2025-03', column: 12, field: '正文', value: '610902********1230' },
    ]);
    // Before any page is built: the gate is the only thing that ran to a problem.
    expect(report.problems.filter((problem) => problem.code.startsWith('output-'))).toEqual([]);
    // Never whole, in the terminal or the report, with or without its separators.
    const everything = `${JSON.stringify(report)}\n${messages.join('\n')}`;
    const digits = everything.replace(/\\n/g, '').replace(/[^0-9]/g, '');
    for (const number of [ID, MOBILE]) expect(digits).not.toContain(number);
    expect(everything).not.toContain('19800101');
    expect(everything).not.toContain('9285');
    expect(messages.join('\n')).toContain('notices.csv Excel 第 3 行（编号 N2025-02）第 12 列（正文）');
  });
});
