import { describe, expect, it } from 'vitest';
import { axisUnit, csvUnitSuffix, csvValue, formatBreak, formatValue } from '../../src/charts/format.ts';

describe('chart value formats', () => {
  it('reads values the way the site does', () => {
    expect(formatValue(1234, 'count')).toBe('1,234');
    expect(formatValue(999_900, 'fen')).toBe('9,999 元');
    expect(formatValue(123_456_789, 'fen')).toBe('123.5 万元');
    expect(formatValue(0.8766, 'ratio')).toBe('87.7%');
    expect(formatValue(12.34, 'decimal')).toBe('12.3');
  });

  it('keeps the CSV exact: yuan with fen, percentages with two decimals, integers', () => {
    expect(csvValue(12_000_050, 'fen')).toBe('120000.50');
    expect(csvValue(0.87654, 'ratio')).toBe('87.65');
    expect(csvValue(42, 'count')).toBe('42');
    expect(csvValue(3.14159, 'decimal')).toBe('3.14');
    expect(csvValue(null, 'fen')).toBe('');
    expect(csvUnitSuffix('fen')).toBe('（元）');
    expect(csvUnitSuffix('count')).toBe('');
  });

  it('names the axis unit once and switches to 万元 for large amounts', () => {
    expect(axisUnit('fen', 5_000_000).label).toBe('万元');
    expect(axisUnit('fen', 5_000_000).tick(2_500_000)).toBe('2.5');
    expect(axisUnit('fen', 500_000).label).toBe('元');
    expect(axisUnit('ratio', 1).tick(0.25)).toBe('25');
  });

  it('shows class breaks with the digits that tell them apart', () => {
    expect(formatBreak(0.48, 'decimal')).toBe('0.48');
    expect(formatBreak(0.52, 'decimal')).toBe('0.52');
    expect(formatBreak(1200, 'decimal')).toBe('1,200');
    expect(formatBreak(0.875, 'ratio')).toBe('88%');
  });
});
