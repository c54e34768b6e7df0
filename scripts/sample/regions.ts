// The region hierarchy (city → county → township → village) with invented resident counts.

import type { CsvColumn } from './csv-writer.ts';
import type { Random } from './random.ts';
import type { Reference } from './reference.ts';

export interface CountyNode {
  code: string;
  name: string;
  population: number;
  townships: TownshipNode[];
  villages: VillageNode[];
}

export interface TownshipNode {
  code: string;
  name: string;
  kind: '镇' | '街道';
  population: number;
  county: CountyNode;
  villages: VillageNode[];
}

export interface VillageNode {
  code: string;
  name: string;
  kind: '村委会' | '居委会';
  population: number;
  township: TownshipNode;
  county: CountyNode;
}

export interface RegionTree {
  city: { code: string; name: string; population: number };
  counties: CountyNode[];
  townships: TownshipNode[];
  villages: VillageNode[];
  townshipByCode: ReadonlyMap<string, TownshipNode>;
}

/**
 * Rural villages hold a few hundred to a few thousand people; urban communities
 * (居委会) are denser. Skewed towards the low end, as mountain villages are small.
 * The totals land near Ankang's real ~2.5 million residents.
 */
function villagePopulation(kind: VillageNode['kind'], random: Random): number {
  const u = random.next();
  if (kind === '居委会') return Math.round(1500 + 2000 * u);
  return Math.round(300 + 2800 * u * u * (0.6 + 0.4 * random.next()) + 200 * random.next());
}

export function buildRegionTree(reference: Reference, random: Random): RegionTree {
  const counties: CountyNode[] = reference.counties.map((c) => ({ ...c, population: 0, townships: [], villages: [] }));
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  const townships: TownshipNode[] = reference.townships.map((t) => {
    const county = countyByCode.get(t.countyCode);
    if (!county) throw new Error(`township ${t.code}: unknown county ${t.countyCode}`);
    const node: TownshipNode = { code: t.code, name: t.name, kind: t.kind, population: 0, county, villages: [] };
    county.townships.push(node);
    return node;
  });
  const townshipByCode = new Map(townships.map((t) => [t.code, t]));
  const villages: VillageNode[] = reference.villages.map((v) => {
    const township = townshipByCode.get(v.townshipCode);
    if (!township || township.county.code !== v.countyCode) throw new Error(`village ${v.code}: parent mismatch`);
    const node: VillageNode = {
      code: v.code,
      name: v.name,
      kind: v.kind,
      population: villagePopulation(v.kind, random),
      township,
      county: township.county,
    };
    township.villages.push(node);
    township.county.villages.push(node);
    return node;
  });
  // Totals are the sums of the parts, so every level of the map agrees.
  for (const t of townships) t.population = t.villages.reduce((sum, v) => sum + v.population, 0);
  for (const c of counties) c.population = c.townships.reduce((sum, t) => sum + t.population, 0);
  const city = { ...reference.city, population: counties.reduce((sum, c) => sum + c.population, 0) };
  for (const t of townships) if (t.villages.length === 0) throw new Error(`township ${t.code} has no villages`);
  return { city, counties, townships, villages, townshipByCode };
}

/** A township's display name with its county, since 城关镇 exists in several counties. */
export function townshipLabel(township: TownshipNode): string {
  return `${township.county.name}${township.name}`;
}

interface RegionRow {
  code: string;
  name: string;
  level: '市' | '县' | '乡镇' | '村';
  parentCode: string;
  population: number;
}

export function* regionRows(tree: RegionTree): Generator<RegionRow> {
  yield { code: tree.city.code, name: tree.city.name, level: '市', parentCode: '', population: tree.city.population };
  for (const c of tree.counties) {
    yield { code: c.code, name: c.name, level: '县', parentCode: tree.city.code, population: c.population };
  }
  for (const t of tree.townships) {
    yield { code: t.code, name: t.name, level: '乡镇', parentCode: t.county.code, population: t.population };
  }
  for (const v of tree.villages) {
    yield { code: v.code, name: v.name, level: '村', parentCode: v.township.code, population: v.population };
  }
}

export const regionColumns: readonly CsvColumn<RegionRow>[] = [
  { en: 'code', zh: '编码', value: (r) => r.code },
  { en: 'name', zh: '名称', value: (r) => r.name },
  { en: 'level', zh: '级别', value: (r) => r.level },
  { en: 'parent_code', zh: '上级编码', value: (r) => r.parentCode },
  { en: 'population', zh: '常住人口', value: (r) => r.population },
];
