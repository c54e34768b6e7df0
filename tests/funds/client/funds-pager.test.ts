import { describe, expect, it } from 'vitest';
import { pagerItems } from '../../../src/funds/client/pager.ts';

describe('pagerItems', () => {
  it('shows first, last and two either side, gaps only where pages are hidden', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerItems(10, 40)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 40]);
    expect(pagerItems(4, 40)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 40]);
    expect(pagerItems(40, 40)).toEqual([1, 'gap', 38, 39, 40]);
  });
});
