import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/site/memo.ts';

describe('memoized', () => {
  it('computes once per distinct argument, and gives what the function gives (undefined too)', () => {
    const calls: string[] = [];
    const f = memoized((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    });
    expect([f('a'), f('b'), f('a'), f('none'), f('none')]).toEqual(['A', 'B', 'A', undefined, undefined]);
    expect(calls).toEqual(['a', 'b', 'none']);
  });
});
