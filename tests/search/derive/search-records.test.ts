import { describe, expect, it } from 'vitest';
import {
  honoreeRecordEntries, honoreeSearchRecord, noticeRecordEntries, noticeSearchRecord, projectRecordEntries, projectSearchRecord,
} from '../../../src/search/derive/search-records.ts';
import type { SearchEntry } from '../../../src/search/derive/search-bundles.ts';
import type { NoticeRow } from '../../../src/pipeline/schemas/index.ts';
import { published as projects, regionIndex } from '../../funds/derive/funds-fixture.ts';
import { consented, honorees, masked, regionNames } from '../../honorees/derive/honoree-fixture.ts';

const regionName = (code: string) => (code === '610902100201' ? '皂树村' : (regionNames.get(code) ?? code));
const fundRegions = [...regionIndex.nodes.values()];

describe('honoreeSearchRecord', () => {
  it('indexes the name, summary, story and the name’s search forms, and shows what a result line needs', () => {
    const record = honoreeSearchRecord(consented('A-1', { paragraphs: ['种茶十年。', '带动乡亲。'] }), regionName);
    expect(record?.url).toBe('/honorees/A-1/');
    expect(record?.content.split('\n')).toEqual(['张明华', '种茶致富', '种茶十年。', '带动乡亲。', expect.stringContaining('zhangminghua')]);
    const forms = record?.content.split('\n').at(-1)?.split(' ');
    expect(forms).toEqual(expect.arrayContaining(['明华', 'zhang', 'minghua', 'zmh', '关庙镇', '皂树村']));
    expect(record?.meta).toEqual({ title: '张明华', summary: '种茶致富', kind: '自强标兵', level: '村级', year: '2025', place: '汉滨区 关庙镇' });
    expect(record?.filters).toEqual({ kind: ['自强标兵'], year: ['2025'], level: ['村级'], county: ['汉滨区'], township: ['汉滨区关庙镇'], category: ['产业发展'] });
  });

  it('gives no record for an honoree without consent', () => {
    expect(honoreeSearchRecord(masked('A-2'), regionName)).toBeUndefined();
  });
});

describe('projectSearchRecord', () => {
  it('says in words what the project page says, without amounts', () => {
    const p1 = projects.find((project) => project.id === 'P-1')!;
    const record = projectSearchRecord(p1, ['汉滨区', '关庙镇', '皂树村'], { title: '关庙镇项目公示', issuer: '关庙镇人民政府' });
    expect(record.url).toBe('/funds/projects/P-1/');
    expect(record.meta).toEqual({ title: '皂树村茶园提质增效项目' });
    expect(record.content).toContain('皂树村茶园提质增效项目');
    expect(record.content).toContain('实施地点：汉滨区关庙镇皂树村');
    expect(record.content).toContain('资金来源：中央财政、县级财政、社会帮扶');
    expect(record.content).toContain('项目公示：关庙镇项目公示（关庙镇人民政府）');
    expect(record.content).not.toMatch(/500000|50,000/);
  });
});

function notice(id: string, published_on: string, changes: Partial<NoticeRow> = {}): NoticeRow {
  return {
    id, type: '项目公示', title: `${id} 公示`, issuer: '关庙镇人民政府', region_code: '610902100', published_on,
    period_start: published_on, period_end: published_on, body: '第一段。\n\n第二段。', objection_phone: '0915-3268412', ...changes,
  } as NoticeRow;
}

describe('noticeSearchRecord', () => {
  it('says the title, issuer, area, type, body and where to object', () => {
    const record = noticeSearchRecord(notice('N-1', '2026-10-01', { objection_address: '关庙镇政府院内' }), { code: '610902100', name: '汉滨区关庙镇', level: 'township', countyCode: '610902' });
    expect(record.url).toBe('/notices/N-1/');
    expect(record.meta).toEqual({ title: 'N-1 公示' });
    expect(record.content.split('\n')).toEqual([
      'N-1 公示',
      '发布单位：关庙镇人民政府 · 公示范围：汉滨区关庙镇 · 类型：项目公示',
      '第一段。',
      '第二段。',
      '如有异议，向关庙镇人民政府反映：电话 0915-3268412；地址 关庙镇政府院内',
    ]);
  });
});

describe('record entries in list order', () => {
  const notices = [notice('N-1', '2026-03-01'), notice('N-2', '2026-09-01')];
  const urls = (entries: SearchEntry[]) => [...entries].sort((a, b) => a.order - b.order).map((entry) => ('record' in entry.source ? entry.source.record.url : ''));

  it('lists consenting honorees in the list’s order, and never one without consent', () => {
    const entries = honoreeRecordEntries(honorees, fundRegions);
    expect(entries.every((entry) => entry.type === 'honorees')).toBe(true);
    expect(urls(entries)).toEqual(['/honorees/A-4/', '/honorees/A-1/', '/honorees/A-3/', '/honorees/A-5/']);
    expect(JSON.stringify(entries)).not.toContain('A-2');
  });

  it('lists projects newest year first, and notices newest first', () => {
    expect(urls(projectRecordEntries(projects, fundRegions, notices))).toEqual(['/funds/projects/P-1/', '/funds/projects/P-2/', '/funds/projects/P-3/', '/funds/projects/P-4/']);
    expect(urls(noticeRecordEntries(notices, fundRegions))).toEqual(['/notices/N-2/', '/notices/N-1/']);
  });
});
