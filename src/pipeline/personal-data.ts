// Finds personal numbers in text: resident ID (GB 11643), mobile and bank card numbers, masked for reporting.
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
 * Candidates, each with no digit right before it: a run of 11+ digits (17 + X for an ID), a mobile
 * written 138-1234-5678 or 138 1234 5678, or a card written in groups of four. A grouped card must
 * not continue with another group. Context (decimals, hashes) is judged afterwards.
 */
const CANDIDATE =
  /(?<![0-9])(?:[0-9]{11,}[Xx]?(?![0-9])|1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])|[3-69][0-9]{3}(?:[ -][0-9]{4}){3}(?:[ -]?[0-9]{1,3})?(?![ -]?[0-9]))/g;

/**
 * Cheap test every hit passes: eleven digits in a row, three digits then a separator and four
 * more (138 1234…, 6222 0212…), or characters that fold into digits. Dates and amounts fail it,
 * so most cells of a million-line file skip the full scan.
 */
const MAY_CONTAIN = /[0-9]{11}|[0-9]{3}[ \-\u2010-\u2015\u2212\u3000\uFF0D][0-9]{4}|[\uFF10-\uFF19]/;

/** Characters people type in place of ASCII digits, +, - and space; each folds to one code unit, so indexes stay valid. */
const FOLDABLE = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF38\uFF58\u3000\u2010-\u2015\u2212]/g;

function fold(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0); // full-width ASCII, as NFKC
  if (code === 0x3000) return ' ';
  return '-'; // the dashes and the minus sign
}

export function findPersonalData(text: string): PersonalDataHit[] {
  if (text.length < 11 || !MAY_CONTAIN.test(text)) return [];
  const folded = text.replace(FOLDABLE, fold);
  const hits: PersonalDataHit[] = [];
  for (const match of folded.matchAll(CANDIDATE)) {
    const hit = judge(folded, match.index, match[0]);
    if (hit) hits.push(hit);
  }
  return hits;
}

function judge(text: string, index: number, candidate: string): PersonalDataHit | undefined {
  if (isPartOfDecimal(text, index, candidate.length) || isInsideHash(text, index, candidate.length)) return undefined;
  const digits = candidate.replace(/[ -]/g, '');
  const hit = (kind: PersonalDataKind, masked: string) => ({ kind, index, length: candidate.length, masked });

  if (digits.length === 18 && isResidentId18(digits)) return hit('resident-id', maskId(digits));
  const number = digits.replace(/[Xx]$/, '');
  if (number.length === 15 && number === digits && isResidentId15(number)) return hit('resident-id', maskId(number));
  if (isMobile(number)) return hit('mobile', maskMobile(number));
  // +86 or 0086 written straight before the mobile number.
  const international = /^(?:0086|86)(1[3-9][0-9]{9})$/.exec(number);
  if (international?.[1] && (number.startsWith('00') || text[index - 1] === '+')) {
    return hit('mobile', maskMobile(international[1]));
  }
  // An 18-digit number shaped like an ID (a birth date in place) but failing the check digit is a
  // mistyped ID or a record number, not a card.
  if (number.length === 18 && hasBirthDate18(number)) return undefined;
  if (isBankCard(number)) return hit('bank-card', maskCard(number));
  return undefined;
}

/** 32.13345678901 is a coordinate, 13345678901.5 an amount: digits on either side of a decimal point are not numbers people own. */
function isPartOfDecimal(text: string, index: number, length: number): boolean {
  const before = text.charCodeAt(index - 2);
  const after = text.charCodeAt(index + length + 1);
  return (text[index - 1] === '.' && isDigitCode(before)) || (text[index + length] === '.' && isDigitCode(after));
}

/** Content hashes in file names (3fa9c13812345678e0…) contain long digit runs by chance. */
function isInsideHash(text: string, index: number, length: number): boolean {
  let start = index;
  while (start > 0 && /[0-9A-Za-z]/.test(text[start - 1] ?? '')) start--;
  let end = index + length;
  while (end < text.length && /[0-9A-Za-z]/.test(text[end] ?? '')) end++;
  const token = text.slice(start, end);
  return token.length > length && /^[0-9a-fA-F]+$/.test(token);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isMobile(digits: string): boolean {
  return /^1[3-9][0-9]{9}$/.test(digits);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check character. */
export function isResidentId18(id: string): boolean {
  if (!/^[0-9]{17}[0-9Xx]$/.test(id) || !hasBirthDate18(id)) return false;
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

/** Luhn (ISO/IEC 7812) over a 16–19 digit number. */
export function isBankCard(digits: string): boolean {
  if (!/^[0-9]{16,19}$/.test(digits)) return false;
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
