// honorees.csv rows: a planned honoree plus the words — summary, story, award — written for them.

import { cadreStory } from './cadre-stories.ts';
import type { CsvColumn } from './csv-writer.ts';
import type { HonoreeSlot } from './honoree-plan.ts';
import { INDUSTRIES } from './industries.ts';
import type { Random } from './random.ts';
import { selfRelianceStory, storyFacts, type StoryContext } from './self-reliance-stories.ts';

export interface HonoreeRow {
  slot: HonoreeSlot;
  summary: string;
  story: string;
  award: string;
}

/** The honours the city hands out with each level (invented amounts). */
const AWARDS: Readonly<Record<HonoreeSlot['level'], string>> = {
  市级: '奖励现金5000元',
  县级: '奖励现金2000元',
  镇级: '颁发荣誉证书和奖品',
  村级: '',
};

export function photoFileName(slot: HonoreeSlot): string {
  return `${slot.id}.png`;
}

/**
 * Writes one honoree's texts. `unitOf` names the unit a cadre was sent from
 * (the helping unit of their village that year, from pairings.csv).
 */
export function writeHonoree(slot: HonoreeSlot, unitOf: (villageCode: string, year: number) => string, random: Random): HonoreeRow {
  const isCadre = slot.kind === '交友帮扶好干部';
  const context: StoryContext = {
    name: slot.name,
    gender: slot.gender,
    age: isCadre ? random.int(28, 55) : random.int(32, 70),
    county: slot.village.county.name,
    township: slot.township.name,
    village: slot.village.name,
    year: slot.year,
    title: `${slot.level}${slot.kind}`,
    ...storyFacts(random.pick(INDUSTRIES), random),
  };
  const { summary, story } =
    slot.kind === '交友帮扶好干部'
      ? cadreStory(slot.category, { ...context, unit: unitOf(slot.village.code, slot.year), yearsStationed: random.int(2, 5) }, random)
      : selfRelianceStory(slot.category, context, random);
  return { slot, summary, story, award: isCadre ? '通报表扬，颁发荣誉证书' : AWARDS[slot.level] };
}

export const honoreeColumns: readonly CsvColumn<HonoreeRow>[] = [
  { en: 'id', zh: '编号', value: (r) => r.slot.id },
  { en: 'kind', zh: '类别', value: (r) => r.slot.kind },
  { en: 'name', zh: '姓名', value: (r) => r.slot.name },
  { en: 'gender', zh: '性别', value: (r) => r.slot.gender },
  { en: 'year', zh: '年度', value: (r) => r.slot.year },
  { en: 'level', zh: '级别', value: (r) => r.slot.level },
  {
    en: 'region_code',
    zh: '所在地编码',
    // Cadres are placed at township level; 自强标兵 at their village.
    value: (r) => (r.slot.kind === '交友帮扶好干部' ? r.slot.township.code : r.slot.village.code),
  },
  { en: 'category', zh: '事迹类型', value: (r) => r.slot.category },
  { en: 'summary', zh: '事迹摘要', value: (r) => r.summary },
  { en: 'story', zh: '主要事迹', value: (r) => r.story },
  { en: 'photo', zh: '照片', value: (r) => (r.slot.photo ? photoFileName(r.slot) : '') },
  { en: 'consent', zh: '同意公开', value: (r) => (r.slot.consent ? '是' : '否') },
  { en: 'notice_id', zh: '公示编号', value: (r) => r.slot.noticeId },
  { en: 'status', zh: '状态', value: (r) => r.slot.status },
  { en: 'award', zh: '奖励', value: (r) => r.award },
];
