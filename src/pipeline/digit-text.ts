// The one normalisation before a personal-number match: NFKC, and what people and tools put between digits taken out of the way.

/**
 * What a character beyond ASCII becomes for the scan. `digit`, `x` and `plus` are what NFKC makes of
 * them (１ → 1, ① → 1, Ｘ → X, ＋ → +); a separator becomes its ASCII form (space, line break, -, ., /, ( );
 * an invisible character (zero-width, bidi control, soft hyphen, combining mark, variation selector) is removed.
 */
export type LookalikeKind = 'digit' | 'x' | 'plus' | 'space' | 'break' | 'dash' | 'dot' | 'slash' | 'paren' | 'invisible';

type Ranges = readonly (readonly [number, number])[];

/**
 * Every character beyond ASCII that the normalisation changes, by kind. Two kinds of NFKC digit are left
 * out on purpose: those of Latin-1 (¹ ² ³ ¼ ½ ¾: exponents and fractions, and bytes that the output scan's
 * Latin-1 reading of UTF-8 must never take for digits) and unit signs (㎡ → "m2" would glue its exponent
 * to a number written after it). Digits of other scripts (٠١٢) are not NFKC's and not here.
 * tests/pipeline/digit-text.test.ts checks the list against Unicode.
 */
export const LOOKALIKES: Readonly<Record<LookalikeKind, Ranges>> = {
  digit: [
    [0x2070, 0x2070], [0x2074, 0x2079], [0x2080, 0x2089], [0x2150, 0x215f], [0x2189, 0x2189], [0x2460, 0x249b],
    [0x24ea, 0x24ea], [0x3251, 0x325f], [0x32b1, 0x32cb], [0x3358, 0x3370], [0x33e0, 0x33fe], [0xff10, 0xff19],
    [0x1ccf0, 0x1ccf9], [0x1d7ce, 0x1d7ff], [0x1f100, 0x1f10a], [0x1fbf0, 0x1fbf9],
  ],
  x: [[0x02e3, 0x02e3], [0x2093, 0x2093], [0x2169, 0x2169], [0x2179, 0x2179], [0x24cd, 0x24cd], [0x24e7, 0x24e7], [0xff38, 0xff38], [0xff58, 0xff58]],
  plus: [[0x207a, 0x207a], [0x208a, 0x208a], [0xfb29, 0xfb29], [0xfe62, 0xfe62], [0xff0b, 0xff0b]],
  // No-break, ideographic and every other Unicode space.
  space: [[0x00a0, 0x00a0], [0x1680, 0x1680], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]],
  // NEL, the line and paragraph separators, and ↵, the sign reports print for a line break inside a cell.
  break: [[0x0085, 0x0085], [0x2028, 0x2029], [0x21b5, 0x21b5]],
  // Every dash punctuation character, minus signs, ー and box-drawing rules typed as dashes.
  dash: [
    [0x02d7, 0x02d7], [0x058a, 0x058a], [0x05be, 0x05be], [0x1400, 0x1400], [0x1806, 0x1806], [0x2010, 0x2015],
    [0x2043, 0x2043], [0x207b, 0x207b], [0x208b, 0x208b], [0x2212, 0x2212], [0x2500, 0x2501], [0x2e17, 0x2e17],
    [0x2e1a, 0x2e1a], [0x2e3a, 0x2e3b], [0x2e40, 0x2e40], [0x2e5d, 0x2e5d], [0x301c, 0x301c], [0x3030, 0x3030],
    [0x30a0, 0x30a0], [0x30fc, 0x30fc], [0xfe31, 0xfe32], [0xfe58, 0xfe58], [0xfe63, 0xfe63], [0xff0d, 0xff0d],
    [0xff70, 0xff70], [0x10d6e, 0x10d6e], [0x10ead, 0x10ead],
  ],
  // What NFKC makes a full stop: ．, small and vertical full stops, leaders. (Middle dots, as in 安康 · 阳光公示, are not.)
  dot: [[0x2024, 0x2026], [0xfe19, 0xfe19], [0xfe30, 0xfe30], [0xfe52, 0xfe52], [0xff0e, 0xff0e]],
  slash: [[0x2044, 0x2044], [0x2215, 0x2215], [0xff0f, 0xff0f]],
  paren: [[0x207d, 0x207e], [0x208d, 0x208e], [0xfe35, 0xfe36], [0xfe59, 0xfe5a], [0xff08, 0xff09]],
  // Format characters (zero-width, bidi controls, BOM, soft hyphen, tags), combining marks, variation selectors, Hangul fillers.
  invisible: [
    [0x00ad, 0x00ad], [0x0300, 0x036f], [0x0600, 0x0605], [0x061c, 0x061c], [0x06dd, 0x06dd], [0x070f, 0x070f],
    [0x0890, 0x0891], [0x08e2, 0x08e2], [0x115f, 0x1160], [0x180e, 0x180e], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff],
    [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0x20d0, 0x20ff], [0x3164, 0x3164],
    [0xfe00, 0xfe0f], [0xfe20, 0xfe2f], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff9, 0xfffb], [0x110bd, 0x110bd],
    [0x110cd, 0x110cd], [0x13430, 0x1343f], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0001, 0xe0001],
    [0xe0020, 0xe007f], [0xe0100, 0xe01ef],
  ],
};

