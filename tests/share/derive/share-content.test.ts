import { describe, expect, it } from 'vitest';
import type { PublishedHonoree } from '../../../src/honorees/derive/honorees.ts';
import type { NoticeAttachments } from '../../../src/notices/derive/notice-attachments.ts';
import type { NoticeRow } from '../../../src/pipeline/schemas/index.ts';
import { honoreeGroupKey, honoreeGroups, noticeCardContent, noticePosterContent, wantsPoster } from '../../../src/share/derive/share-content.ts';

const notice = {
  id: 'N1', type: '标兵评选', title: '2026 年度自强标兵公示', issuer: '安康市脱贫办', region_code: '6109', published_on: '2026-11-01',
  period_start: '2026-11-03', period_end: '2026-11-07', objection_phone: '0915-3268123', objection_email: 'gs@example.gov.cn', body: '正文',
} as NoticeRow;

describe('share content', () => {
  it('makes posters only for notices whose period has not ended', () => {
    expect(wantsPoster(notice, '2026-11-01')).toBe(true);
    expect(wantsPoster(notice, '2026-11-07')).toBe(true);
    expect(wantsPoster(notice, '2026-11-08')).toBe(false);
  });

  it('puts the state, not the days left, on the card: it changes only when the state does', () => {
    const card = (today: string) => noticeCardContent(notice, today, 'https://x.example/notices/N1/', false);
    expect(card('2026-11-04')).toEqual(card('2026-11-06'));
    expect(card('2026-11-02').state).toBe('upcoming');
    expect(card('2026-11-08').state).toBe('ended');
  });

  it('lists the names by honour, then place, and every objection channel the notice publishes', () => {
    const honoree = (name: string, place: string, level: PublishedHonoree['level'] = '镇级') => ({ id: name, name, consent: true, kind: '自强标兵' as const, level, place });
    const attachments = { honorees: [honoree('张三', '汉滨区恒口镇'), honoree('李四', '汉滨区恒口镇'), honoree('王**', '汉滨区五里镇'), honoree('赵六', '汉滨区五里镇', '村级')], projects: [] } as unknown as NoticeAttachments;
    const poster = noticePosterContent(notice, attachments, 'https://x.example/notices/N1/', true);
    expect(poster.objection).toEqual(['电话 0915-3268123', '邮箱 gs@example.gov.cn']);
    expect(poster.listHeading).toBe('公示名单（共 4 人）');
    expect(poster.groups).toEqual([
      { heading: '镇级自强标兵', entries: ['汉滨区恒口镇：张三、李四', '汉滨区五里镇：王**'] },
      { heading: '村级自强标兵', entries: ['汉滨区五里镇：赵六'] },
    ]);
  });

  it('makes one honoree card per kind, level and year', () => {
    const people = [
      { year: 2024, level: '市级', kind: '自强标兵' },
      { year: 2024, level: '市级', kind: '自强标兵' },
      { year: 2024, level: '市级', kind: '交友帮扶好干部' },
      { year: 2025, level: '村级', kind: '自强标兵' },
    ] as PublishedHonoree[];
    const groups = honoreeGroups(people, '安康市脱贫办', false);
    expect(groups.map((group) => `${group.key} ${group.year}${group.honour}`)).toEqual([
      '2024-city-cadre 2024 年度市级交友帮扶好干部',
      '2024-city-role-model 2024 年度市级自强标兵',
      '2025-village-role-model 2025 年度村级自强标兵',
    ]);
    expect(honoreeGroupKey(people[0]!)).toBe('2024-city-role-model');
  });
});
