import { describe, expect, it } from 'vitest';
import { maskName, publishHonorees, storyParagraphs } from '../../../src/honorees/derive/honorees.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { HonoreeRow, Region } from '../../../src/pipeline/schemas/index.ts';

const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '五里镇', level: 'township', parent_code: '610902' },
  { code: '610902100201', name: '黄沟村', level: 'village', parent_code: '610902100' },
];

const base: HonoreeRow = {
  id: 'ZQ-1',
  kind: '自强标兵',
  name: '张明华',
  gender: '男',
  year: 2025,
  level: '村级',
  region_code: '610902100201',
  category: '勤劳致富',
  summary: '种茶致富',
  story: '第一段，\n接着写。\n\n第二段“引号”。',
  photo: 'zq-1.png',
  consent: true,
  notice_id: 'N-1',
  status: '已表彰',
  award: '奖励现金 500 元',
};

describe('publishHonorees', () => {
  const index = indexRegions(regions);

  it('publishes a consenting honoree with village, story paragraphs and photo', () => {
    const [honoree] = publishHonorees([base], index);
    expect(honoree).toMatchObject({
      consent: true,
      name: '张明华',
      villageCode: '610902100201',
      townshipCode: '610902100',
      countyCode: '610902',
      paragraphs: ['第一段，接着写。', '第二段“引号”。'],
      photo: 'zq-1.png',
    });
  });

  it('reduces an honoree without consent to masked name, level, year and township', () => {
    const [honoree] = publishHonorees([{ ...base, consent: false }], index);
    expect(honoree).toEqual({
      id: 'ZQ-1',
      kind: '自强标兵',
      year: 2025,
      level: '村级',
      status: '已表彰',
      countyCode: '610902',
      townshipCode: '610902100',
      noticeId: 'N-1',
      consent: false,
      name: '张**',
    });
    // Nothing of the story, photo, village, gender or award survives, in any field.
    const text = JSON.stringify(honoree);
    for (const secret of ['明华', '第一段', 'zq-1.png', '610902100201', '奖励', '勤劳致富', '男']) expect(text).not.toContain(secret);
  });

  it('drops revoked honorees entirely', () => {
    expect(publishHonorees([{ ...base, status: '已撤销' }], index)).toEqual([]);
  });

  it('lists newest first, then city level first', () => {
    const rows = [
      { ...base, id: 'A', year: 2024, level: '市级' as const },
      { ...base, id: 'B', year: 2025, level: '村级' as const },
      { ...base, id: 'C', year: 2025, level: '市级' as const },
    ];
    expect(publishHonorees(rows, index).map((honoree) => honoree.id)).toEqual(['C', 'B', 'A']);
  });
});

describe('maskName', () => {
  it('keeps only the surname and never reveals the given name or its length', () => {
    expect(maskName('张明华')).toBe('张**');
    expect(maskName('李娜')).toBe('李**');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    // A Han character with a variation selector or a combining mark is one grapheme: kept whole, as the segmenter says.
    expect(maskName('葛\u{E0100}明')).toBe('葛\u{E0100}**');
    expect(maskName('王\u0301五')).toBe('王\u0301**');
    expect(maskName('𠀋小明')).toBe('𠀋**');
    expect(maskName('欧阳')).toBe('欧**');
  });

  it('never carries an invisible character into the mask: a bidi control would turn 「（未公开姓名）」 around', () => {
    expect(maskName('\u202e王五')).toBe('王**');
    expect(maskName('\u200b\u2066欧阳娜娜')).toBe('欧阳**');
    expect(maskName('\ufeff\u200f李娜')).toBe('李**');
    expect(maskName('\u202e')).toBe('**');
  });

  it('takes the whole first character: a surname outside the BMP, or with a variation selector', () => {
    expect(maskName('𠀀明')).toBe('𠀀**');
    expect(maskName('葛\u{E0100}优')).toBe('葛\u{E0100}**');
  });
});

describe('storyParagraphs', () => {
  it('splits on blank lines, including CRLF and whitespace-only lines', () => {
    expect(storyParagraphs('一\r\n\r\n二\n  \n三')).toEqual(['一', '二', '三']);
  });
});

describe('headlineFigures', () => {
  it('counts city-level 自强标兵 apart from the cadres, who are all named by the city', async () => {
    const { headlineFigures } = await import('../../../src/dataset/headline.ts');
    const index = indexRegions(regions);
    const rows: HonoreeRow[] = [
      { ...base, id: 'A', level: '市级' },
      { ...base, id: 'B', level: '村级' },
      { ...base, id: 'C', kind: '交友帮扶好干部', level: '市级', region_code: '610902100' },
      { ...base, id: 'D', level: '市级', status: '已撤销' },
    ];
    const figures = headlineFigures(2025, publishHonorees(rows, index), [], [], index.nodes);
    expect(figures.honorees).toEqual({ selfReliance: 2, cadres: 1, cityLevel: 1 });
  });
});
