// The blueprints' maps are choropleths of one figure per township, classed like the map's layers (layerClasses:
// rounded quintiles, a ColorBrewer ramp) and labelled like its legend (classLabels), so the five maps read alike.
// A figure of 0 can have a class of its own (「无」), so "nothing happened" differs from "few" and from 无数据.
import { layerClasses, type LayerClasses } from './map-classes.ts';
import { fillOf, ZERO_FILL } from './class-fill.ts';
import { classLabels, NO_DATA_FILL, type ValueUnit } from './map-legend.ts';
import type { SchemeName } from './map-layers.ts';

export interface BlueprintScale extends LayerClasses {
  unit: ValueUnit;
  /** The label of a class of its own for 0 (classes then hold the values above 0 only). */
  zeroLabel?: string;
}

export interface LegendItem {
  label: string;
  /** Absent: 无数据 (grey, dashed). */
  color?: string;
}

export function blueprintScale(values: Iterable<number | undefined>, unit: ValueUnit, scheme: SchemeName, zeroLabel?: string): BlueprintScale {
  const known = [...values].filter((value): value is number => value !== undefined);
  const classed = zeroLabel === undefined ? known : known.filter((value) => value !== 0);
  const classes = classed.length > 0 ? layerClasses(classed, scheme) : { breaks: [], colors: [] };
  return { ...classes, unit, ...(zeroLabel !== undefined ? { zeroLabel } : {}) };
}

export function fillsOf(scale: BlueprintScale, values: ReadonlyMap<string, number | undefined>): Record<string, string> {
  const fills: Record<string, string> = {};
  for (const [code, value] of values) {
    const fill = fillOf(scale, value);
    if (fill) fills[code] = fill;
  }
  return fills;
}

export function legendItems(scale: BlueprintScale, noData = true): LegendItem[] {
  return [
    ...(scale.zeroLabel !== undefined ? [{ label: scale.zeroLabel, color: ZERO_FILL }] : []),
    ...(scale.colors.length > 0 ? classLabels(scale.unit, scale.breaks).map((label, index) => ({ label, color: scale.colors[index] ?? NO_DATA_FILL })) : []),
    ...(noData ? [{ label: '无数据' }] : []),
  ];
}
