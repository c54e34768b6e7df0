// The one normalisation before a personal-number match: checked against Unicode as a whole, and against the output scan's Latin-1 fast path.
import { describe, expect, it } from 'vitest';
import { holdsLookalikeNumber } from '../../src/build/output/lookalike-bytes.ts';
import { LOOKALIKES, lookalikeKind, lookalikeStretches, normaliseDigits } from '../../src/pipeline/digit-text.ts';
import { findPersonalData } from '../../src/pipeline/personal-data.ts';

/** Every code point from U+0080 on, surrogates left out. */
function* codePoints(): Generator<number> {
  for (let code = 0x80; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) yield code;
}

describe('LOOKALIKES', () => {
  it('holds every character NFKC makes a digit, X, + or separator, and every space, dash and format character — but the ones left out on purpose', () => {
    // ¹ ² ³ ¼ ½ ¾ (Latin-1: exponents, fractions, and bytes of UTF-8 read as Latin-1); unit signs (㎡ → m2);
    // mathematical letters X (𝐗…), a Hebrew plus, and format characters of scripts no export uses.
    const leftOut = (code: number) =>
      (code >= 0x80 && code <= 0xff && code !== 0x85 && code !== 0xa0 && code !== 0xad) ||
      (code >= 0x3371 && code <= 0x33df) || (code >= 0x1d400 && code <= 0x1d7cb) || code === 0x1cced || code === 0x1f147 ||
      code === 0x3164; // listed with the invisible fillers already; NFKC makes it U+1160
    const missing: string[] = [];
    for (const code of codePoints()) {
      if (leftOut(code) || lookalikeKind(code) !== undefined) continue;
      const char = String.fromCodePoint(code);
      const nfkc = char.normalize('NFKC');
      const becomesPart = /[0-9+]/.test(nfkc) || /^[Xx]$/.test(nfkc) || (nfkc !== char && /^[\s.\/()-]+$/.test(nfkc));
      if (becomesPart || /^[\s\p{Pd}\p{Cf}]$/u.test(char)) missing.push(`U+${code.toString(16).toUpperCase()} ${JSON.stringify(char)}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists each character under one kind only', () => {
    const seen = new Map<number, string>();
    const twice: string[] = [];
    for (const [kind, ranges] of Object.entries(LOOKALIKES)) {
      for (const [from, to] of ranges) {
        for (let code = from; code <= to; code++) {
          if (seen.has(code)) twice.push(`U+${code.toString(16)} ${seen.get(code)} ${kind}`);
          seen.set(code, kind);
        }
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('normaliseDigits', () => {
  it('rewrites look-alikes and maps every position back to the character typed', () => {
    const text = '电话\u200b１３９\u3000９２８５－①𝟐３４Ｘ';
    const normalised = normaliseDigits(text);
    expect(normalised.text).toBe('电话139 9285-1234X');
    const back = [...normalised.text].map((_, index) => text[normalised.original(index)]);
    expect(back.join('')).toBe('电话１３９\u3000９２８５－①\ud835３４Ｘ');
  });

  it('finds the stretches where a number is written with look-alikes, and only those with enough digits for one', () => {
    const text = '（2025）年 2023—2026 电话 139—9285—1234 完';
    expect(lookalikeStretches(text).map(([start, end]) => text.slice(start, end))).toEqual([' 139—9285—1234 ']);
  });
});

describe('the output scan’s Latin-1 fast path', () => {
  /** Pieces of text as they occur in pages, and every kind of look-alike. */
  const PIECES = [
    '0', '1', '3', '5', '6', '9', '1', '2', '8', ' ', '-', '.', '/', '(', ')', '\n', '+', 'X', 'a', 'f', '_', ',', ':',
    '年', '，', '。', '（', '）', '·', '¹', '²', '½', '©', 'é', '\u00a0', '\u00ad',
    '１', '３', '９', 'Ｘ', '＋', '－', '．', '／', '\u3000', '—', '–', '\u200b', '\ufeff', '\u2060', '①', '⑬', '𝟑', '😀', '㎡',
  ];
  /** A seeded generator (mulberry32), so a failure can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  it('never skips decoding a file whose UTF-8 text holds a number the Latin-1 reading does not show (20,000 random texts)', () => {
    const next = random(20261103);
    const wrong: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const digitsFirst = Array.from({ length: 11 + Math.floor(next() * 8) }, () => String(Math.floor(next() * 10)));
      // Digits with pieces strewn among them: most texts hold a number only if the pieces are read right.
      const text = digitsFirst.map((digit) => (next() < 0.3 ? PIECES[Math.floor(next() * PIECES.length)]! : '') + digit).join('');
      const bytes = Buffer.from(text, 'utf8');
      const latin1 = bytes.toString('latin1');
      if (holdsLookalikeNumber(latin1)) continue;
      const shown = (hits: ReturnType<typeof findPersonalData>) => hits.map((hit) => `${hit.kind} ${hit.masked}`).join();
      if (shown(findPersonalData(latin1)) !== shown(findPersonalData(text))) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('decodes a file that holds a look-alike number, and leaves the ( ) — and spaces of Chinese text to the fast path', () => {
    const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    expect(holdsLookalikeNumber(latin1('电话 139—9285—1234'))).toBe(true);
    expect(holdsLookalikeNumber(latin1('电话 １３９'))).toBe(true);
    expect(holdsLookalikeNumber(latin1('61090219800101123Ｘ'))).toBe(true);
    expect(holdsLookalikeNumber(latin1('（2025）第 3 号，2023—2026 年，安康\u3000汉滨'))).toBe(false);
  });
});