/** The ASCII form of each separator kind. */
const SEPARATOR_FORM: Partial<Record<LookalikeKind, string>> = { space: ' ', break: '\n', dash: '-', dot: '.', slash: '/', paren: '(', invisible: '' };

/**
 * What may stand between the digits of one number in normalised text, as regex class bodies: spaces and line
 * breaks, and marks (- . / ( )). Three Latin-1 characters are read as they are rather than rewritten (NEL, the
 * no-break space, and the soft hyphen, which is invisible), so that text with nothing beyond U+00FF — the
 * output scan's Latin-1 reading of every file — never needs rewriting.
 */
export const SPACES = '\\t-\\r \\x85\\xa0';
export const MARKS = '.\\/()\\-\\xad';
const SEPARATORS = SPACES + MARKS;

const KINDS = Object.keys(LOOKALIKES) as LookalikeKind[];

/** Each look-alike's kind by code point, as an index into KINDS plus one (0: not a look-alike). */
const KIND_OF_BMP = new Uint8Array(0x10000);
const KIND_OF_ASTRAL = new Map<number, number>();
KINDS.forEach((kind, index) => {
  for (const [from, to] of LOOKALIKES[kind]) {
    for (let code = from; code <= to; code++) {
      if (code > 0xffff) KIND_OF_ASTRAL.set(code, index + 1);
      else KIND_OF_BMP[code] = index + 1;
    }
  }
});

