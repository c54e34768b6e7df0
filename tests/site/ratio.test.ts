import { describe, expect, it } from 'vitest';
import { ratio } from '../../src/site/ratio.ts';

describe('ratio', () => {
  it('divides when there is something to divide by', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 5)).toBe(0);
    expect(ratio(250, 200)).toBe(1.25); // over-disbursed: above 1, not capped
  });

  it('has no value (undefined, never NaN, Infinity or 0) when the denominator is zero, negative or missing', () => {
    expect(ratio(1, 0)).toBeUndefined();
    expect(ratio(0, 0)).toBeUndefined();
    expect(ratio(1, -5)).toBeUndefined();
    expect(ratio(1, undefined)).toBeUndefined();
  });
});
