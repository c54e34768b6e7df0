// Finds personal numbers in text: resident ID (GB 11643), mobile and bank card numbers, masked for reporting.
import { lookalikeStretches, MARKS, matches, normaliseDigits, SPACES } from './digit-text.ts';
import { problem } from './problems.ts';
import type { Problem } from './report.ts';

export type PersonalDataKind = 'resident-id' | 'mobile' | 'bank-card';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** Where the number starts in the text, in UTF-16 code units. */
  index: number;
  /** How many code units it spans, separators included. */
  length: number;
  /** The number with its middle starred out: 138****5678, 610902********1234. */
  masked: string;
}

/**
 * Digits joined by at most four separators (after the normalisation: marks - . / ( ), and runs of spaces and
 * line breaks, each run one separator, as a browser shows it), eleven digits or more in all: where a personal
 * number can be. Which of its groups form one is judged afterwards; anything else (a comma, a colon, a
 * letter, a Chinese character) ends the chain.
 */
const GAP = `(?:[${MARKS}]|[${SPACES}]+(?![${SPACES}])){0,4}`;
const CHAIN = new RegExp(`(?<![0-9])[0-9](?:${GAP}[0-9]){10,}`, 'g');

/**
 * How people group a mobile number (139 9285 1234, 139-92851234) and a bank card (6222 0212 3456 7890 128),
 * as group lengths. Any other joining of separated digits is not taken for one: a mobile prefix and Luhn
 * pass one join in 14 and in 10, so two amounts, a code and a year, or the end of one line and the start
 * of the next, would often pass. A resident ID may be grouped any way (610902 19800101 1230, or broken
 * across a line anywhere): its birth date and check digit pass one random join in about 14,000.
 */
const MOBILE_GROUPINGS = new Set(['11', '3-4-4', '3-8', '4-4-3']);
const CARD_GROUPINGS = /^(?:1[6-9]|4-4-4-4(?:-[1-3])?|4-4-4-[5-7])$/;

/**
 * Every personal number in `text`, at the place it was typed (UTF-16 positions in `text` itself), read as a
 * person reads it: after the one normalisation (digit-text.ts), digits joined across separators, also where
 * they touch letters; then the check digit of GB 11643, the mobile prefixes and Luhn. The export's cells,
 * headers and JSON values go through here, and so does every file of the built site.
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  if (text.length < 11) return [];
  const stretches = lookalikeStretches(text);
  const hits: PersonalDataHit[] = [];
  let next = 0;
  for (const match of matches(CHAIN, text)) {
    while (next < stretches.length && stretches[next]![1] <= match.index) next++;
    const stretch = stretches[next];
    if (stretch && stretch[0] < match.index + match[0].length) continue; // read below, normalised
    for (const { kind, start, end, masked } of judgeChain(text, match.index, match[0])) hits.push({ kind, index: start, length: end - start, masked });
  }
  for (const [start, end] of stretches) hits.push(...findInStretch(text, start, end));
  return stretches.length > 0 ? hits.sort((a, b) => a.index - b.index) : hits;
}

/**
 * A stretch written with look-alikes, normalised together with the letters and digits around it (a content
 * hash is judged by its whole token) and the characters just outside (a + before, an X or ".pf_" after).
 */
function findInStretch(text: string, start: number, end: number): PersonalDataHit[] {
  let from = start;
  while (from > 0 && isAsciiAlphanumeric(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && isAsciiAlphanumeric(text.charCodeAt(to))) to++;
  from = Math.max(0, from - 1);
  to = Math.min(text.length, to + 4);
  const window = normaliseDigits(text.slice(from, to));
  const hits: PersonalDataHit[] = [];
  for (const match of matches(CHAIN, window.text)) {
    for (const found of judgeChain(window.text, match.index, match[0])) {
      const index = from + window.original(found.start);
      if (index < start || index >= end) continue; // outside the stretch: found by the plain scan
      const last = from + window.original(found.end - 1);
      hits.push({ kind: found.kind, index, length: last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) - index, masked: found.masked });
    }
  }
  return hits;
}

interface Found {
  kind: PersonalDataKind;
  /** Normalised positions: the first character of the number, one past its last. */
  start: number;
  end: number;
  masked: string;
}

interface Group {
  /** Normalised positions of its first digit and one past its last. */
  start: number;
  end: number;
  digits: string;
}

/** A chain's digit groups, and the separators between them (gaps[i] between groups i and i + 1). */
function splitChain(chain: string, offset: number): { groups: Group[]; gaps: string[] } {
  const groups: Group[] = [];
  const gaps: string[] = [];
  let group: Group | undefined;
  let gap = '';
  for (let at = 0; at < chain.length; at++) {
    const code = chain.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      if (!group) {
        if (groups.length > 0) gaps.push(gap);
        groups.push((group = { start: offset + at, end: offset + at, digits: '' }));
        gap = '';
      }
      group.digits += chain[at];
      group.end = offset + at + 1;
    } else if (code !== SOFT_HYPHEN) {
      group = undefined;
      gap += code === 0xa0 ? ' ' : code === 0x85 ? '\n' : chain[at];
    }
  }
  return { groups, gaps };
}

