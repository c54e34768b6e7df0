// The output scan's fast path: whether a file read as Latin-1 holds a look-alike character that could be part of a number.
import { LOOKALIKES, type LookalikeKind } from '../../pipeline/digit-text.ts';

type Ranges = readonly (readonly [number, number])[];

const UTF8 = new TextEncoder();

/** A regex over the UTF-8 encodings of code point ranges, one Latin-1 character a byte. */
const bytes = (ranges: Ranges, flags: string) => new RegExp(alternation(ranges.flatMap(([from, to]) => utf8Sequences(from, to))), flags);
const separatorKinds = (Object.keys(LOOKALIKES) as LookalikeKind[]).filter((kind) => kind !== 'digit' && kind !== 'x' && kind !== 'plus');
const scan = {
  any: bytes(Object.values(LOOKALIKES).flat(), 'g'),
  anyAt: bytes(Object.values(LOOKALIKES).flat(), 'y'),
  digit: bytes(LOOKALIKES.digit, 'y'),
  x: bytes(LOOKALIKES.x, 'y'),
  plus: bytes(LOOKALIKES.plus, 'y'),
  separator: bytes(separatorKinds.flatMap((kind) => LOOKALIKES[kind]), 'y'),
};

/**
 * The test findPersonalData makes of its text (lookalikeStretches) over UTF-8 bytes read as Latin-1 (one byte
 * a character): a file that fails it has exactly the numbers its ASCII bytes show, and only a file that
 * passes needs decoding. One pass finds every look-alike; a digit look-alike counts anywhere, an X only after
 * a digit, a plus only before one, and a separator only inside a run of eleven digits or more — which the
 * ( ) — and spaces of Chinese text (2023—2026) seldom are.
 */
export function holdsLookalikeNumber(latin1: string): boolean {
  const endsAt = (pattern: RegExp, index: number) => {
    pattern.lastIndex = index;
    return pattern.test(latin1) ? pattern.lastIndex : -1;
  };
  const isDigit = (index: number) => {
    const code = latin1.charCodeAt(index);
    return code >= 48 && code <= 57;
  };
  scan.any.lastIndex = 0;
  for (let match = scan.any.exec(latin1); match; match = scan.any.exec(latin1)) {
    const start = match.index;
    const end = scan.any.lastIndex;
    if (endsAt(scan.digit, start) === end) return true;
    if (endsAt(scan.x, start) === end) {
      if (isDigit(start - 1)) return true;
    } else if (endsAt(scan.plus, start) === end) {
      if (isDigit(end)) return true;
    } else {
      // A separator: count the digits of the run of digits, separators and look-alikes around it.
      let digits = 0;
      let before = start;
      for (;;) {
        const code = latin1.charCodeAt(before - 1);
        if (isAsciiSeparator(code) || (code >= 48 && code <= 57)) {
          if (code >= 48) digits++;
          before--;
          continue;
        }
        const sequence = [2, 3, 4].find((length) => before - length >= 0 && endsAt(scan.anyAt, before - length) === before);
        if (sequence === undefined) break;
        // A digit, X or plus look-alike in the run: decode (the loop below would count it too late).
        if (endsAt(scan.separator, before - sequence) !== before) return true;
        before -= sequence;
      }
      let after = end;
      for (;;) {
        const code = latin1.charCodeAt(after);
        if (isAsciiSeparator(code) || (code >= 48 && code <= 57)) {
          if (code >= 48) digits++;
          after++;
          continue;
        }
        const next = endsAt(scan.anyAt, after);
        if (next < 0) break;
        if (endsAt(scan.separator, after) !== next) return true;
        after = next;
      }
      if (digits >= 11) return true;
      scan.any.lastIndex = Math.max(after, end);
    }
  }
  return false;
}

function isAsciiSeparator(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 40 || code === 41 || code === 45 || code === 46 || code === 47;
}


type ByteSequence = string[];

/** One regex source for byte sequences, sharing their common starts (E2 80 8B|E2 80 8C → E2 80 (?:8B|8C)): far cheaper to try. */
function alternation(sequences: readonly ByteSequence[]): string {
  const byFirst = new Map<string, ByteSequence[]>();
  for (const [first, ...rest] of sequences) {
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), rest]);
  }
  const options = [...byFirst].map(([first, rests]) => {
    const tails = rests.filter((rest) => rest.length > 0);
    if (tails.length === 0) return first;
    const tail = alternation(tails);
    return `${first}${tails.length > 1 && !tail.startsWith('(?:') ? `(?:${tail})` : tail}`;
  });
  return options.length === 1 ? options[0]! : `(?:${options.join('|')})`;
}

/** Regex sources (Latin-1 characters, one per byte) for the UTF-8 encodings of code points `from`…`to`, one item a byte. */
function utf8Sequences(from: number, to: number): ByteSequence[] {
  for (const limit of [0x7f, 0x7ff, 0xffff]) {
    if (from <= limit && to > limit) return [...utf8Sequences(from, limit), ...utf8Sequences(limit + 1, to)];
  }
  const length = to <= 0x7f ? 1 : to <= 0x7ff ? 2 : to <= 0xffff ? 3 : 4;
  // Split until every byte position is one range: all trailing bytes must span their full 6 bits, or be fixed.
  for (let i = 1; i < length; i++) {
    const mask = (1 << (6 * i)) - 1;
    if (from >>> (6 * i) !== to >>> (6 * i)) {
      if ((from & mask) !== 0) return [...utf8Sequences(from, from | mask), ...utf8Sequences((from | mask) + 1, to)];
      if ((to & mask) !== mask) return [...utf8Sequences(from, (to & ~mask) - 1), ...utf8Sequences(to & ~mask, to)];
    }
  }
  const low = [...UTF8.encode(String.fromCodePoint(from))];
  const high = [...UTF8.encode(String.fromCodePoint(to))];
  const byte = (code: number) => `\\x${code.toString(16).padStart(2, '0')}`;
  return [low.map((b, i) => (b === high[i] ? byte(b) : `[${byte(b)}-${byte(high[i]!)}]`))];
}
