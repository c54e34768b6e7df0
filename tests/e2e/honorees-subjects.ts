// The people the honoree and search tests look for, picked from the sample export by rule (never by hand,
// so a regenerated sample still gives good subjects): a consented honoree whose name, given name and initials
// are rare; a revoked honoree and an honoree without consent whose names appear nowhere public.
import { pinyin as toPinyin } from 'pinyin-pro';
import { compareListOrder } from '../../src/honorees/derive/honoree-list.ts';
import { splitName } from '../../src/honorees/derive/honoree-name-forms.ts';
import { publishHonorees, type ConsentedHonoree, type PublishedHonoree } from '../../src/honorees/derive/honorees.ts';
import { indexRegions } from '../../src/regions/derive/regions.ts';
import { loadExport, type ExportData } from '../../src/pipeline/load.ts';
import type { HonoreeRow } from '../../src/pipeline/schemas/index.ts';

export interface Subjects {
  data: ExportData;
  /** Published honorees in list order. */
  published: PublishedHonoree[];
  regionName: (code: string) => string;
  /** Whether a text occurs in anything the export publishes (consented honorees, notices, projects, pairings, places). */
  isPublic: (text: string) => boolean;
  /** Consented, three-character name shared with no one, rare given name and initials. */
  named: ConsentedHonoree & { initials: string; pinyin: string; surnamePinyin: string; givenPinyin: string; storyWords: string[] };
  /** A township whose name no other township has, and one of its honorees. */
  township: { code: string; name: string };
  revoked: HonoreeRow;
  /** Without consent, with a name found nowhere public; storyWords are the rarest words of their story. */
  masked: HonoreeRow & { storyWords: string[] };
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Chinese words of two or more characters in a text. */
function words(text: string): Set<string> {
  return new Set([...segmenter.segment(text)].map((segment) => segment.segment).filter((word) => /^\p{Script=Han}{2,}$/u.test(word)));
}

function count<T>(items: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

export async function loadSubjects(exportDir = 'data'): Promise<Subjects> {
  const { data } = await loadExport(exportDir);
  if (!data) throw new Error(`The export in ${exportDir} does not load`);
  const regions = indexRegions(data.regions);
  const regionName = (code: string) => regions.nodes.get(code)?.name ?? code;
  const published = publishHonorees(data.honorees, regions).sort(compareListOrder);
  const consented = published.filter((honoree): honoree is ConsentedHonoree => honoree.consent);

  const publicText = [
    ...consented.flatMap((honoree) => [honoree.name, honoree.summary, ...honoree.paragraphs, honoree.award ?? '']),
    ...data.notices.flatMap((notice) => [notice.title, notice.body]),
    ...data.projects.flatMap((project) => [project.name, project.goal, project.mechanism, project.unit, project.responsible]),
    ...data.pairings.flatMap((pairing) => [pairing.unit, pairing.first_secretary]),
    ...data.regions.map((region) => region.name),
  ].join('\n');
  const storyDocs = consented.map((honoree) => words(honoree.paragraphs.join('')));
  const wordFrequency = count(storyDocs.flatMap((doc) => [...doc]));
  const names = count(published.map((honoree) => honoree.name));
  const givens = count(consented.map((honoree) => splitName(honoree.name).given));
  const syllablesOf = (name: string) => toPinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true });
  const initialsOf = (name: string) => syllablesOf(name).map((syllable) => syllable[0]).join('');
  const initials = count(consented.map((honoree) => initialsOf(honoree.name)));

  const namedHonoree = consented.find((honoree) =>
    [...honoree.name].length === 3 && splitName(honoree.name).surname.length === 1 && names.get(honoree.name) === 1 && (givens.get(splitName(honoree.name).given) ?? 0) <= 2 && (initials.get(initialsOf(honoree.name)) ?? 0) <= 4);
  if (!namedHonoree) throw new Error('No consented honoree with a rare name in the sample');
  const [surnamePinyin = '', ...givenSyllables] = syllablesOf(namedHonoree.name);
  const storyWords = [...words(namedHonoree.paragraphs.join(''))]
    .filter((word) => !namedHonoree.name.includes(word) && !word.includes(splitName(namedHonoree.name).given))
    .sort((a, b) => (wordFrequency.get(a) ?? 0) - (wordFrequency.get(b) ?? 0))
    .slice(0, 2);

  const townshipNames = count(data.regions.filter((region) => region.level === 'township').map((region) => region.name));
  const township = consented.map((honoree) => ({ code: honoree.townshipCode, name: regionName(honoree.townshipCode) })).find((candidate) => townshipNames.get(candidate.name) === 1);
  if (!township) throw new Error('No township with a unique name in the sample');

  const hidden = (text: string) => text.length >= 3 && !publicText.includes(text);
  const revoked = data.honorees.find((row) => row.status === '已撤销' && hidden(row.name) && names.get(row.name) === undefined);
  if (!revoked) throw new Error('No revoked honoree with a name found nowhere public');
  const rarestWords = (row: HonoreeRow) => [...words(row.story)]
    .filter((word) => !word.includes(splitName(row.name).given) && !row.name.includes(word))
    .sort((a, b) => (wordFrequency.get(a) ?? 0) - (wordFrequency.get(b) ?? 0));
  const maskedRow = data.honorees.find((row) => row.status !== '已撤销' && !row.consent && hidden(row.name) && rarestWords(row).length >= 2);
  if (!maskedRow) throw new Error('No honoree without consent whose name is found nowhere public');

  return {
    data,
    published,
    regionName,
    isPublic: (text) => publicText.includes(text),
    named: {
      ...namedHonoree,
      initials: initialsOf(namedHonoree.name),
      pinyin: `${surnamePinyin}${givenSyllables.join('')}`,
      surnamePinyin,
      givenPinyin: givenSyllables.join(''),
      storyWords,
    },
    township,
    revoked,
    masked: { ...maskedRow, storyWords: rarestWords(maskedRow).slice(0, 2) },
  };
}
