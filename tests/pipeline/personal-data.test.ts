import { describe, expect, it } from 'vitest';
import { findPersonalData, isBankCard, isResidentId18, maskPersonalData } from '../../src/pipeline/personal-data.ts';
import { withCheckDigit } from './helpers.ts';

const kinds = (text: string) => findPersonalData(text).map((hit) => `${hit.kind} ${hit.masked}`);

const ID = withCheckDigit('61090219900101123'); // 610902199001011235
const ID_X = '11010519491231002X'; // the standard's own example, check character X

describe('resident ID numbers', () => {
  it('finds an 18-digit ID with a valid check digit and masks its middle', () => {
    expect(findPersonalData(`身份证号：${ID}。`)).toEqual([{ kind: 'resident-id', index: 5, length: 18, masked: '610902********1235' }]);
  });

  it('finds an ID ending in X, upper or lower case', () => {
    expect(kinds(ID_X)).toEqual(['resident-id 110105********002X']);
    expect(kinds(ID_X.toLowerCase())).toEqual(['resident-id 110105********002x']);
  });

  it('ignores 18 digits with a wrong check digit (and does not call them a card)', () => {
    const wrong = ID.slice(0, 17) + ((Number(ID[17]) + 1) % 10);
    expect(isResidentId18(wrong)).toBe(false);
    expect(kinds(wrong)).toEqual([]);
  });

  it('ignores 18 digits whose birth date does not exist', () => {
    expect(kinds(withCheckDigit('61090219900230123'))).toEqual([]);
  });

  it('finds the 15-digit old form with a plausible date, not one without', () => {
    expect(kinds('610902900101123')).toEqual(['resident-id 610902*****1123']);
    expect(kinds('610902901301123')).toEqual([]);
  });

  it('ignores an ID inside a longer run of digits', () => {
    expect(kinds(`9${ID}`)).toEqual([]);
    expect(kinds(`${ID}0`)).toEqual([]);
  });

  it('reads full-width digits as people type them', () => {
    const fullWidth = [...ID].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join('');
    expect(kinds(`证件号${fullWidth}`)).toEqual(['resident-id 610902********1235']);
  });
});

describe('mobile numbers', () => {
  it.each([
    ['13812345678', 0, 11],
    ['电话13812345678。', 2, 11],
    ['138-1234-5678', 0, 13],
    ['138 1234 5678', 0, 13],
    ['+86 138 1234 5678', 4, 13],
    ['+86-13812345678', 4, 11],
    ['+8613812345678', 1, 13],
    ['008613812345678', 0, 15],
    ['１３８１２３４５６７８', 0, 11],
    ['138－1234－5678', 0, 13],
  ])('finds %s', (text, index, length) => {
    expect(findPersonalData(text)).toEqual([{ kind: 'mobile', index, length, masked: '138****5678' }]);
  });

  it('ignores numbers that only look similar', () => {
    expect(kinds('12812345678')).toEqual([]); // 12x is not a mobile prefix
    expect(kinds('1381234567')).toEqual([]); // ten digits
    expect(kinds('213812345678')).toEqual([]); // inside a longer run
    expect(kinds('0915-3268123')).toEqual([]); // a landline
    expect(kinds('12317 或 400-123-4567')).toEqual([]); // hotlines
  });
});

describe('bank card numbers', () => {
  it('finds 16–19 digits that pass Luhn, written together or in groups of four', () => {
    expect(kinds('卡号 4111111111111111')).toEqual(['bank-card 4111********1111']);
    expect(kinds('6222 0212 3456 7890 128')).toEqual(['bank-card 6222***********0128']);
    expect(isBankCard('6222021234567890128')).toBe(true);
  });

  it('ignores a number starting with 0, as no card issuer\'s does (a run of zeros passes Luhn)', () => {
    expect(isBankCard('0000000000000000')).toBe(false);
    expect(kinds('n:"1000000000000000 0000000000000000 14def9dea2f79cd6"')).toEqual([]);
    expect(kinds('0411111111111111')).toEqual([]);
  });

  it('ignores the same length failing Luhn', () => {
    expect(kinds('4111111111111112')).toEqual([]);
    expect(kinds('6222021234567890123')).toEqual([]);
  });

  it('ignores year lists and other grouped figures', () => {
    expect(kinds('2015 2016 2017 2018')).toEqual([]);
  });
});

describe('numbers that are not personal', () => {
  it('ignores decimals: coordinates and amounts', () => {
    expect(kinds('[108.68723,32.13345678901]')).toEqual([]);
    expect(kinds('13812345678.25 元')).toEqual([]);
  });

  it('ignores 12-digit region codes and dates', () => {
    expect(kinds('610902001003,610902100201,2025-11-03')).toEqual([]);
  });

  it('ignores digit runs inside the content hashes the build writes (hex digests, Pagefind file names)', () => {
    expect(kinds('photos/3fa9c13812345678e0b9d1c2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a1.jpg')).toEqual([]);
    expect(kinds('pagefind/fragment/und_13812345678.pf_fragment')).toEqual([]);
  });

  it('finds a number next to letters: a short token is a name, not a hash', () => {
    expect(kinds('photos/zhang-3fa9c13812345678e0b.jpg')).toEqual(['mobile 138****5678']);
    expect(kinds(`face${ID}.png`)).toEqual(['resident-id 610902********1235']);
  });
});

describe('maskPersonalData', () => {
  it('replaces every hit by its masked form and leaves the rest', () => {
    expect(maskPersonalData(`张三，${ID}，电话 138-1234-5678。`)).toBe('张三，610902********1235，电话 138****5678。');
  });
});
