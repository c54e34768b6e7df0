// targets.csv (optional): absent it is an empty table; present, every kind of fault is named at its row and column,
// through the whole loader over a copy of the tiny export.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExport } from '../../src/pipeline/load.ts';
import type { Problem } from '../../src/pipeline/report.ts';
import { brokenExport, TINY_EXPORT } from './helpers.ts';

const HEADER = 'year,region_code,exit_persons,exit_households,exit_villages,channel';

async function loadWithTargets(lines: readonly string[]) {
  const copy = await brokenExport((dir) => writeFile(join(dir, 'targets.csv'), [HEADER, ...lines].join('\n')));
  try {
    return await loadExport(copy.dir);
  } finally {
    await copy.cleanup();
  }
}

const brief = (problems: readonly Problem[]) =>
  problems.filter((p) => p.file === 'targets.csv').map((p) => ({ severity: p.severity, code: p.code, line: p.line, field: p.field, value: p.value }));

describe('targets.csv', () => {
  it('may be left out: the tiny export (which has none) loads with no problem about it and no targets', async () => {
    const { data, problems } = await loadExport(TINY_EXPORT);
    expect(problems.filter((p) => p.file.includes('targets'))).toEqual([]);
    expect(data?.targets).toEqual([]);
  });

  it('loads good rows: totals and channels, Chinese headers and channel names as the enumeration gives them', async () => {
    const { data, problems } = await loadWithTargets([
      '2025,610902,1000,300,2,',
      '2025,610902,600,180,,产业发展',
      '2025,610902100,500,150,1,',
      '2025,610902100201,40,12,,',
    ]);
    expect(brief(problems)).toEqual([]);
    expect(data?.targets).toEqual([
      { year: 2025, region_code: '610902', exit_persons: 1000, exit_households: 300, exit_villages: 2, channel: undefined },
      { year: 2025, region_code: '610902', exit_persons: 600, exit_households: 180, exit_villages: undefined, channel: '产业发展' },
      { year: 2025, region_code: '610902100', exit_persons: 500, exit_households: 150, exit_villages: 1, channel: undefined },
      { year: 2025, region_code: '610902100201', exit_persons: 40, exit_households: 12, exit_villages: undefined, channel: undefined },
    ]);
  });

  it('names every kind of fault: enumeration, negative count, unknown region, wrong level, village target on a village, duplicate row', async () => {
    const { data, problems } = await loadWithTargets([
      '2025,610902100,10,5,,种植养殖', // line 2: not a channel
      '2025,610902101,-3,1,,', // line 3: negative
      '2025,610902999,10,5,,', // line 4: no such region
      '2025,6109,10,5,,', // line 5: the city
      '2025,610902100201,10,5,1,', // line 6: village target on a village
      '2025,610921100,10,5,,', // line 7
      '2025,610921100,12,5,,', // line 8: same place, year and (blank) channel
      '2025,610921100,5,2,,就业扶持', // line 9: a channel row beside the total is fine
    ]);
    expect(data).toBeUndefined();
    expect(brief(problems)).toEqual([
      { severity: 'error', code: 'unknown-enum', line: 2, field: 'channel', value: '种植养殖' },
      { severity: 'error', code: 'negative-number', line: 3, field: 'exit_persons', value: '-3' },
      { severity: 'error', code: 'unknown-reference', line: 4, field: 'region_code', value: '610902999' },
      { severity: 'error', code: 'wrong-level', line: 5, field: 'region_code', value: '6109' },
      { severity: 'error', code: 'village-target-on-village', line: 6, field: 'exit_villages', value: '1' },
      { severity: 'error', code: 'duplicate-id', line: 8, field: 'region_code', value: '610921100' },
    ]);
    const duplicate = problems.find((p) => p.code === 'duplicate-id' && p.file === 'targets.csv');
    expect(duplicate?.message.zh).toBe('2025 年「610921100」（合计）已有一行（Excel 第 7 行）：每个地方每年每个脱贫渠道（留空为合计）只能有一行。');
  });

  it('warns when a target exceeds the registered poor: a township by its own row, a county by its townships, in the latest year before', async () => {
    // Tiny export 2025: 关庙镇 2,650 people / 820 households; 汉滨区 = 关庙镇 + 张滩镇 = 4,630 / 1,430; 2026 has no indicators.
    const { data, problems } = await loadWithTargets([
      '2025,610902100,2650,821,,', // households over, people equal (not over)
      '2026,610902,4631,1430,,', // the county in 2026, against 2025's sum
      '2025,610902100201,151,10,,', // a village over its 150
    ]);
    expect(data).toBeDefined();
    expect(brief(problems)).toEqual([
      { severity: 'warning', code: 'target-exceeds-poor', line: 2, field: 'exit_households', value: '821' },
      { severity: 'warning', code: 'target-exceeds-poor', line: 3, field: 'exit_persons', value: '4631' },
      { severity: 'warning', code: 'target-exceeds-poor', line: 4, field: 'exit_persons', value: '151' },
    ]);
    expect(problems.find((p) => p.line === 3 && p.file === 'targets.csv')?.message.zh).toBe(
      '「610902」2026 年的脱贫人口目标（4631）大于2025 年（2026 年之前最近一年）建档立卡人口（4630）。',
    );
  });

  it('scans every cell for personal numbers like any table, never echoing the number', async () => {
    const mobile = '13812345678';
    const { problems } = await loadWithTargets([`2025,610902100,10,5,,${mobile}`]);
    const privacy = problems.filter((p) => p.code === 'privacy-mobile');
    expect(privacy.map((p) => ({ file: p.file, line: p.line, field: p.field }))).toEqual([{ file: 'targets.csv', line: 2, field: 'channel' }]);
    expect(JSON.stringify(problems)).not.toContain(mobile);
  });
});
