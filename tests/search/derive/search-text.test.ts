import { describe, expect, it } from 'vitest';
import { joinSegmentedExcerpt, segmentForIndex } from '../../../src/search/derive/search-text.ts';

/** What Pagefind's browser code does to a query typed on a Chinese page (pagefind.js, needsWordSegmentation). */
function pagefindQueryWords(query: string): string[] {
  const words = new Intl.Segmenter('zh-cn', { granularity: 'word' });
  return [...words.segment(query)]
    .map(({ segment }) => [...segment].filter((char) => !/^\p{P}$/u.test(char)).join('').toLowerCase().trim())
    .filter((word) => word !== '');
}

describe('segmentForIndex', () => {
  it('splits Chinese into the words the browser splits a query into', () => {
    const text = '2023年，唐琴婷从安康市住房和城乡建设局派驻建民街道汪槽村担任第一书记。';
    const indexed = segmentForIndex(text).split(' ');
    for (const query of ['唐琴婷', '汪槽村', '第一书记', '安康市住房和城乡建设局', '2023年']) {
      expect(indexed, query).toEqual(expect.arrayContaining(pagefindQueryWords(query)));
    }
  });

  it('puts spaces only beside Chinese: codes, numbers, mail addresses and Latin words stay whole', () => {
    expect(segmentForIndex('项目编号 XM-2024-01805 · 2024 年')).toMatch(/ XM-2024-01805 · 2024 年$/);
    expect(segmentForIndex('邮箱 fupin.office@ankang.gov.cn')).toMatch(/ fupin\.office@ankang\.gov\.cn$/);
    expect(segmentForIndex('zhang minghua zmh')).toBe('zhang minghua zmh');
  });

  it('never splits a run of digits, so that the output scan still sees every number whole', () => {
    expect(segmentForIndex('身份证号610902199001011234，电话１３８１２３４５６７８。')).toContain(' 610902199001011234 ');
    expect(segmentForIndex('电话１３８１２３４５６７８。')).toContain('１３８１２３４５６７８');
  });

  it('keeps the lines and adds no double spaces', () => {
    const segmented = segmentForIndex('张明华\n种茶致富，带动乡亲。\n明华 关庙镇');
    expect(segmented.split('\n')).toHaveLength(3);
    expect(segmented).not.toMatch(/ {2}| \n|\n /);
    expect(segmented.replaceAll(' ', '')).toBe('张明华\n种茶致富，带动乡亲。\n明华关庙镇');
  });
});

describe('joinSegmentedExcerpt', () => {
  it('gives back Chinese as written, with the marks around the matched words', () => {
    const text = '初到村里，她用三个月时间走遍了全村，记满了两本民情日记。';
    expect(joinSegmentedExcerpt(segmentForIndex(text))).toBe(text);
    expect(joinSegmentedExcerpt('初到 <mark>村里</mark> ， 她 用 <mark>三个月</mark> 时间')).toBe('初到<mark>村里</mark>，她用<mark>三个月</mark>时间');
  });

  it('keeps the space between Chinese and a number or Latin word, and removes it beside Chinese punctuation', () => {
    expect(joinSegmentedExcerpt(segmentForIndex('项目编号 XM-2024-01805 · 2023年完工'))).toBe('项目编号 XM-2024-01805 · 2023 年完工');
    expect(joinSegmentedExcerpt(segmentForIndex('电话 0915-3212345；邮箱 a@b.cn'))).toBe('电话 0915-3212345；邮箱 a@b.cn');
  });
});
