import { describe, expect, it } from 'vitest';
import { addAmounts, addFen, sumAmounts } from '../../../src/funds/derive/money.ts';

describe('money sums in whole fen', () => {
  it('sums exactly where yuan as floating point would drift', () => {
    // A thousand lines of 0.01 yuan: as doubles 10.000000000000009 yuan, as fen exactly 1,000.
    expect(Array.from({ length: 1000 }, () => 0.01).reduce((sum, yuan) => sum + yuan, 0)).not.toBe(10);
    const lines = Array.from({ length: 1000 }, () => ({ allocated: 1, disbursed: 3 }));
    expect(sumAmounts(lines)).toEqual({ allocated: 1000, disbursed: 3000 });
    expect(addFen(10, 20)).toBe(30);
  });

  it('sums nothing to zero', () => {
    expect(sumAmounts([])).toEqual({ allocated: 0, disbursed: 0 });
  });

  it('adds into a running total in place, leaving its other fields alone', () => {
    const totals = { projects: 1, allocated: 100, disbursed: 50 };
    addAmounts(totals, { allocated: 25, disbursed: 25 });
    expect(totals).toEqual({ projects: 1, allocated: 125, disbursed: 75 });
  });

  it('refuses an amount that is not whole fen, and a sum past the safe-integer range', () => {
    expect(() => addFen(100, 0.5)).toThrow(RangeError);
    expect(() => addFen(0.5, 0.5)).toThrow(/whole fen/);
    expect(() => addFen(Number.NaN, 1)).toThrow(RangeError);
    expect(() => addFen(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
    expect(() => sumAmounts([{ allocated: 1, disbursed: 12.5 }])).toThrow(RangeError);
  });
});