const SOFT_HYPHEN = 0xad;

/**
 * Every run of whole groups of a chain that is a personal number, the earliest and longest where they
 * overlap. A single "." between two groups is a decimal point: no number is cut out of a decimal
 * (13812345678.25, 108.13812345678), and only a number written with dots throughout (139.9285.1234) is
 * joined across one.
 */
function judgeChain(text: string, offset: number, chain: string): Found[] {
  // Most chains are one group of a length no number has: 12-digit region codes.
  if (!NUMBER_LENGTHS.has(chain.length) && ALL_DIGITS.test(chain)) return [];
  const { groups, gaps } = splitChain(chain, offset);
  const after = text[offset + chain.length] ?? '';
  const checkX = after === 'X' || after === 'x' ? after : '';
  const found: Found[] = [];
  for (let i = 0; i < groups.length; i++) {
    if (gaps[i - 1] === '.') continue;
    let digits = '';
    let grouping = '';
    for (let j = i; j < groups.length && digits.length + groups[j]!.digits.length <= 19; j++) {
      const group = groups[j]!;
      digits += group.digits;
      grouping += (j > i ? '-' : '') + group.digits.length;
      const last = j === groups.length - 1;
      if (!last && gaps[j] === '.') continue;
      if (j > i && !joinsAcrossPoints(gaps, i, j)) continue;
      const start = groups[i]!.start;
      if (i === j && isContentHash(text, start, group.end)) continue;
      const hit = judge(digits, grouping, { checkX: last ? checkX : '', plusBefore: i === 0 && text[start - 1] === '+', grouped: i !== j, last });
      if (hit) found.push({ kind: hit.kind, start, end: group.end + (hit.withX ? 1 : 0), masked: hit.masked });
    }
  }
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const hit of found) if (kept.length === 0 || hit.start >= kept[kept.length - 1]!.end) kept.push(hit);
  return kept;
}

/** The lengths of an unbroken run of digits that may be a personal number (17: an ID with X; 13 and 15: +86, 0086). */
const NUMBER_LENGTHS = new Set([11, 13, 15, 16, 17, 18, 19]);
const ALL_DIGITS = /^[0-9]+$/;

/** Groups i…j may join across a decimal point only when every gap between them is one and there are two or more. */
function joinsAcrossPoints(gaps: readonly string[], i: number, j: number): boolean {
  let points = 0;
  for (let k = i; k < j; k++) if (gaps[k] === '.') points++;
  return points === 0 || (points === j - i && points >= 2);
}

interface Context {
  /** The X or x written right after the digits, if any (an ID's check character). */
  checkX: string;
  /** A + right before the digits: +8613812345678. */
  plusBefore: boolean;
  /** Joined from more than one group. */
  grouped: boolean;
  /** The chain's last group: nothing follows it. */
  last: boolean;
}

function judge(digits: string, grouping: string, context: Context): { kind: PersonalDataKind; masked: string; withX?: boolean } | undefined {
  if (digits.length === 17 && context.checkX && isResidentId18(digits + context.checkX)) {
    return { kind: 'resident-id', masked: maskId(digits + context.checkX), withX: true };
  }
  if (digits.length === 18 && isResidentId18(digits)) return { kind: 'resident-id', masked: maskId(digits) };
  if (digits.length === 15 && !context.grouped && !context.checkX && isResidentId15(digits)) return { kind: 'resident-id', masked: maskId(digits) };
  if (MOBILE_GROUPINGS.has(grouping) && isMobile(digits)) return { kind: 'mobile', masked: maskMobile(digits) };
  // +86 or 0086 written straight before the mobile number.
  const international = /^(?:0086|86)(1[3-9][0-9]{9})$/.exec(digits);
  if (international?.[1] && !context.grouped && (digits.startsWith('00') || context.plusBefore)) {
    return { kind: 'mobile', masked: maskMobile(international[1]) };
  }
  // An 18-digit number shaped like an ID (a birth date in place) but failing the check digit is a
  // mistyped ID or a record number, not a card. A card in groups starts as issuers' numbers do, and ends the chain.
  if (digits.length === 18 && hasBirthDate18(digits)) return undefined;
  if (!CARD_GROUPINGS.test(grouping) || (context.grouped && !(context.last && /^[3-69]/.test(digits)))) return undefined;
  return isBankCard(digits) ? { kind: 'bank-card', masked: maskCard(digits) } : undefined;
}

