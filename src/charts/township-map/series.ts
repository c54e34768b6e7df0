// The township map: published honorees of a year per 10,000 residents, the map's default layer, as a choropleth.
import type { Boundaries } from '../../pipeline/load.ts';
import type { RegionFigures } from '../../regions/derive/region-figures.ts';
import { regionRates } from '../../regions/derive/region-rates.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import { formatValue } from '../format.ts';
import type { ChoroplethChart, ChoroplethRegion } from '../spec.ts';

export interface TownshipMapInputs {
  /** Region figures, one entry per dataset year (the same the map and region pages use). */
  figures: RegionFigures;
  regions: ReadonlyMap<string, Pick<RegionNode, 'code' | 'name' | 'level'>>;
  boundaries: Boundaries;
  /** The year shown; the latest year with any honoree when absent. */
  year?: number;
}

export function townshipHonoreeMap({ figures, regions, boundaries, year: requested }: TownshipMapInputs): ChoroplethChart {
  const townships = boundaries.features.flatMap((feature) => {
    const node = regions.get(feature.properties.code);
    return node?.level === 'township' ? [{ node, feature }] : [];
  });
  const withHonorees = townships.flatMap(({ node }) => (figures[node.code] ?? []).filter((entry) => entry.honorees.total > 0).map((entry) => entry.year));
  const year = requested ?? (withHonorees.length > 0 ? Math.max(...withHonorees) : undefined);
  const shaped: ChoroplethRegion[] = townships.map(({ node, feature }) => {
    const ofYear = (figures[node.code] ?? []).find((entry) => entry.year === year);
    const value = ofYear ? regionRates(ofYear).honoreesPer10k ?? null : null;
    return { code: node.code, name: node.name, value, geometry: feature.geometry };
  });
  shaped.sort((a, b) => a.code.localeCompare(b.code));
  const known = shaped.filter((region): region is ChoroplethRegion & { value: number } => region.value !== null);
  const top = known.reduce<(typeof known)[number] | undefined>((best, region) => (!best || region.value > best.value ? region : best), undefined);
  return {
    kind: 'choropleth',
    id: 'township-honorees-map',
    title: `${year !== undefined ? `${year} 年` : ''}各乡镇每万名常住人口中的受表彰人数`,
    description: top
      ? `${known.length} 个乡镇有人口数据；每万人受表彰人数最高的是${top.name}（${formatValue(top.value, 'decimal')}）。颜色越深，人数越多。`
      : '本期数据中没有乡镇人口或受表彰者。',
    note: '受表彰人数包括自强标兵和交友帮扶好干部，已撤销的不计入；人口为当年常住人口。',
    regionLabel: '乡镇',
    valueLabel: '每万人受表彰人数',
    unit: 'decimal',
    regions: shaped,
    outlines: boundaries.features.flatMap((feature) => {
      const node = regions.get(feature.properties.code);
      return node?.level === 'county' ? [{ code: node.code, name: node.name, geometry: feature.geometry }] : [];
    }),
    schematic: townships.some(({ feature }) => feature.properties.schematic),
  };
}
