// The name directory: every published honoree by surname, ordered as a Chinese reader looks names up (by pinyin),
// on plain pages that need no JavaScript — /honorees/names/ lists the surnames, /honorees/names/<surname>/ the
// people, paged. Honorees without consent are listed under their surname by their masked name (张**) only.
import { pinyin } from 'pinyin-pro';
import { maskName, type PublishedHonoree } from './honorees.ts';

export interface SurnameEntry {
  surname: string;
  /** Its address: the surname's pinyin (zhang), with the character's code point when two surnames share it. */
  slug: string;
  /** Pinyin as read for a surname (单 shàn), for the reader. */
  reading: string;
  people: PublishedHonoree[];
}

/** People per directory page: a long, light list is easier on a slow phone than many taps. */
export const DIRECTORY_PAGE_SIZE = 100;

/** Chinese ordered by pinyin (ICU's zh collation), as in a printed index. */
const collator = new Intl.Collator('zh-CN-u-co-pinyin');

export function nameDirectory(honorees: readonly PublishedHonoree[]): SurnameEntry[] {
  const bySurname = new Map<string, PublishedHonoree[]>();
  for (const honoree of honorees) {
    const surname = maskName(honoree.name).slice(0, -'**'.length);
    const list = bySurname.get(surname);
    if (list) list.push(honoree);
    else bySurname.set(surname, [honoree]);
  }
  const entries = [...bySurname].map(([surname, people]) => ({
    surname,
    reading: pinyin(surname, { surname: 'all' }),
    plain: pinyin(surname, { surname: 'all', toneType: 'none', separator: '' }).toLowerCase().replace(/[^a-z]/g, '') || 'x',
    people: people.sort(compareInDirectory),
  }));
  entries.sort((a, b) => collator.compare(a.plain, b.plain) || collator.compare(a.surname, b.surname));
  const sharing = new Map<string, number>();
  for (const entry of entries) sharing.set(entry.plain, (sharing.get(entry.plain) ?? 0) + 1);
  return entries.map(({ surname, reading, plain, people }) => ({
    surname,
    slug: (sharing.get(plain) ?? 0) > 1 ? `${plain}-${[...surname].map((char) => char.codePointAt(0)?.toString(16)).join('-')}` : plain,
    reading,
    people,
  }));
}

/** Named people by name (pinyin order), namesakes together, newest year and higher level first; masked ones after. */
function compareInDirectory(a: PublishedHonoree, b: PublishedHonoree): number {
  if (a.consent !== b.consent) return a.consent ? -1 : 1;
  return (a.consent ? collator.compare(a.name, b.name) : 0) || b.year - a.year || LEVEL_ORDER.indexOf(b.level) - LEVEL_ORDER.indexOf(a.level) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const LEVEL_ORDER = ['村级', '镇级', '县级', '市级'];
