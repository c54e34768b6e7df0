// Without the chart font the build fails before Astro starts, with the named problem chart-font-missing, and the
// published site stays as it was. The font is hidden from this process (the orchestrator, which checks it).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSite, chartFontProblem } from '../../src/build/build-site.ts';
import { treeDigest } from './tree-digest.ts';

vi.mock('../../src/charts/font.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/charts/font.ts')>()),
  cjkFontFiles: () => undefined,
}));

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'yangguang-chart-font-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the chart font', () => {
  it('is no problem when its files are found', () => {
    expect(chartFontProblem(['/fonts/NotoSansSC_400Regular.ttf'])).toBeUndefined();
  });

  it('missing, fails the build before Astro with chart-font-missing, leaving the published site as it was', async () => {
    const outDir = join(work, 'published');
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, 'index.html'), 'kept');
    const before = await treeDigest(outDir);
    const messages: string[] = [];
    const reportPath = join(work, 'report.json');
    const result = await buildSite({
      dataDir: 'tests/fixtures/tiny-export', outDir, reportPath, today: '2026-11-03', quiet: true, log: (message) => messages.push(message),
    });

    expect(result.ok).toBe(false);
    expect(result.timings.map((timing) => timing.step)).not.toContain('Astro pages');
    expect(await treeDigest(outDir)).toEqual(before);
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(({ code }) => code)).toEqual(['chart-font-missing']);
    expect(errors[0]?.message.en).toContain('@expo-google-fonts/noto-sans-sc');
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as { byGroup: Record<string, { error: number; warning: number }> };
    expect(report.byGroup['fonts']).toEqual({ error: 1, warning: 0 });
    expect(messages.join('\n')).toContain('✗ 字体 fonts: 1 个错误 1 error (chart-font-missing)');
  });
});
