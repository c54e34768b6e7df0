// targets.csv (optional): the exits each county, township or village promised per year (脱贫目标), in total or by channel.
import { count, defineTable, oneOf, regionCode, year, type RowOf } from './fields.ts';

/** The channels of exit (六个一批): how people leave poverty. The same names as the matching project categories. */
export const EXIT_CHANNELS = ['产业发展', '就业扶持', '教育扶持', '易地搬迁', '健康扶贫', '兜底保障'] as const;
export type ExitChannel = (typeof EXIT_CHANNELS)[number];

export const targets = defineTable({
  file: 'targets.csv',
  title: { zh: '脱贫目标', en: 'Exit targets' },
  description: {
    zh: '每个县、乡镇或村每年一行（可再按脱贫渠道分行）：计划当年脱贫的人数、户数和退出的贫困村数。可不提供此表',
    en: 'One row per county, township or village and year (optionally one more per exit channel): the people, households and poor villages planned to exit that year. The table may be left out',
  },
  optional: true,
  // One row per place, year and channel: named by place and year, e.g. 610902100/2024.
  recordKey: ['region_code', 'year'],
  fields: {
    year: year({ alias: '年度', description: { zh: '目标年度', en: 'Year the target is for' } }),
    region_code: regionCode({ alias: '区划代码', description: { zh: '县、乡镇或村的区划代码', en: 'County, township or village code' } }),
    exit_persons: count({
      alias: '脱贫人数目标',
      description: { zh: '计划当年脱贫的人数（与当年减去上年的已脱贫人口相比）', en: 'People planned to leave poverty that year (compared with that year\'s exited people less the year before\'s)' },
    }),
    exit_households: count({
      alias: '脱贫户数目标',
      description: { zh: '计划当年脱贫的户数（与当年减去上年的已脱贫户数相比）', en: 'Households planned to leave poverty that year (compared with that year\'s exited households less the year before\'s)' },
    }),
    exit_villages: count(
      {
        alias: '贫困村退出目标',
        description: { zh: '计划当年摘帽的贫困村数（仅县、乡镇；村留空）', en: 'Poor villages planned to exit that year (counties and townships only; empty for a village)' },
      },
      false,
    ),
    channel: oneOf(
      {
        alias: '脱贫渠道',
        description: { zh: '脱贫渠道（六个一批）；留空为合计', en: 'Exit channel (six batches); empty for the total' },
        values: EXIT_CHANNELS,
      },
      false,
    ),
  },
});

export type TargetRow = RowOf<typeof targets>;