export function lookalikeKind(codePoint: number): LookalikeKind | undefined {
  const index = codePoint > 0xffff ? (KIND_OF_ASTRAL.get(codePoint) ?? 0) : KIND_OF_BMP[codePoint]!;
  return index === 0 ? undefined : KINDS[index - 1];
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** A regex class body for the part of `ranges` from U+0100 to U+FFFF (a regex without the `u` flag). */
function bmpClass(ranges: Ranges): string {
  return ranges
    .filter(([from, to]) => to > 0xff && from <= 0xffff)
    .map(([from, to]) => `${hex(Math.max(from, 0x100))}-${hex(Math.min(to, 0xffff))}`)
    .join('');
}

/** Lead surrogates of the look-alikes beyond U+FFFF, followed by any trail: checked one by one afterwards (most are emoji). */
const ASTRAL = (() => {
  const leads = new Set<number>();
  for (const [from, to] of KINDS.flatMap((kind) => LOOKALIKES[kind])) {
    for (let code = Math.max(from, 0x10000); code <= to; code++) leads.add(0xd800 + ((code - 0x10000) >> 10));
  }
  return `[${[...leads].map(hex).join('')}][\\udc00-\\udfff]`;
})();

const SEPARATOR_KINDS = KINDS.filter((kind) => SEPARATOR_FORM[kind] !== undefined);
const SEPARATOR_LIKE = bmpClass(SEPARATOR_KINDS.flatMap((kind) => LOOKALIKES[kind]));

/** Every look-alike beyond U+00FF: what the normalisation rewrites. */
const WIDE_LOOKALIKE = new RegExp(`[${bmpClass(KINDS.flatMap((kind) => LOOKALIKES[kind]))}]|${ASTRAL}`, 'g');

/**
 * Where a look-alike may change a number once normalised: a separator or X look-alike after an ASCII digit
 * (across other separators), a digit or plus look-alike anywhere, a character beyond U+FFFF of a plane that
 * has look-alikes. Led by digits, not by look-alikes: the ( ) — and spaces of Chinese text are far more
 * common than digits followed by one, and a regex tries a short class at each digit faster than a long
 * one at each character.
 */
const LOOKALIKE_NEAR_DIGIT = new RegExp(
  `[0-9][${SEPARATORS}]{0,16}[${SEPARATOR_LIKE}${bmpClass(LOOKALIKES.x)}]|[${bmpClass([...LOOKALIKES.digit, ...LOOKALIKES.plus])}]|${ASTRAL}`,
  'g',
);

/**
 * The stretches of `text` where a number may be written with look-alikes: each look-alike beyond U+00FF
 * with the digits, separators and other look-alikes on either side of it, overlapping stretches merged.
 * Text beyond them (nearly all text) holds no look-alike a number could be made of and is scanned as it is.
 */
export function lookalikeStretches(text: string): [start: number, end: number][] {
  const stretches: [number, number][] = [];
  for (const match of matches(LOOKALIKE_NEAR_DIGIT, text)) {
    // The look-alike: the match's last character, or its surrogate pair.
    const matchEnd = match.index + match[0].length;
    const at = matchEnd - (match[0].length > 1 && (text.charCodeAt(matchEnd - 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    if (!lookalikeKind(text.codePointAt(at)!)) continue; // another character of the same plane, e.g. an emoji
    const previous = stretches[stretches.length - 1];
    if (previous && at < previous[1]) continue;
    let start = at;
    while (start > 0 && isPartOfNumber(text, start - 1)) start -= (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && start > 1 ? 2 : 1;
    let end = at;
    while (end < text.length && isPartOfNumber(text, end)) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
    if (previous && start <= previous[1]) previous[1] = end;
    else stretches.push([start, end]);
  }
  return stretches.filter(([start, end]) => digitWeight(text, start, end) >= 11);
}

/** How many digits a stretch can hold at most: one an ASCII digit, two a look-alike (⑳ is 20). Fewer than 11: no number. */
function digitWeight(text: string, start: number, end: number): number {
  let weight = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) weight++;
    else if (code > 0xff && lookalikeKind(text.codePointAt(at)!) === 'digit') weight += 2;
  }
  return weight;
}

/** Whether the character at `index` (or the surrogate pair ending there) may belong to a number: a digit, a separator, a look-alike. */
function isPartOfNumber(text: string, index: number): boolean {
  let code = text.charCodeAt(index);
  if ((code >= 48 && code <= 57) || isSeparatorCode(code)) return true;
  if ((code & 0xfc00) === 0xdc00 && index > 0) code = text.codePointAt(index - 1)!;
  else if ((code & 0xfc00) === 0xd800) code = text.codePointAt(index)!;
  return code > 0xff && lookalikeKind(code) !== undefined;
}

/** The SEPARATORS class as a test on one UTF-16 code unit. */
function isSeparatorCode(code: number): boolean {
  if (code < 0x80) return (code >= 9 && code <= 13) || code === 32 || code === 40 || code === 41 || (code >= 45 && code <= 47);
  return code === 0x85 || code === 0xa0 || code === 0xad;
}

/** Text after the normalisation, and the way back to the original text's positions. */
export interface NormalisedText {
  text: string;
  /** Where normalised position `index` came from in the original text (UTF-16 code units). */
  original(index: number): number;
}

/**
 * NFKC, then separators made ASCII and invisible characters removed, for every look-alike beyond U+00FF;
 * each rewritten character is noted, so a number found maps back to where the publisher typed it.
 */
export function normaliseDigits(text: string): NormalisedText {
  // Anchors: from normalised position `at`, the original runs on one for one from `from`, or (`replaced`)
  // the whole replacement stands for the one character at `from`.
  const anchors: { at: number; from: number; replaced: boolean }[] = [{ at: 0, from: 0, replaced: false }];
  let out = '';
  let copied = 0;
  for (const match of matches(WIDE_LOOKALIKE, text)) {
    const code = text.codePointAt(match.index)!;
    const kind = lookalikeKind(code);
    if (!kind) continue;
    out += text.slice(copied, match.index);
    anchors.push({ at: out.length, from: match.index, replaced: true });
    out += replacementOf(code, kind);
    copied = match.index + match[0].length;
    anchors.push({ at: out.length, from: copied, replaced: false });
  }
  if (anchors.length === 1) return { text, original: (index) => index };
  out += text.slice(copied);
  return {
    text: out,
    original(index) {
      let low = 0;
      let high = anchors.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (anchors[middle]!.at <= index) low = middle;
        else high = middle - 1;
      }
      const anchor = anchors[low]!;
      return anchor.replaced ? anchor.from : anchor.from + (index - anchor.at);
    },
  };
}

function replacementOf(code: number, kind: LookalikeKind): string {
  return SEPARATOR_FORM[kind] ?? (kind === 'plus' ? '+' : String.fromCodePoint(code).normalize('NFKC'));
}

/**
 * The matches of a global regex, as `matchAll` gives them but without copying the regex for every text:
 * that copy costs more than the scan of a short cell, and a million-line export has millions of cells.
 * The matches are collected before they are used, so one regex can serve nested scans.
 */
export function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  return found;
}
