import { describe, expect, it } from 'vitest';
import { layerClasses, roundForLegend } from '../../../src/map/derive/map-classes.ts';
import { classIndex, classLabels, formatLayerValue } from '../../../src/map/derive/map-legend.ts';

describe('layerClasses', () => {
  it('puts up to four rounded breaks at the quantiles, with a five-colour ColorBrewer ramp', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const classes = layerClasses(values, 'Blues');
    expect(classes.breaks).toEqual([21, 41, 60, 80]);
    expect(classes.colors).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']);
  });

  it('ignores missing values and never makes an empty class', () => {
    const classes = layerClasses([1, 1, 1, 1, 1, 1, 1, 1, 2, null, undefined, Number.NaN], 'YlGn');
    expect(classes.breaks).toEqual([]);
    expect(classes.colors).toHaveLength(1);
    const two = layerClasses([0.5, 0.5, 0.5, 1, 1], 'Purples');
    expect(two.breaks).toEqual([1]);
    expect(two.colors).toHaveLength(2);
    expect(new Set(two.colors).size).toBe(2);
  });

  it('has no classes at all without values', () => {
    expect(layerClasses([], 'OrRd')).toMatchObject({ breaks: [] });
  });

  it('rounds bounds to two significant digits', () => {
    expect(roundForLegend(0.95341)).toBe(0.95);
    expect(roundForLegend(12_345)).toBe(12_000);
    expect(roundForLegend(0)).toBe(0);
  });
});

describe('legend', () => {
  it('places a value equal to a break in the class above', () => {
    expect(classIndex(0.5, [1, 2])).toBe(0);
    expect(classIndex(1, [1, 2])).toBe(1);
    expect(classIndex(5, [1, 2])).toBe(2);
    expect(classIndex(5, [])).toBe(0);
  });

  it('labels every class with its bounds', () => {
    expect(classLabels('ratio', [0.5, 0.9])).toEqual(['低于 50%', '50%–90%', '90% 及以上']);
    expect(classLabels('per10k', [12.5])).toEqual(['低于 12.5', '12.5 及以上']);
    expect(classLabels('per10k', [])).toEqual(['全部地区']);
  });

  it('formats values with their unit, and says 无数据 for a missing one', () => {
    expect(formatLayerValue('per10k', 3)).toBe('3.0 名/万人');
    expect(formatLayerValue('yuanPerResident', 1234.5)).toBe('1,235 元/人');
    expect(formatLayerValue('ratio', 0.9567)).toBe('95.7%');
    expect(formatLayerValue('ratio', null)).toBe('无数据');
  });
});
