// fund_lines.csv: money allocated to and disbursed for a project, one line per funding source and payment.
import { date, defineTable, identifier, oneOf, yuan, type RowOf } from './fields.ts';

export const FUND_SOURCES = ['中央财政', '省级财政', '市级财政', '县级财政', '整合涉农资金', '社会帮扶', '东西部协作', '其他'] as const;

export const fundLines = defineTable({
  file: 'fund_lines.csv',
  title: { zh: '资金明细', en: 'Fund lines' },
  description: { zh: '每行一笔项目资金（金额以元发布，内部以分计算）', en: 'One row per funding line (amounts published in yuan, computed in fen)' },
  // No id of its own: a line is named by its project (and its row in Excel).
  recordKey: ['project_id'],
  fields: {
    project_id: identifier({ alias: '项目编号', description: { zh: '所属项目编号', en: 'Project the money is for' } }),
    source: oneOf({ alias: '资金来源', description: { zh: '资金来源', en: 'Source of funds' }, values: FUND_SOURCES }),
    allocated: yuan({ alias: '计划金额（元）', description: { zh: '计划金额（元）', en: 'Allocated (yuan)' } }),
    disbursed: yuan({ alias: '已拨付（元）', description: { zh: '已拨付金额（元）', en: 'Disbursed (yuan)' } }),
    date: date({ alias: '拨付日期', description: { zh: '拨付日期', en: 'Date of disbursement' } }, false),
  },
});

/** Amounts are whole fen (分). */
export type FundLineRow = RowOf<typeof fundLines>;
