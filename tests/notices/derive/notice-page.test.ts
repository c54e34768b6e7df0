import { describe, expect, it } from 'vitest';
import { noticeParagraphs, scopeOf } from '../../../src/notices/derive/notice-page.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { Region } from '../../../src/pipeline/schemas/index.ts';

const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '关庙镇', level: 'township', parent_code: '610902' },
  { code: '610902100201', name: '皂树村', level: 'village', parent_code: '610902100' },
];
const { nodes } = indexRegions(regions);

describe('scopeOf', () => {
  it('names a place from its county down and knows its county', () => {
    expect(scopeOf('610902100201', nodes)).toEqual({ code: '610902100201', name: '汉滨区关庙镇皂树村', level: 'village', countyCode: '610902' });
    expect(scopeOf('610902', nodes)).toMatchObject({ name: '汉滨区', countyCode: '610902' });
  });

  it('gives a city-wide notice no county', () => {
    expect(scopeOf('6109', nodes)).toEqual({ code: '6109', name: '安康市', level: 'city' });
  });
});

describe('noticeParagraphs', () => {
  it('makes each non-empty line a paragraph, whatever the line endings', () => {
    expect(noticeParagraphs('第一段。\r\n\r\n  第二段。\r第三段。\n')).toEqual(['第一段。', '第二段。', '第三段。']);
  });
});
