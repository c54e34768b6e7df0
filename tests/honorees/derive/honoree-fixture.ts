// A handful of published honorees across two counties, for the honoree list, filter and search tests.
import type { ConsentedHonoree, MaskedHonoree, PublishedHonoree } from '../../../src/honorees/derive/honorees.ts';

export const regionNames = new Map([
  ['610902', '汉滨区'],
  ['610902100', '关庙镇'],
  ['610902101', '张滩镇'],
  ['610921', '汉阴县'],
  ['610921100', '城关镇'],
]);

export function consented(id: string, changes: Partial<ConsentedHonoree> = {}): ConsentedHonoree {
  return {
    id,
    kind: '自强标兵',
    year: 2025,
    level: '村级',
    status: '已表彰',
    countyCode: '610902',
    townshipCode: '610902100',
    noticeId: 'N-1',
    consent: true,
    name: '张明华',
    villageCode: '610902100201',
    category: '产业发展',
    summary: '种茶致富',
    paragraphs: ['种茶十年。'],
    ...changes,
  };
}

export function masked(id: string, changes: Partial<MaskedHonoree> = {}): MaskedHonoree {
  return {
    id,
    kind: '自强标兵',
    year: 2025,
    level: '县级',
    status: '已表彰',
    countyCode: '610921',
    townshipCode: '610921100',
    noticeId: 'N-1',
    consent: false,
    name: '王**',
    ...changes,
  };
}

/** Deliberately not in list order: the list sorts by year, level and id itself. */
export const honorees: PublishedHonoree[] = [
  consented('A-3', { year: 2024, level: '市级', name: '李秀英', category: '孝老爱亲' }),
  consented('A-1'),
  masked('A-2'),
  consented('A-4', { kind: '交友帮扶好干部', level: '市级', name: '陈志强', category: '结对帮扶', townshipCode: '610902101' }),
  consented('A-5', { year: 2024, countyCode: '610921', townshipCode: '610921100', name: '周丽' }),
];
