import { describe, expect, it } from 'vitest';
import { noticeConcernsPlace, noticesByPlace } from '../../../src/notices/derive/notice-places.ts';
import { indexRegions } from '../../../src/regions/derive/regions.ts';
import type { Region } from '../../../src/pipeline/schemas/index.ts';

const regions: Region[] = [
  { code: '6109', name: '安康市', level: 'city' },
  { code: '610902', name: '汉滨区', level: 'county', parent_code: '6109' },
  { code: '610902100', name: '关庙镇', level: 'township', parent_code: '610902' },
  { code: '610902100201', name: '皂树村', level: 'village', parent_code: '610902100' },
  { code: '610902100202', name: '枣园村', level: 'village', parent_code: '610902100' },
  { code: '610902101', name: '张滩镇', level: 'township', parent_code: '610902' },
  { code: '610902101201', name: '张滩村', level: 'village', parent_code: '610902101' },
  { code: '610921', name: '汉阴县', level: 'county', parent_code: '6109' },
  { code: '610921100', name: '城关镇', level: 'township', parent_code: '610921' },
  { code: '610921100201', name: '东坡村', level: 'village', parent_code: '610921100' },
];
const { nodes } = indexRegions(regions);

interface Listed {
  id: string;
  region: string;
  start: string;
  end: string;
}
const notice = (id: string, region: string, start = '2026-10-01', end = '2026-10-07'): Listed => ({ id, region, start, end });
const notices = [
  notice('city', '6109'),
  notice('hanbin', '610902'),
  notice('guanmiao', '610902100', '2026-11-01', '2026-11-07'),
  notice('zaoshu', '610902100201', '2026-11-10', '2026-11-20'),
  notice('zaoyuan', '610902100202'),
  notice('zhangtan', '610902101'),
  notice('hanyin', '610921'),
  notice('dongpo', '610921100201'),
];
const byPlace = noticesByPlace(notices, nodes, (row) => row.region, (row) => row, '2026-11-03');
const ids = (code: string) => byPlace.get(code)?.map((row) => row.id);

describe('noticesByPlace', () => {
  it('gives a village its own notices and those of its township, county and city, running first', () => {
    expect(ids('610902100201')).toEqual(['guanmiao', 'zaoshu', 'city', 'hanbin']);
    expect(ids('610902101201')).toEqual(['city', 'hanbin', 'zhangtan']);
    expect(ids('610921100201')).toEqual(['city', 'dongpo', 'hanyin']);
  });

  it('gives a township its own notices, its villages’ and those above it, never a neighbour’s', () => {
    expect(ids('610902100')).toEqual(['guanmiao', 'zaoshu', 'city', 'hanbin', 'zaoyuan']);
    expect(ids('610902101')).toEqual(['city', 'hanbin', 'zhangtan']);
  });

  it('has a list for every township and village, even an empty one, and none for counties or the city', () => {
    const places = regions.filter((region) => region.level === 'township' || region.level === 'village').map((region) => region.code);
    expect([...byPlace.keys()].sort()).toEqual(places.sort());
    const empty = noticesByPlace([], nodes, (row: Listed) => row.region, (row) => row, '2026-11-03');
    expect([...empty.values()].every((list) => list.length === 0)).toBe(true);
    expect(empty.size).toBe(places.length);
  });

  it('agrees with noticeConcernsPlace for every notice and place', () => {
    for (const [code, list] of byPlace) {
      const place = nodes.get(code)!;
      const expected = notices.filter((row) => noticeConcernsPlace(nodes.get(row.region)!, place)).map((row) => row.id).sort();
      expect(list.map((row) => row.id).sort(), code).toEqual(expected);
    }
  });
});