/**
 * Digits inside a content hash are there by chance: a hex digest of 32 characters or more (md5, sha1,
 * sha256), a short hash of letters and digits set between a name and an extension as the build names its
 * files (regions-3fa9c13992851234.json, not at the start of a name), and Pagefind's file names
 * (und_13992851234.pf_meta). Anything else is not a hash: a number next to letters
 * (face610902198001011230.png, abc13992851234) is still a number.
 */
function isContentHash(text: string, start: number, end: number): boolean {
  while (start > 0 && isAsciiAlphanumeric(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isAsciiAlphanumeric(text.charCodeAt(end))) end++;
  const token = text.slice(start, end);
  if (!/^[0-9a-f]+$/i.test(token)) return false;
  if (token.length >= 32) return true;
  const before = text[start - 1] ?? '';
  if (before === '_' && text.startsWith('.pf_', end)) return true;
  return token.length >= 7 && token.length <= 16 && /[a-f]/i.test(token) && '-_.'.includes(before) && before !== '' && text[end] === '.';
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isMobile(digits: string): boolean {
  return /^1[3-9][0-9]{9}$/.test(digits);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999: 6-digit area (province 11–82), 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check character. */
export function isResidentId18(id: string): boolean {
  if (!/^[1-8][0-9]{16}[0-9Xx]$/.test(id) || !hasBirthDate18(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === id[17]?.toUpperCase();
}

function hasBirthDate18(id: string): boolean {
  return isPlausibleBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** The 15-digit form issued before 1999: area (province 11–82), YYMMDD of a 19xx birth, sequence; no check digit. */
export function isResidentId15(id: string): boolean {
  if (!/^[1-8][0-9]{14}$/.test(id)) return false;
  return isPlausibleBirthDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

function isPlausibleBirthDate(year: number, month: number, day: number): boolean {
  if (year < 1890 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Luhn (ISO/IEC 7812) over a 16–19 digit number. No issuer's card starts with 0 (major industry identifier 0 is
 * assigned to no card issuer), and a run of zeros passes Luhn: 0000000000000000 is padding, such as the tables of a
 * big-number library in the export checker's bundled workbook reader, never a card.
 */
export function isBankCard(digits: string): boolean {
  if (!/^[1-9][0-9]{15,18}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const stars = (count: number) => '*'.repeat(count);
const maskMobile = (digits: string) => `${digits.slice(0, 3)}${stars(4)}${digits.slice(7)}`;
const maskId = (id: string) => `${id.slice(0, 6)}${stars(id.length - 10)}${id.slice(-4)}`;
const maskCard = (digits: string) => `${digits.slice(0, 4)}${stars(digits.length - 8)}${digits.slice(-4)}`;

/** The text with every personal number replaced by its masked form, for echoing values in reports. */
export function maskPersonalData(text: string): string {
  const hits = findPersonalData(text);
  if (hits.length === 0) return text;
  let masked = '';
  let at = 0;
  for (const hit of hits) {
    masked += text.slice(at, hit.index) + hit.masked;
    at = hit.index + hit.length;
  }
  return masked + text.slice(at);
}

const KIND_NAMES: Record<PersonalDataKind, { zh: string; en: string }> = {
  'resident-id': { zh: '居民身份证号', en: 'a resident ID number' },
  mobile: { zh: '手机号', en: 'a mobile phone number' },
  'bank-card': { zh: '银行卡号', en: 'a bank card number' },
};

/** Each kind's problem code, written out so that the catalogue test finds it in the source. */
const PRIVACY_CODES: { [Kind in PersonalDataKind]: `privacy-${Kind}` } = {
  'resident-id': 'privacy-resident-id',
  mobile: 'privacy-mobile',
  'bank-card': 'privacy-bank-card',
};

const EXPECTED = {
  zh: '不含身份证号、手机号或银行卡号的内容（联系电话只能是固定电话或公共热线）',
  en: 'content without resident ID, mobile or bank card numbers (contact numbers must be landlines or public hotlines)',
};

export interface PersonalDataLocation {
  file: string;
  /** For a CSV cell: the record's row in Excel and its id (see record-location.ts). */
  row?: number;
  recordId?: string;
  line?: number;
  column?: number;
  field?: string;
}

/** One problem per number found; the value is the masked number, never the number itself. */
export function personalDataProblem(hit: PersonalDataHit, at: PersonalDataLocation): Problem {
  const kind = KIND_NAMES[hit.kind];
  return problem({
    code: PRIVACY_CODES[hit.kind],
    ...at,
    value: hit.masked,
    expected: EXPECTED,
    message: {
      zh: `疑似${kind.zh}（${hit.masked}）。个人信息未经单独同意不得公开，请删除或改为单位电话。`,
      en: `This looks like ${kind.en} (${hit.masked}). Personal information may not be published without separate consent: remove it or use an office number.`,
    },
  });
}
