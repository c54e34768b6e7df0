// pairings.csv: per village and year, the unit and cadres paired with it (联村联户) and how they did.
import { count, defineTable, name, regionCode, year, type RowOf } from './fields.ts';

export const pairings = defineTable({
  file: 'pairings.csv',
  title: { zh: '结对帮扶', en: 'Pairings' },
  description: { zh: '每村每年一行：帮扶单位、第一书记、结对与走访情况', en: 'One row per village and year: helping unit, first secretary, pairing and visits' },
  // One row per village and year: named by both, e.g. 610902100201/2024.
  recordKey: ['village_code', 'year'],
  fields: {
    year: year({ alias: '年度', description: { zh: '年度', en: 'Year' } }),
    village_code: regionCode({ alias: '村编码', description: { zh: '村（社区）区划代码', en: 'Village code' } }),
    unit: name({ alias: '帮扶单位', description: { zh: '帮扶单位', en: 'Helping unit' } }),
    first_secretary: name({ alias: '第一书记', description: { zh: '驻村第一书记（公职人员）', en: 'First secretary stationed in the village (an official)' } }, false),
    cadres: count({ alias: '结对干部数', description: { zh: '结对干部数', en: 'Cadres paired' } }),
    households_paired: count({ alias: '结对户数', description: { zh: '已结对贫困户数', en: 'Poor households paired with a cadre' } }),
    poor_households: count({ alias: '贫困户数', description: { zh: '贫困户数', en: 'Poor households' } }),
    village_visits: count({ alias: '单位进村次数', description: { zh: '帮扶单位进村次数（要求每年不少于 4 次）', en: 'Visits by the unit (norm: at least 4 a year)' } }),
    household_visits: count({ alias: '干部入户次数', description: { zh: '干部入户次数（每户每年不少于 2 次）', en: 'Household visits by cadres (norm: at least 2 per household a year)' } }),
    friends_confirmed: count({ alias: '交友确认数', description: { zh: '已确认交友户数', en: 'Friendships confirmed' } }),
    survey_calls: count({ alias: '电话回访数', description: { zh: '电话回访户数', en: 'Telephone spot checks' } }),
    survey_satisfied: count({ alias: '满意数', description: { zh: '回访中表示满意的户数', en: 'Households satisfied in spot checks' } }),
  },
});

export type PairingRow = RowOf<typeof pairings>;
