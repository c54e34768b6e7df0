// regions.csv: the division hierarchy (city → county → township → village) every other file refers to.
import { count, defineTable, name, oneOf, regionCode, type RowOf } from './fields.ts';

export const REGION_LEVELS = ['city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Chinese labels of the levels, as the export and the UI write them. */
export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  city: '市',
  county: '县（区）',
  township: '乡镇（街道）',
  village: '村（社区）',
};

export const regions = defineTable({
  file: 'regions.csv',
  title: { zh: '行政区划', en: 'Regions' },
  description: { zh: '每行一个市、县（区）、乡镇（街道）或村（社区）', en: 'One row per city, county, township or village' },
  primaryKey: 'code',
  fields: {
    code: regionCode({ alias: '编码', description: { zh: '统计用区划代码', en: 'Statistical division code' } }),
    name: name({ alias: '名称', description: { zh: '名称', en: 'Name' } }),
    level: oneOf({
      alias: '级别',
      description: { zh: '级别', en: 'Level in the hierarchy' },
      values: REGION_LEVELS,
      // The site's own labels (REGION_LEVEL_LABELS) must parse too, as publishers copy them.
      synonyms: {
        市: 'city',
        县: 'county',
        区: 'county',
        '县（区）': 'county',
        乡镇: 'township',
        乡: 'township',
        镇: 'township',
        街道: 'township',
        '乡镇（街道）': 'township',
        村: 'village',
        社区: 'village',
        '村（社区）': 'village',
      },
    }),
    parent_code: regionCode(
      { alias: '上级编码', description: { zh: '上级区划代码（市级为空）', en: 'Code of the parent region (empty for the root)' } },
      false,
    ),
    population: count({ alias: '常住人口', description: { zh: '常住人口', en: 'Resident population' } }, false),
  },
});

export type Region = RowOf<typeof regions>;
