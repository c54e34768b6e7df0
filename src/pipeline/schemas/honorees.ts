// honorees.csv: 自强标兵 (self-reliance role models) and 交友帮扶好干部 (cadres who helped most).
import { defineTable, identifier, name, oneOf, photoFile, regionCode, text, year, yesNo, type RowOf } from './fields.ts';

export const HONOREE_KINDS = ['自强标兵', '交友帮扶好干部'] as const;
export const HONOREE_LEVELS = ['村级', '镇级', '县级', '市级'] as const;
export const HONOREE_STATUSES = ['公示中', '已表彰', '已撤销'] as const;

/**
 * What the site itself writes in /honorees/ beside the profiles (/honorees/<id>/): the list's filters and pages,
 * the name directory, the filter files, the locator maps. No honoree id may be one of them;
 * tests/pipeline/route-names.test.ts checks the list against src/pages/honorees/.
 */
export const HONOREE_ROUTE_NAMES = ['index.html', 'page', 'kind', 'year', 'level', 'county', 'township', 'category', 'names', 'filter', 'locator'] as const;

export const honorees = defineTable({
  file: 'honorees.csv',
  title: { zh: '自强标兵与交友帮扶好干部', en: 'Honorees' },
  description: { zh: '每行一位受表彰者', en: 'One row per honoree' },
  primaryKey: 'id',
  fields: {
    id: identifier({
      alias: '编号',
      description: { zh: '编号，各期发布中保持不变', en: 'Id, stable across releases' },
      reserved: { folder: '/honorees/', names: HONOREE_ROUTE_NAMES },
    }),
    kind: oneOf({ alias: '类别', description: { zh: '表彰类别', en: 'Kind of honour' }, values: HONOREE_KINDS }),
    name: name({ alias: '姓名', description: { zh: '姓名', en: 'Name' } }),
    gender: oneOf(
      { alias: '性别', description: { zh: '性别', en: 'Gender' }, values: ['男', '女'], synonyms: { male: '男', female: '女', m: '男', f: '女' } },
      false,
    ),
    year: year({ alias: '年度', description: { zh: '表彰年度', en: 'Year of the honour' } }),
    level: oneOf({ alias: '级别', description: { zh: '评选级别', en: 'Level that selected the honoree' }, values: HONOREE_LEVELS }),
    region_code: regionCode({
      alias: '所在地编码',
      description: { zh: '所在村（干部为所在乡镇）的区划代码', en: 'Village code (township code for cadres)' },
    }),
    category: name({ alias: '事迹类型', description: { zh: '事迹类型', en: 'Category of deeds' } }),
    summary: text({ alias: '事迹摘要', maxLength: 80, description: { zh: '事迹摘要，不超过 80 字', en: 'Summary, at most 80 characters' } }),
    story: text({
      alias: '主要事迹',
      description: { zh: '主要事迹，段落之间空一行（Excel 中每次换行即一段）', en: 'Full story; paragraphs separated by blank lines (in Excel, each line break starts one)' },
      paragraphs: 'blank-line',
    }),
    photo: photoFile({ alias: '照片', description: {
        zh: '导出中：photos/ 中的照片文件名；公开数据中：本站发布的照片（相对网站根目录的路径，不含元数据）',
        en: 'In the export: the photo file in photos/; in the open data: the photo published on this site (path from the site root, no metadata)',
      } }, false),
    consent: yesNo({ alias: '同意公开', description: { zh: '本人是否同意公开姓名、事迹和照片', en: 'Whether the honoree consented to publication' } }),
    notice_id: identifier({ alias: '公示编号', description: { zh: '公布该表彰的公示编号', en: 'Notice that announced the honour' } }),
    status: oneOf({ alias: '状态', description: { zh: '状态', en: 'Status' }, values: HONOREE_STATUSES }),
    award: text({ alias: '奖励', description: { zh: '奖励内容', en: 'Award given' } }, false),
  },
});

export type HonoreeRow = RowOf<typeof honorees>;
