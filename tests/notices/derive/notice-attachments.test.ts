import { describe, expect, it } from 'vitest';
import type { PublishedHonoree } from '../../../src/honorees/derive/honorees.ts';
import { ATTACHMENTS_PER_PAGE, attachmentPage, attachmentPageCount, attachmentPageStarts, attachmentsByNotice, attachmentsOf } from '../../../src/notices/derive/notice-attachments.ts';
import type { PublishedProject } from '../../../src/funds/derive/projects.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { Region } from '../../../src/pipeline/schemas/index.ts';

const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '关庙镇', level: 'township', parent_code: '610902' },
  { code: '610902100201', name: '皂树村', level: 'village', parent_code: '610902100' },
  { code: '610902101', name: '张滩镇', level: 'township', parent_code: '610902' },
];
const { nodes } = indexRegions(regions);

const base = { kind: '自强标兵', year: 2026, level: '村级', status: '公示中', countyCode: '610902', townshipCode: '610902100', noticeId: 'N-1' } as const;
const honorees: PublishedHonoree[] = [
  { ...base, id: 'H-1', consent: true, name: '张明华', villageCode: '610902100201', category: '产业发展', summary: '种茶', paragraphs: ['种茶'] },
  { ...base, id: 'H-2', consent: false, name: '李**' },
  { ...base, id: 'H-3', consent: true, name: '王芳', category: '孝老爱亲', summary: '照顾老人', paragraphs: [], noticeId: 'N-2' },
];

const project = {
  id: 'P-1', year: 2026, region_code: '610902100201', name: '皂树村茶园提质增效项目', category: '产业发展', unit: '关庙镇人民政府',
  responsible: '李建设', start: '2026-03-01', end: '2026-10-31', status: '完工', beneficiary_households: 10, beneficiary_persons: 30,
  poor_households: 5, goal: '茶园 200 亩', mechanism: '入股分红', notice_id: 'N-3', task: '新建茶园 200 亩', subsidy_standard: '每亩补助 800 元',
  // Two payments from the central budget are one source on the notice.
  fundLines: [
    { source: '中央财政', allocated: 10_000_000, disbursed: 0, overDisbursed: false },
    { source: '县级财政', allocated: 345_678, disbursed: 0, overDisbursed: false },
    { source: '中央财政', allocated: 2_000_000, disbursed: 0, overDisbursed: false },
  ],
  allocatedTotal: 12_345_678, disbursedTotal: 0, overDisbursed: false,
} satisfies PublishedProject;

const masked = (id: string, level: PublishedHonoree['level'], townshipCode: string): PublishedHonoree => ({
  ...base, id, level, townshipCode, consent: false, name: '赵**', noticeId: 'N-4',
});

describe('attachmentsByNotice', () => {
  const byNotice = attachmentsByNotice(honorees, [project, { ...project, id: 'P-2', task: undefined, subsidy_standard: undefined }], nodes);

  it('lists each notice its honorees, masked ones still masked and placed by township only', () => {
    expect(attachmentsOf(byNotice, 'N-1').honorees).toEqual([
      { id: 'H-1', name: '张明华', consent: true, kind: '自强标兵', level: '村级', place: '汉滨区关庙镇' },
      { id: 'H-2', name: '李**', consent: false, kind: '自强标兵', level: '村级', place: '汉滨区关庙镇' },
    ]);
    expect(attachmentsOf(byNotice, 'N-2').honorees.map((honoree) => honoree.id)).toEqual(['H-3']);
  });

  it('lists each notice its projects with what the guidance requires, money per source and in all in fen', () => {
    const listed = {
      name: '皂树村茶园提质增效项目', category: '产业发展', place: '汉滨区关庙镇皂树村', allocated: 12_345_678,
      sources: [{ source: '中央财政', allocated: 12_000_000 }, { source: '县级财政', allocated: 345_678 }],
      task: '新建茶园 200 亩', subsidyStandard: '每亩补助 800 元', start: '2026-03-01', end: '2026-10-31',
      unit: '关庙镇人民政府', responsible: '李建设', goal: '茶园 200 亩', mechanism: '入股分红',
    };
    expect(attachmentsOf(byNotice, 'N-3').projects).toEqual([
      { id: 'P-1', ...listed },
      // P-2's export left the two optional columns out: absent, not empty strings.
      { id: 'P-2', ...listed, task: undefined, subsidyStandard: undefined },
    ]);
    expect(Object.keys(attachmentsOf(byNotice, 'N-3').projects[1]!)).not.toContain('task');
    expect(attachmentsOf(byNotice, 'N-3').projectTotals).toMatchObject({ projects: 2, allocated: 24_691_356 });
  });

  it('orders a notice\'s honorees by level, then township, keeping the dataset order within', () => {
    const mixed = attachmentsByNotice(
      [masked('a', '村级', '610902101'), masked('b', '镇级', '610902101'), masked('c', '村级', '610902100'), masked('d', '村级', '610902101')],
      [],
      nodes,
    );
    expect(attachmentsOf(mixed, 'N-4').honorees.map((honoree) => `${honoree.id} ${honoree.level} ${honoree.place}`)).toEqual([
      'b 镇级 汉滨区张滩镇', 'c 村级 汉滨区关庙镇', 'a 村级 汉滨区张滩镇', 'd 村级 汉滨区张滩镇',
    ]);
  });

  it('gives a notice without attachments empty lists', () => {
    expect(attachmentsOf(byNotice, 'N-none')).toMatchObject({ honorees: [], projects: [], projectTotals: { projects: 0, allocated: 0 } });
  });
});

describe('attachment pages', () => {
  const many = attachmentsByNotice(
    Array.from({ length: 5 }, (_, index) => masked(`h${index}`, '村级', '610902100')),
    Array.from({ length: 3 }, (_, index) => ({ ...project, id: `p${index}`, notice_id: 'N-4' })),
    nodes,
  );
  const whole = attachmentsOf(many, 'N-4');

  const twoEach = { honorees: 2, projects: 2 };

  it('pages honorees and projects side by side, the longer list setting the count', () => {
    expect(attachmentPageCount(whole, twoEach)).toBe(3);
    expect(attachmentPage(whole, 2, twoEach).honorees.map((honoree) => honoree.id)).toEqual(['h2', 'h3']);
    expect(attachmentPage(whole, 2, twoEach).projects.map((entry) => entry.id)).toEqual(['p2']);
    expect(attachmentPage(whole, 3, twoEach).projects).toEqual([]);
  });

  it('pages projects by their own, smaller count, numbering each list from its own start', () => {
    const sizes = { honorees: 4, projects: 1 };
    expect(attachmentPageCount(whole, sizes)).toBe(3);
    expect(attachmentPage(whole, 2, sizes).honorees.map((honoree) => honoree.id)).toEqual(['h4']);
    expect(attachmentPage(whole, 2, sizes).projects.map((entry) => entry.id)).toEqual(['p1']);
    expect(attachmentPageStarts(3, sizes)).toEqual({ honorees: 9, projects: 3 });
    expect(ATTACHMENTS_PER_PAGE.projects).toBeLessThan(ATTACHMENTS_PER_PAGE.honorees);
  });

  it('keeps the totals of the whole notice on every page', () => {
    expect(attachmentPage(whole, 3, twoEach).projectTotals).toMatchObject({ projects: 3, allocated: 3 * 12_345_678 });
  });

  it('has one page for a notice with nothing attached', () => {
    expect(attachmentPageCount(attachmentsOf(many, 'N-none'))).toBe(1);
  });
});
