// What a funds notice says of each project it announces, in the order of the national guidance on fund-project
// publicity (扶贫项目资金公告公示): place, construction task, subsidy standard, money per source, period,
// implementing unit, responsible person, performance goal, and how poor households benefit. The name heads the
// entry. A field the export left out reads 「未填报」 — said, never silently dropped.
import { formatDate, formatYuanExact } from '../../site/format.ts';
import type { NoticeProject } from './notice-attachments.ts';

/** What a notice shows for a field the export left empty. */
export const NOT_REPORTED = '未填报';

export interface NoticeProjectField {
  label: string;
  text: string;
  /** True when the export left the field out and `text` is NOT_REPORTED. */
  missing: boolean;
}

/** The guidance's fields below the project's name, each once, in its order. */
export const NOTICE_PROJECT_LABELS = ['实施地点', '建设任务', '补助标准', '资金来源及金额', '实施期限', '实施单位', '责任人', '绩效目标', '带贫减贫机制'] as const;

export function noticeProjectFields(project: NoticeProject): NoticeProjectField[] {
  const texts: Record<(typeof NOTICE_PROJECT_LABELS)[number], string | undefined> = {
    实施地点: project.place,
    建设任务: project.task,
    补助标准: project.subsidyStandard,
    资金来源及金额: sourcesText(project),
    实施期限: `${formatDate(project.start)}至${formatDate(project.end)}`,
    实施单位: project.unit,
    责任人: project.responsible,
    绩效目标: project.goal,
    带贫减贫机制: project.mechanism,
  };
  return NOTICE_PROJECT_LABELS.map((label) => {
    const text = texts[label];
    return text ? { label, text, missing: false } : { label, text: NOT_REPORTED, missing: true };
  });
}

/** 中央财政 300,000.00 元；县级财政 50,000.00 元；合计 350,000.00 元 — planned money, exact to the fen. */
function sourcesText(project: NoticeProject): string | undefined {
  if (project.sources.length === 0) return undefined;
  const lines = project.sources.map((entry) => `${entry.source} ${formatYuanExact(entry.allocated)}`);
  return project.sources.length > 1 ? `${lines.join('；')}；合计 ${formatYuanExact(project.allocated)}` : lines[0];
}
