// The forms of a name people type into the search box: pinyin in full, spaced and as initials, and the
// given name alone. Indexed beside the name so that zhangminghua, zhang minghua, zmh and 明华 all find 张明华.
import { pinyin } from 'pinyin-pro';
import { maskName } from './honorees.ts';

/** 张明华 → 张 + 明华; 欧阳娜娜 → 欧阳 + 娜娜 (the surname is what the masked name keeps). */
export function splitName(name: string): { surname: string; given: string } {
  const trimmed = name.trim();
  const surname = maskName(trimmed).slice(0, -'**'.length);
  return { surname, given: trimmed.slice(surname.length) };
}

/**
 * The readings of a name as syllables, the surname's own reading first (曾 zeng, 单 shan) and the common one
 * after it when it differs (ceng, dan); ü written v. pinyin-pro is the costly part (it segments the name), so a
 * name is read once per surname mode.
 */
export function nameReadings(name: string): string[][] {
  const readings = new Map<string, string[]>();
  for (const mode of ['head', 'off'] as const) {
    const syllables = pinyin(name.trim(), { toneType: 'none', type: 'array', surname: mode, v: true }).map((syllable) => syllable.toLowerCase().replace(/[^a-z]/g, ''));
    if (syllables.length > 0 && syllables.every(Boolean)) readings.set(syllables.join(' '), syllables);
  }
  return [...readings.values()];
}

/**
 * Every search form of a name, deduplicated: the given name, each character (so that two characters of a
 * three-character name match however the indexer segmented it), and for each reading of the
 * name (a surname's own reading such as 曾 zeng, and the common one, ceng) the pinyin joined, split into
 * surname and given name, split into syllables, and its initials; ü is written both v and u (lv, lu).
 */
export function nameSearchForms(name: string, read: readonly string[][] = nameReadings(name)): string[] {
  const { surname, given } = splitName(name);
  if (!given) return [];
  const readings = new Set<string>();
  for (const syllablesRead of read) {
    for (const umlaut of ['v', 'u']) readings.add(syllablesRead.map((syllable) => syllable.replace(/v/g, umlaut)).join(' '));
  }
  const surnameLength = [...surname].length;
  const forms = [given, ...`${surname}${given}`];
  for (const reading of readings) {
    const syllables = reading.split(' ');
    const surnamePinyin = syllables.slice(0, surnameLength).join('');
    const givenPinyin = syllables.slice(surnameLength).join('');
    forms.push(syllables.join(''), surnamePinyin, givenPinyin, ...syllables, syllables.map((syllable) => syllable[0]).join(''));
  }
  return [...new Set(forms.filter(Boolean))];
}
