// The township map: published honorees of a year per 10,000 residents, township by township.
import type { Boundaries } from '../../pipeline/load.ts';
import type { PublishedHonoree } from '../../pipeline/derive/honorees.ts';
import type { RegionNode } from '../../pipeline/derive/regions.ts';
import type { IndicatorRow } from '../../pipeline/schemas/index.ts';
import { formatValue } from '../format.ts';
import type { ChoroplethChart, ChoroplethRegion } from '../spec.ts';

type Regions = ReadonlyMap<string, Pick<RegionNode, 'code' | 'name' | 'level' | 'population' | 'parentCode'>>;

/**
 * Residents of each township in `year`: its own indicator row, else regions.csv, else the sum of its
 * villages' indicator rows — the same order of preference as the map's layers.
 */
export function townshipPopulation(indicators: readonly IndicatorRow[], regions: Regions, year: number): Map<string, number> {
  const own = new Map<string, number>();
  const villages = new Map<string, number>();
  for (const row of indicators) {
    if (row.year !== year) continue;
    const node = regions.get(row.region_code);
    if (node?.level === 'township') own.set(node.code, row.population);
    else if (node?.level === 'village' && node.parentCode) villages.set(node.parentCode, (villages.get(node.parentCode) ?? 0) + row.population);
  }
  const population = new Map<string, number>();
  for (const node of regions.values()) {
    if (node.level !== 'township') continue;
    const value = own.get(node.code) ?? node.population ?? villages.get(node.code);
    if (value !== undefined) population.set(node.code, value);
  }
  return population;
}

export interface TownshipMapInputs {
  honorees: readonly Pick<PublishedHonoree, 'year' | 'townshipCode'>[];
  indicators: readonly IndicatorRow[];
  regions: Regions;
  boundaries: Boundaries;
  /** The year shown; the latest year with honorees when absent. */
  year?: number;
}

export function townshipHonoreeMap({ honorees, indicators, regions, boundaries, year: requested }: TownshipMapInputs): ChoroplethChart {
  const year = requested ?? Math.max(0, ...honorees.map((honoree) => honoree.year));
  const counts = new Map<string, number>();
  for (const honoree of honorees) {
    if (honoree.year === year) counts.set(honoree.townshipCode, (counts.get(honoree.townshipCode) ?? 0) + 1);
  }
  const population = townshipPopulation(indicators, regions, year);
  const shaped: ChoroplethRegion[] = [];
  for (const feature of boundaries.features) {
    const node = regions.get(feature.properties.code);
    if (node?.level !== 'township') continue;
    const residents = population.get(node.code);
    const value = residents && residents > 0 ? ((counts.get(node.code) ?? 0) * 10_000) / residents : null;
    shaped.push({ code: node.code, name: node.name, value, geometry: feature.geometry });
  }
  shaped.sort((a, b) => a.code.localeCompare(b.code));
  const known = shaped.filter((region): region is ChoroplethRegion & { value: number } => region.value !== null);
  const top = known.reduce<(typeof known)[number] | undefined>((best, region) => (!best || region.value > best.value ? region : best), undefined);
  return {
    kind: 'choropleth',
    id: 'township-honorees-map',
    title: `${year} 年各乡镇每万名常住人口中的受表彰人数`,
    description: top
      ? `${known.length} 个乡镇有人口数据；每万人受表彰人数最高的是${top.name}（${formatValue(top.value, 'decimal')}）。颜色越深，人数越多。`
      : '本期数据中没有乡镇人口或受表彰者。',
    note: '受表彰人数包括自强标兵和交友帮扶好干部，已撤销的不计入；人口为当年常住人口。',
    regionLabel: '乡镇',
    valueLabel: '每万人受表彰人数',
    unit: 'decimal',
    regions: shaped,
    schematic: boundaries.features.some((feature) => feature.properties.schematic),
  };
}
