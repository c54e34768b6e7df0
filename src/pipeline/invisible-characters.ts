// Characters that show nothing yet change what text shows or finds: bidirectional controls, zero-width and other
// format characters, control characters. Names and ids refuse them; free text loses its bidi controls.
import type { Bilingual } from './report.ts';

/**
 * Bidirectional controls: the embeddings and overrides (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks
 * LRM, RLM and ALM. `张\u202e三丰abc` shows as 张cba丰三, and an unclosed one reorders whatever follows it.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'gu');

/**
 * Invisible in a name or an id: format characters (Unicode Cf: the bidi controls, zero-width space and joiners,
 * word joiner, BOM, soft hyphen …), control characters (Cc: line breaks, tabs, escape …), the line and paragraph
 * separators, and the Hangul fillers, which are letters that draw nothing.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/u;
const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');

/** What a report may not print raw: the invisible characters except the line break and tab that messages lay out with. */
const UNPRINTABLE = /(?![\n\t])[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;

/** The first invisible character of `text` and its position, counted in characters from 1 as a person counts them. */
export function firstInvisible(text: string): { character: string; position: number } | undefined {
  let position = 0;
  for (const character of text) {
    position++;
    if (INVISIBLE.test(character)) return { character, position };
  }
  return undefined;
}

export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** Free text as published: the same text without its bidirectional controls, so it cannot reorder what is around it. */
export function withoutBidiControls(text: string): string {
  return hasBidiControl(text) ? text.replace(BIDI_CONTROLS, '') : text;
}

/** `text` without any invisible character: what is left of a name to show when only its visible part may be shown. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLES, '');
}

/** `⟨U+202E⟩` for each invisible character, so that a report shows it instead of obeying it (a terminal escape included). */
export function showInvisible(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `⟨${codePoint(character)}⟩`);
}

/** U+202E */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * By code point, not by the character: a bundler writes string keys as the characters themselves, and the export
 * checker's script would then carry the very controls it warns about (tests/build/hostile-text looks in every file).
 */
const NAMES: Record<number, [zh: string, en: string]> = {
  0x0009: ['制表符', 'TAB'],
  0x000a: ['换行', 'LINE FEED'],
  0x000d: ['回车', 'CARRIAGE RETURN'],
  0x00ad: ['软连字符', 'SOFT HYPHEN'],
  0x061c: ['阿拉伯字母标记', 'ARABIC LETTER MARK'],
  0x200b: ['零宽空格', 'ZERO WIDTH SPACE'],
  0x200c: ['零宽不连字', 'ZERO WIDTH NON-JOINER'],
  0x200d: ['零宽连字', 'ZERO WIDTH JOINER'],
  0x200e: ['从左至右标记', 'LEFT-TO-RIGHT MARK'],
  0x200f: ['从右至左标记', 'RIGHT-TO-LEFT MARK'],
  0x2028: ['行分隔符', 'LINE SEPARATOR'],
  0x2029: ['段落分隔符', 'PARAGRAPH SEPARATOR'],
  0x202a: ['从左至右嵌入', 'LEFT-TO-RIGHT EMBEDDING'],
  0x202b: ['从右至左嵌入', 'RIGHT-TO-LEFT EMBEDDING'],
  0x202c: ['结束嵌入或强制', 'POP DIRECTIONAL FORMATTING'],
  0x202d: ['从左至右强制', 'LEFT-TO-RIGHT OVERRIDE'],
  0x202e: ['从右至左强制', 'RIGHT-TO-LEFT OVERRIDE'],
  0x2060: ['零宽不换行', 'WORD JOINER'],
  0x2066: ['从左至右隔离', 'LEFT-TO-RIGHT ISOLATE'],
  0x2067: ['从右至左隔离', 'RIGHT-TO-LEFT ISOLATE'],
  0x2068: ['首强字符隔离', 'FIRST STRONG ISOLATE'],
  0x2069: ['结束隔离', 'POP DIRECTIONAL ISOLATE'],
  0xfeff: ['零宽不换行空格（BOM）', 'ZERO WIDTH NO-BREAK SPACE (BOM)'],
};

/** What an invisible character is and what it does, e.g. 「U+202E（从右至左强制）：双向控制符，会改变文字的显示顺序」. */
export function describeInvisible(character: string): Bilingual {
  const [nameZh, nameEn] = NAMES[character.codePointAt(0) ?? -1] ?? [];
  const code = codePoint(character);
  const named = { zh: nameZh ? `${code}（${nameZh}）` : code, en: nameEn ? `${code} (${nameEn})` : code };
  if (hasBidiControl(character)) {
    return { zh: `${named.zh}：双向控制符，会改变文字的显示顺序`, en: `${named.en}: a bidi control, which changes the order text is shown in` };
  }
  if (/\p{Cc}|\p{Zl}|\p{Zp}/u.test(character)) {
    return { zh: `${named.zh}：控制字符，名称和编号只能是一行看得见的文字`, en: `${named.en}: a control character; names and ids are one line of visible text` };
  }
  return { zh: `${named.zh}：看不见的字符，会使按名称搜索找不到`, en: `${named.en}: an invisible character, which makes searches for the name fail` };
}

/** Why a name or an id holding an invisible character is refused, or undefined when it holds none. */
export function invisibleFault(value: string): { code: 'invisible-character'; reason: Bilingual } | undefined {
  const found = firstInvisible(value);
  if (!found) return undefined;
  const what = describeInvisible(found.character);
  return {
    code: 'invisible-character',
    reason: {
      zh: `第 ${found.position} 个字是看不见的 ${what.zh}。请删除这个字符。`,
      en: `has, at character ${found.position}, the invisible ${what.en}. Delete it.`,
    },
  };
}
