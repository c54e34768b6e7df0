// Honorees as the public may see them: revoked ones dropped, those without consent reduced to a masked name.
import { withoutInvisible } from '../../pipeline/invisible-characters.ts';
import type { HonoreeRow } from '../../pipeline/schemas/index.ts';
import type { RegionIndex } from '../../regions/derive/regions.ts';

interface HonoreeBase {
  id: string;
  kind: HonoreeRow['kind'];
  year: number;
  level: HonoreeRow['level'];
  /** 公示中 or 已表彰; revoked honorees never reach the dataset. */
  status: '公示中' | '已表彰';
  countyCode: string;
  townshipCode: string;
  noticeId: string;
}

/** An honoree who consented to publication: everything the export gives, the story split into paragraphs. */
export interface ConsentedHonoree extends HonoreeBase {
  consent: true;
  name: string;
  gender?: '男' | '女';
  /** The village for 自强标兵; cadres are placed at their township. */
  villageCode?: string;
  category: string;
  summary: string;
  paragraphs: string[];
  photo?: string;
  award?: string;
}

/** An honoree without consent: masked name, level, year and township only (PIPL: separate consent). */
export interface MaskedHonoree extends HonoreeBase {
  consent: false;
  /** Surname followed by ** (张**), never the given name. */
  name: string;
}

export type PublishedHonoree = ConsentedHonoree | MaskedHonoree;

const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '百里',
];

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

const isHan = (unit: number) => (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf);

/**
 * The first character when it is a Han character standing alone or followed by another (a grapheme of its own: no
 * mark or selector joins it): what nearly every name is, without the segmenter (~9 µs a name, ~1 s for the name
 * directory at 100,000 honorees).
 */
function firstHan(text: string): string | undefined {
  return isHan(text.charCodeAt(0)) && (text.length === 1 || isHan(text.charCodeAt(1))) ? text.charAt(0) : undefined;
}

/**
 * 张明华 → 张**, 欧阳娜娜 → 欧阳**. The length of the given name is not revealed either. The surname is the first
 * visible character: an invisible one (a bidi control would turn 「\u202e**（未公开姓名）」 around) never gets in, even
 * though the pipeline already refuses them in names.
 */
export function maskName(name: string): string {
  const visible = withoutInvisible(name).trim();
  const surname = COMPOUND_SURNAMES.find((candidate) => visible.startsWith(candidate) && visible.length > candidate.length)
    ?? firstHan(visible)
    ?? graphemes.segment(visible)[Symbol.iterator]().next().value?.segment
    ?? '';
  return `${surname}**`;
}

/** Paragraphs of a plain-text story: split on blank lines, inner line breaks kept as spaces-free joins. */
export function storyParagraphs(story: string): string[] {
  return story
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).join(''))
    .filter((paragraph) => paragraph.length > 0);
}

export function publishHonorees(rows: readonly HonoreeRow[], regions: RegionIndex): PublishedHonoree[] {
  const published: PublishedHonoree[] = [];
  for (const row of rows) {
    if (row.status === '已撤销') continue;
    const place = regions.placeOf(row.region_code);
    if (!place.townshipCode || !place.countyCode) continue; // the pipeline rejects such rows; guard the type
    const base: HonoreeBase = {
      id: row.id,
      kind: row.kind,
      year: row.year,
      level: row.level,
      status: row.status,
      countyCode: place.countyCode,
      townshipCode: place.townshipCode,
      noticeId: row.notice_id,
    };
    if (!row.consent) {
      published.push({ ...base, consent: false, name: maskName(row.name) });
      continue;
    }
    published.push({
      ...base,
      consent: true,
      name: row.name,
      ...(row.gender ? { gender: row.gender } : {}),
      ...(place.villageCode ? { villageCode: place.villageCode } : {}),
      category: row.category,
      summary: row.summary,
      paragraphs: storyParagraphs(row.story),
      ...(row.photo ? { photo: row.photo } : {}),
      ...(row.award ? { award: row.award } : {}),
    });
  }
  // Newest first, then by level (市级 first) and id, so lists are stable across builds.
  const levelRank = { 市级: 0, 县级: 1, 镇级: 2, 村级: 3 } as const;
  return published.sort(
    (a, b) => b.year - a.year || levelRank[a.level] - levelRank[b.level] || a.id.localeCompare(b.id),
  );
}
