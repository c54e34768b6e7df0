import { describe, expect, it } from 'vitest';
import type { NoticeProject } from '../../../src/notices/derive/notice-attachments.ts';
import { NOT_REPORTED, NOTICE_PROJECT_LABELS, noticeProjectFields } from '../../../src/notices/derive/notice-project-fields.ts';

const project: NoticeProject = {
  id: 'P-1', name: '皂树村茶园提质增效项目', category: '产业发展', place: '汉滨区关庙镇皂树村', allocated: 12_345_678,
  sources: [{ source: '中央财政', allocated: 12_000_000 }, { source: '县级财政', allocated: 345_678 }],
  task: '新建茶园 200 亩', subsidyStandard: '每亩补助 800 元', start: '2026-03-01', end: '2026-10-31',
  unit: '关庙镇人民政府', responsible: '李建设（镇长）', goal: '带动 45 户增收', mechanism: '土地入股，按股分红',
};

describe('noticeProjectFields', () => {
  it('says every field the fund-publicity guidance requires, in its order, money per source exact to the fen', () => {
    expect(noticeProjectFields(project).map(({ label, text }) => `${label}：${text}`)).toEqual([
      '实施地点：汉滨区关庙镇皂树村',
      '建设任务：新建茶园 200 亩',
      '补助标准：每亩补助 800 元',
      '资金来源及金额：中央财政 120,000.00 元；县级财政 3,456.78 元；合计 123,456.78 元',
      '实施期限：2026年3月1日至2026年10月31日',
      '实施单位：关庙镇人民政府',
      '责任人：李建设（镇长）',
      '绩效目标：带动 45 户增收',
      '带贫减贫机制：土地入股，按股分红',
    ]);
    expect(noticeProjectFields(project).every((field) => !field.missing)).toBe(true);
  });

  it('names one source without a total', () => {
    const single = noticeProjectFields({ ...project, sources: [{ source: '社会帮扶', allocated: 5_000_000 }], allocated: 5_000_000 });
    expect(single.find((field) => field.label === '资金来源及金额')?.text).toBe('社会帮扶 50,000.00 元');
  });

  it('says 未填报 for what the export left out, never dropping the field', () => {
    const { task: _task, subsidyStandard: _standard, ...bare } = project;
    const fields = noticeProjectFields({ ...bare, sources: [] });
    expect(fields.map((field) => field.label)).toEqual([...NOTICE_PROJECT_LABELS]);
    expect(fields.filter((field) => field.missing).map(({ label, text }) => `${label}：${text}`)).toEqual([
      `建设任务：${NOT_REPORTED}`,
      `补助标准：${NOT_REPORTED}`,
      `资金来源及金额：${NOT_REPORTED}`,
    ]);
  });
});
