// Who must not appear in the output, and how the verification finds them in a file read as Latin-1.
import { describe, expect, it } from 'vitest';
import { PeopleMatcher, reportsRevocation, unpublishedPeople } from '../../src/build/output/unpublished-people.ts';

const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const rows = [
  { id: 'ZQ-1', name: '张明华', status: '已表彰' as const, consent: true },
  { id: 'ZQ-2', name: '王建国', status: '已表彰' as const, consent: false },
  { id: 'ZQ-3', name: '赵小红', status: '已撤销' as const, consent: true },
  { id: 'ZQ-4', name: '张明', status: '已表彰' as const, consent: false },
  { id: 'ZQ-5', name: '李强', status: '已表彰' as const, consent: false },
];

describe('unpublishedPeople', () => {
  it('lists revoked ids, and the names of revoked and unconsenting honorees that no published person or official bears or contains', () => {
    expect(unpublishedPeople(rows, ['李强', undefined])).toEqual({ revokedIds: ['ZQ-3'], names: ['王建国', '赵小红'] });
  });
});

describe('PeopleMatcher', () => {
  const matcher = new PeopleMatcher({ revokedIds: ['ZQ-2026-00293'], names: ['王建国', '赵小红'] });
  const found = (text: string) => matcher.find(latin1(text)).map(({ kind, value }) => `${kind}:${value}`);

  it('finds a name that stands on its own: in markup, quotes, a CSV cell, before a bracket or a list mark', () => {
    expect(found('<a href="/h/1/">王建国</a>')).toEqual(['unpublished-name:王建国']);
    expect(found('{"name":"赵小红"}')).toEqual(['unpublished-name:赵小红']);
    expect(found('honorees,新增,X,王建国（2026 年）')).toEqual(['unpublished-name:王建国']);
    expect(found('名单：赵小红、王建国。')).toEqual(['unpublished-name:赵小红', 'unpublished-name:王建国']);
  });

  it('leaves a name inside running Chinese text alone (a word or a namesake in a story)', () => {
    expect(found('据王建国反映，')).toEqual([]);
    expect(found('老王建国庆节')).toEqual([]);
  });

  it('finds the same with a few names (one indexOf each) as with many (the byte walk), a name right after a stray lead byte too', () => {
    const text = `${latin1('名单：赵小红、王建国。<p>王建国</p>')}\xe5${latin1('赵小红"')}`;
    const few = new PeopleMatcher({ names: ['王建国', '赵小红'], revokedIds: [] });
    const others = Array.from({ length: 20 }, (_, i) => `钱${String.fromCharCode(0x4e00 + i)}`);
    const many = new PeopleMatcher({ names: ['王建国', '赵小红', ...others], revokedIds: [] });
    expect(few.find(text).map(({ value, index }) => [value, index])).toEqual([
      ['赵小红', 9],
      ['王建国', 21],
      ['王建国', 36],
      ['赵小红', 50], // after the stray byte E5, which the walk once took for the start of a character and skipped past

    ]);
    expect(many.find(text)).toEqual(few.find(text));
  });

  it('finds a revoked id as a whole token only', () => {
    expect(found('ZQ-2026-00293,孟**')).toEqual(['revoked-id:ZQ-2026-00293']);
    expect(found('ZQ-2026-002931 XZQ-2026-00293')).toEqual([]);
  });

  it('finds a name at every byte offset after ASCII of any length, in bytes that start anywhere in their buffer (the walk skips ASCII four bytes at a time)', () => {
    const many = new PeopleMatcher({ names: ['王建国', ...Array.from({ length: 20 }, (_, i) => `钱${String.fromCharCode(0x4e00 + i)}`)], revokedIds: [] });
    for (let ascii = 0; ascii < 12; ascii++) {
      for (let offset = 0; offset < 4; offset++) {
        const text = latin1(`${'<'.repeat(ascii)}王建国>${'x'.repeat(ascii)}，王建国`);
        const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(text, 'latin1')]).subarray(offset);
        expect(many.find(text, bytes).map((hit) => hit.index)).toEqual([ascii, 2 * ascii + 13]);
      }
    }
  });

  it('finds revoked ids with nothing in common (an honoree’s ZQ- and a cadre’s GB-), in order, and stops at the end of the text', () => {
    // With one search prefix for all ids, the empty prefix of these two matched at every character and never ended.
    const both = new PeopleMatcher({ revokedIds: ['ZQ-2026-00293', 'GB-2025-00007'], names: [] });
    expect(both.find(latin1('GB-2025-00007,ZQ-2026-00293,GB-2025-000070,XGB-2025-00007')).map(({ value, index }) => [value, index])).toEqual([
      ['GB-2025-00007', 0],
      ['ZQ-2026-00293', 14],
    ]);
  });

  it('allows a revoked id only on a changelog line that reports the revocation', () => {
    expect(reportsRevocation('data/changes/2026-11-01/changes.csv', latin1('honorees,修改,ZQ-1,孟**,status,已表彰,已撤销'))).toBe(true);
    expect(reportsRevocation('data/changes/2026-11-01/changes.csv', latin1('honorees,新增,ZQ-1,孟**'))).toBe(false);
    expect(reportsRevocation('data/honorees.csv', latin1('ZQ-1,已撤销'))).toBe(false);
  });
});
