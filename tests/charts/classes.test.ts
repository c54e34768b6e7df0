import { describe, expect, it } from 'vitest';
import { classOf, quantileBreaks, roundSignificant } from '../../src/charts/classes.ts';

describe('choropleth classes', () => {
  it('rounds breaks to two significant digits', () => {
    expect(roundSignificant(12.345)).toBe(12);
    expect(roundSignificant(0.8765)).toBe(0.88);
    expect(roundSignificant(1234)).toBe(1200);
    expect(roundSignificant(0)).toBe(0);
  });

  it('splits values into classes of about equal size', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(quantileBreaks(values, 5)).toEqual([21, 41, 60, 80]);
    const classes = values.map((value) => classOf(value, [21, 41, 60, 80]));
    expect(classes.filter((index) => index === 0)).toHaveLength(20);
    expect(classes.filter((index) => index === 4)).toHaveLength(21);
  });

  it('collapses classes when the values are few or equal, never leaving an empty class in the middle', () => {
    expect(quantileBreaks([5, 5, 5, 5], 5)).toEqual([]);
    expect(quantileBreaks([1, 1, 1, 9], 5)).toEqual([4.2]);
    expect(quantileBreaks([], 5)).toEqual([]);
  });

  it('puts a value equal to a break in the class above it', () => {
    expect(classOf(10, [10, 20])).toBe(1);
    expect(classOf(9.99, [10, 20])).toBe(0);
    expect(classOf(25, [10, 20])).toBe(2);
  });
});
