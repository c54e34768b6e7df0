// notices.csv: public notices (公示) with their publicity period and objection channels.
import { date, defineTable, email, identifier, name, oneOf, publicPhone, regionCode, text, type RowOf } from './fields.ts';

export const NOTICE_TYPES = ['标兵评选', '干部评选', '资金项目', '脱贫退出', '结对帮扶', '其他'] as const;

/**
 * What the site itself writes in /notices/ beside the notices (/notices/<id>/): the list, its filtered pages and the
 * feed. No notice id may be one of them; tests/pipeline/route-names.test.ts checks the list against src/pages/notices/.
 */
export const NOTICE_ROUTE_NAMES = ['index.html', 'feed.xml', 'list'] as const;

export const notices = defineTable({
  file: 'notices.csv',
  title: { zh: '公示', en: 'Public notices' },
  description: { zh: '每行一则公示', en: 'One row per public notice' },
  primaryKey: 'id',
  fields: {
    id: identifier({ alias: '公示编号', description: { zh: '公示编号', en: 'Notice id' }, reserved: { folder: '/notices/', names: NOTICE_ROUTE_NAMES } }),
    type: oneOf({ alias: '类型', description: { zh: '公示类型', en: 'Type of notice' }, values: NOTICE_TYPES }),
    title: text({ alias: '标题', description: { zh: '标题', en: 'Title' } }),
    issuer: name({ alias: '发布单位', description: { zh: '发布单位', en: 'Issuing office' } }),
    region_code: regionCode({ alias: '范围', description: { zh: '公示范围的区划代码', en: 'Region the notice covers' } }),
    published_on: date({ alias: '发布日期', description: { zh: '发布日期', en: 'Date of publication' } }),
    period_start: date({ alias: '公示开始', description: { zh: '公示期开始日期', en: 'First day of the publicity period' } }),
    period_end: date({ alias: '公示结束', description: { zh: '公示期结束日期（含当日）', en: 'Last day of the publicity period (inclusive)' } }),
    objection_phone: publicPhone({ alias: '异议电话', description: { zh: '受理异议的固定电话或公共热线', en: 'Landline or public hotline for objections' } }),
    objection_email: email({ alias: '异议邮箱', description: { zh: '受理异议的电子邮箱', en: 'E-mail for objections' } }, false),
    objection_address: text({ alias: '异议地址', description: { zh: '受理异议的通信地址', en: 'Postal address for objections' } }, false),
    body: text({ alias: '正文', description: { zh: '正文', en: 'Body text' } }),
  },
});

export type NoticeRow = RowOf<typeof notices>;
