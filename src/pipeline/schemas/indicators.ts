// indicators.csv: poverty figures per township or village and year.
import { count, defineTable, regionCode, year, yesNo, type RowOf } from './fields.ts';

export const indicators = defineTable({
  file: 'indicators.csv',
  title: { zh: '脱贫指标', en: 'Poverty indicators' },
  description: { zh: '每个乡镇或村每年一行', en: 'One row per township or village and year' },
  // One row per place and year: named by both, e.g. 610902100/2024.
  recordKey: ['region_code', 'year'],
  fields: {
    year: year({ alias: '年度', description: { zh: '年度', en: 'Year' } }),
    region_code: regionCode({ alias: '区划代码', description: { zh: '乡镇或村的区划代码', en: 'Township or village code' } }),
    population: count({ alias: '常住人口', description: { zh: '常住人口', en: 'Resident population' } }),
    poor_households: count({ alias: '贫困户数', description: { zh: '建档立卡贫困户数', en: 'Registered poor households' } }),
    poor_persons: count({ alias: '贫困人口', description: { zh: '建档立卡贫困人口', en: 'Registered poor people' } }),
    exited_households: count({ alias: '脱贫户数', description: { zh: '已脱贫户数', en: 'Households that left poverty' } }),
    exited_persons: count({ alias: '脱贫人口', description: { zh: '已脱贫人口', en: 'People who left poverty' } }),
    village_exited: yesNo({ alias: '贫困村摘帽', description: { zh: '贫困村是否已摘帽（仅村）', en: 'Whether the poor village has exited (villages only)' } }, false),
  },
});

export type IndicatorRow = RowOf<typeof indicators>;
