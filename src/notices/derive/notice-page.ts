// What a notice page shows besides the notice row itself: its scope as a place name and its body as paragraphs.
// (The honorees and projects it announced: notice-attachments.ts.)
import type { RegionNode } from '../../regions/derive/regions.ts';

export interface NoticeScope {
  code: string;
  /** The place as people say it: 汉滨区关庙镇皂树村; the city alone for a city-wide notice. */
  name: string;
  level: RegionNode['level'];
  /** The county the scope lies in; absent for a city-wide notice. */
  countyCode?: string;
}

export function scopeOf(code: string, regions: ReadonlyMap<string, RegionNode>): NoticeScope {
  const node = regions.get(code);
  if (!node) return { code, name: code, level: 'city' }; // the pipeline rejects unknown regions; guard the type
  const county = node.level === 'county' ? node : node.ancestors.find((ancestor) => ancestor.level === 'county');
  return {
    code,
    name: placeName(node),
    level: node.level,
    ...(county ? { countyCode: county.code } : {}),
  };
}

/** Names from the county down (the city is implied on a city's site): 汉滨区关庙镇. */
export function placeName(node: RegionNode): string {
  if (node.level === 'city') return node.name;
  const below = node.ancestors.filter((ancestor) => ancestor.level !== 'city').map((ancestor) => ancestor.name);
  return [...below, node.name].join('');
}

/** A notice body: each line of the export cell is a paragraph, as in the notice posted on the board. */
export function noticeParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
