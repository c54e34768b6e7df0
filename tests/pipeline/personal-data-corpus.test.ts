// The privacy gate against numbers written the way careless publishers and their tools write them, and against what only looks like one.
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/build/output/privacy-scan.ts';
import { parseCsv } from '../../src/pipeline/csv.ts';
import { findPersonalData, maskPersonalData, type PersonalDataKind } from '../../src/pipeline/personal-data.ts';
import { scanRecords } from '../../src/pipeline/privacy.ts';
import { locateRecords } from '../../src/pipeline/record-location.ts';

/** Not real people's numbers: an ID with a valid GB 11643 check digit, the standard's own example ending in X, a mobile, a Luhn-valid card. */
const ID = '610902198001011230';
const ID_X = '11010519491231002X';
const MOBILE = '13992851234';
const CARD = '6222021234567890128';

const fullWidth = (text: string) => text.replace(/[0-9X]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const between = (digits: string, separator: string) => [...digits].join(separator);
const circled = (digits: string) => [...digits].map((digit) => (digit === '0' ? '⓪' : String.fromCharCode(0x245f + Number(digit)))).join('');
const mathBold = (digits: string) => [...digits].map((digit) => String.fromCodePoint(0x1d7ce + Number(digit))).join('');

interface Disguised {
  name: string;
  text: string;
  /** The number as the text writes it, first digit to last: the hit must cover exactly this. */
  written: string;
  kind: PersonalDataKind;
  digits: string;
}

const disguise = (name: string, kind: PersonalDataKind, digits: string, written: string, before = '', after = ''): Disguised => ({
  name,
  kind,
  digits,
  written,
  text: `${before}${written}${after}`,
});

const DISGUISED: Disguised[] = [
  // Resident IDs.
  disguise('ID in 6-4-4-4 groups in a notice body', 'resident-id', ID, '610902 1980 0101 1230', '经核实，联系人身份证号 ', '，特此公示。'),
  disguise('ID in 6-8-4 groups with hyphens', 'resident-id', ID, '610902-19800101-1230', '单位：', '（帮扶责任人）'),
  disguise('ID in 6-8-4 groups with spaces', 'resident-id', ID, '610902 19800101 1230'),
  disguise('ID in 3-3-4-4-4 groups', 'resident-id', ID, '610 902 1980 0101 1230', '证件 '),
  disguise('ID in groups of four, like a card', 'resident-id', ID, '6109 0219 8001 0112 30'),
  disguise('ID broken across a line inside a story', 'resident-id', ID, '6109021980\n01011230', '“我的身份证号是', '，请核实。”'),
  disguise('ID broken across a line with indentation', 'resident-id', ID, '610902198001\n    011230', '身份证：'),
  disguise('ID with no-break spaces (U+00A0)', 'resident-id', ID, '610902\u00a01980\u00a00101\u00a01230'),
  disguise('ID with ideographic spaces (U+3000)', 'resident-id', ID, '610902\u30001980\u30000101\u30001230', '身份证'),
  disguise('ID with a zero-width space between every digit', 'resident-id', ID, between(ID, '\u200b'), '号码'),
  disguise('ID with word joiners, BOMs and zero-width joiners', 'resident-id', ID, '610902\u20601980\ufeff0101\u200d1230'),
  disguise('ID with en dashes and em dashes', 'resident-id', ID, '610902–19800101—1230'),
  disguise('ID in full-width digits with full-width hyphens', 'resident-id', ID, fullWidth('610902－19800101－1230')),
  disguise('ID with dots', 'resident-id', ID, '610902.1980.0101.1230'),
  disguise('ID with slashes', 'resident-id', ID, '610902/1980/0101/1230'),
  disguise('ID with its area code in parentheses', 'resident-id', ID, '610902)19800101-1230', '('),
  disguise('ID with full-width parentheses', 'resident-id', ID, '610902）19800101（1230', '（', '）'),
  disguise('ID ending in X, grouped', 'resident-id', ID_X, '110105 19491231 002X'),
  disguise('ID ending in a full-width Ｘ', 'resident-id', ID_X, fullWidth(ID_X)),
  disguise('ID in a photo file name, next to letters', 'resident-id', ID, ID, 'face', '.png'),
  disguise('ID between bidi marks', 'resident-id', ID, `${ID.slice(0, 9)}\u200f${ID.slice(9)}`, '\u200e', '\u200f号'),
  // Mobile numbers.
  disguise('mobile with dots (release.json contact address)', 'mobile', MOBILE, '139.9285.1234', '陕西省安康市兴安中路 1 号 联系人 ', ''),
  disguise('mobile with no-break spaces', 'mobile', MOBILE, '139\u00a09285\u00a01234', '电话'),
  disguise('mobile with narrow no-break spaces and thin spaces', 'mobile', MOBILE, '139\u202f9285\u20091234'),
  disguise('mobile with zero-width spaces', 'mobile', MOBILE, '139\u200b9285\u200b1234'),
  disguise('mobile with non-breaking hyphens', 'mobile', MOBILE, '139\u20119285\u20111234'),
  disguise('mobile with minus signs', 'mobile', MOBILE, '139\u22129285\u22121234'),
  disguise('mobile with katakana long marks, as a Japanese IME types dashes', 'mobile', MOBILE, '139ー9285ー1234'),
  disguise('mobile with its prefix in parentheses', 'mobile', MOBILE, '139)9285-1234', '手机('),
  disguise('mobile with slashes', 'mobile', MOBILE, '139/9285/1234'),
  disguise('mobile in 3-8 groups', 'mobile', MOBILE, '139 92851234'),
  disguise('mobile in 4-4-3 groups', 'mobile', MOBILE, '1399 2851 234'),
  disguise('mobile broken across a line', 'mobile', MOBILE, '139 9285\n1234', '联系电话：'),
  disguise('mobile after letters', 'mobile', MOBILE, MOBILE, 'abc'),
  disguise('mobile before letters', 'mobile', MOBILE, MOBILE, '', 'abc'),
  disguise('mobile as a photo file name', 'mobile', MOBILE, MOBILE, '', '.jpg'),
  disguise('mobile after +86 and a space', 'mobile', MOBILE, '139 9285 1234', '+86 '),
  disguise('mobile after a full-width ＋86, in full-width digits', 'mobile', MOBILE, fullWidth(`86${MOBILE}`), '＋'),
  disguise('mobile in circled digits', 'mobile', MOBILE, circled(MOBILE)),
  disguise('mobile in mathematical bold digits', 'mobile', MOBILE, mathBold(MOBILE)),
  disguise('mobile with strike-through combining marks', 'mobile', MOBILE, between(MOBILE, '\u0336')),
  // Bank cards.
  disguise('card with no-break spaces', 'bank-card', CARD, '6222\u00a00212\u00a03456\u00a07890\u00a0128', '卡号'),
  disguise('card with em dashes', 'bank-card', CARD, '6222—0212—3456—7890—128'),
  disguise('card with zero-width spaces', 'bank-card', CARD, between(CARD, '\u200b')),
  disguise('card next to letters', 'bank-card', CARD, CARD, 'card'),
];

/** Everything here must pass: figures, codes, ids, landlines and the content hashes the build itself writes. */
const LOOK_ALIKES: [name: string, text: string][] = [
  ['an amount with thousands separators', '计划金额 12,000,050.00 元'],
  ['an amount with fen', '已拨付 3694.76 元'],
  ['two amounts side by side', '12,000,050.00 3694.76'],
  ['an amount with fen that is eleven digits before the point', '合计 13812345678.25 元'],
  ['a coordinate with many decimals', '[108.68723,32.13345678901]'],
  ['a longitude whose decimals start like a mobile', '108.13812345678'],
  ['a longitude of 13x degrees with eight decimals', '130.12345678,45.12345678'],
  ['two integers that join into a Luhn-valid 16 digits', '4111111 111111111'],
  ['seven digits and four that join into a mobile', '1399285 1234'],
  ['two digits and nine that join into a mobile', '13 992851234'],
  ['a date with hyphens', '2026-11-03'],
  ['a date with slashes', '2026/11/3'],
  ['a date without separators', '20261103'],
  ['a publicity period', '2026-11-03 2026-11-07'],
  ['a date and time', '2026-11-03 14:30:00'],
  ['a date in full-width digits', '２０２６年１１月３日'],
  ['a year range with an em dash', '2023—2026 年'],
  ['a year list', '2015 2016 2017 2018'],
  ['a region code', '610902001003'],
  ['a region code in its three parts', '610902 001 003'],
  ['a region code and a year', '610902001003 2025'],
  ['a region code, a year and a month', '610902001003 2025 01'],
  ['a pairing id', '610902100201/2023'],
  ['a project id', 'XM-2023-00001'],
  ['a notice id with a county code', 'GS-2023-ZJ-610921-1'],
  ['honoree and notice ids', 'H2025-001 N2025-01 ZQ-2023-00001'],
  ['a landline', '0915-3268123'],
  ['a landline with the area code in parentheses', '（0915）3268123'],
  ['a Xi’an landline in 3-8 groups', '029-88886666'],
  ['hotlines', '12317 或 12345，400-123-4567'],
  ['twelve digits starting like a mobile', '138123456789'],
  ['a mobile prefix that does not exist', '12812345678'],
  ['ten digits', '1381234567'],
  ['an ID with a wrong check digit', '610902 1980 0101 1231'],
  ['an ID-shaped number whose birth date does not exist', '610902 1980 0230 1234'],
  ['an ID inside a longer run of digits', `9${ID}`],
  ['a millisecond timestamp', 'mmexport1699999999999.jpg'],
  ['a version and an IP address', 'v1.3.8 192.168.100.200'],
  ['Astro asset names', '_astro/index.BbL69_pT.js _astro/BaseLayout.ZHs0Lnjj.css'],
  ['Pagefind file names', 'pagefind/fragment/und_98d7917.pf_fragment pagefind/index/und_3fa9c13.pf_index'],
  ['a Pagefind file name whose hash is all digits', 'pagefind.und_13992851234.pf_meta'],
  ['the map data’s file name, its short hash holding a mobile', '/map/regions-13992851234f.json /map/regions-e13992851234.json'],
  ['a sha256 digest with a mobile inside', '3fa9c13992851234e0b9d1c2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a1'],
  ['a sha1 digest with an ID inside', `e0b9${ID}d1c2f4a6b8c0d2e4f6a8b0c2`],
  ['an md5 digest starting with a mobile', `${MOBILE}abcdef0123456789abcde`],
  ['a percentage and a count', '满意率 13.99%，共 1,399 户'],
  ['a chapter with middle dots', '安康 · 2026 · 13'],
];

describe('disguised personal numbers', () => {
  it(`rejects all ${DISGUISED.length} disguised forms, each hit covering exactly the number as written`, () => {
    const wrong = DISGUISED.flatMap(({ name, text, written, kind, digits }) => {
      const hits = findPersonalData(text);
      const index = text.indexOf(written);
      const expected = [{ kind, index, length: written.length }];
      const got = hits.map((hit) => ({ kind: hit.kind, index: hit.index, length: hit.length }));
      const masked = hits[0]?.masked ?? '';
      const maskOk = masked.startsWith(digits.slice(0, 3)) && masked.endsWith(digits.slice(-4)) && masked.includes('****');
      return JSON.stringify(got) === JSON.stringify(expected) && maskOk ? [] : [{ name, got, expected, masked }];
    });
    expect(wrong).toEqual([]);
  });

  it(`masks all ${DISGUISED.length}: no report text keeps the middle digits`, () => {
    for (const { text, digits } of DISGUISED) {
      const masked = maskPersonalData(text);
      expect(masked.replace(/[^0-9]/g, ''), text).not.toContain(digits.slice(3, -4));
      expect(findPersonalData(masked)).toEqual([]);
    }
  });

  it(`the output scan finds all ${DISGUISED.length} in a UTF-8 file, on its fast path and its slow path alike`, () => {
    const missed = DISGUISED.filter(({ text }) => scanFile(Buffer.from(`<p>${text}</p>\n`, 'utf8'), 'page.html').length !== 1);
    expect(missed.map(({ name }) => name)).toEqual([]);
  });

  it('names the cell, the Excel row, the record id and the line where an ID broken across a line starts', () => {
    const story = `“我的身份证号是6109021980\n01011230，请核实。”`;
    const parsed = parseCsv(`id,story\nH1,第一行\nH2,"第一段\n\n${story}"\n`, 'honorees.csv');
    const problems = scanRecords(parsed, locateRecords(parsed, 'honorees.csv', [0]));
    expect(problems.map(({ code, row, recordId, line, column, field, value }) => ({ code, row, recordId, line, column, field, value }))).toEqual([
      { code: 'privacy-resident-id', row: 3, recordId: 'H2', line: 5, column: 2, field: 'story', value: '610902********1230' },
    ]);
  });
});

describe('numbers that only look personal', () => {
  it(`accepts all ${LOOK_ALIKES.length} look-alikes`, () => {
    const flagged = LOOK_ALIKES.flatMap(([name, text]) => (findPersonalData(text).length > 0 ? [{ name, hits: findPersonalData(text) }] : []));
    expect(flagged).toEqual([]);
  });

  it(`the output scan accepts all ${LOOK_ALIKES.length} too, in HTML and in JSON`, () => {
    const flagged = LOOK_ALIKES.filter(
      ([, text]) => scanFile(Buffer.from(`<p>${text}</p>`, 'utf8'), 'page.html').length + scanFile(Buffer.from(JSON.stringify({ text }), 'utf8'), 'data.json').length > 0,
    );
    expect(flagged.map(([name]) => name)).toEqual([]);
  });
});
