// 需求图 (the needs map): per township and village, the projects still to be done — planned (计划) or under way
// (在建) in projects.csv — with how many, the money planned for them and their main categories. A village's
// projects count for its township too; a project placed at a township counts for the township alone.
import { addFen } from '../../funds/derive/money.ts';
import type { PublishedProject } from '../../funds/derive/projects.ts';
import type { ProjectRow } from '../../pipeline/schemas/index.ts';
import type { RegionNode } from '../../regions/derive/regions.ts';
import { placeOf, townshipOf, type BlueprintPlace } from './blueprint-places.ts';

/** The statuses the needs map counts: what is still to be done. */
export const NEEDS_STATUSES: readonly ProjectRow['status'][] = ['计划', '在建'];

export interface CategoryNeed {
  category: ProjectRow['category'];
  projects: number;
  /** Whole fen. */
  allocated: number;
}

export interface NeedsFigures {
  planned: number;
  underway: number;
  /** Money planned for them (the fund lines' allocated), whole fen. */
  allocated: number;
  /** Categories by money, largest first (then by count, then name). */
  categories: CategoryNeed[];
}

export interface NeedsRow extends BlueprintPlace {
  figures: NeedsFigures;
}

export interface NeedsBlueprint {
  /** Every township, in code order, with zero figures where nothing is planned. */
  townships: NeedsRow[];
  /** Villages with any planned or under-way project, by township then code. */
  villages: NeedsRow[];
  total: NeedsFigures;
}

export function emptyNeeds(): NeedsFigures {
  return { planned: 0, underway: 0, allocated: 0, categories: [] };
}

function addProject(figures: NeedsFigures, project: PublishedProject): void {
  if (project.status === '计划') figures.planned += 1;
  else figures.underway += 1;
  figures.allocated = addFen(figures.allocated, project.allocatedTotal);
  let category = figures.categories.find((entry) => entry.category === project.category);
  if (!category) figures.categories.push((category = { category: project.category, projects: 0, allocated: 0 }));
  category.projects += 1;
  category.allocated = addFen(category.allocated, project.allocatedTotal);
}

function sortCategories(figures: NeedsFigures): NeedsFigures {
  figures.categories.sort((a, b) => b.allocated - a.allocated || b.projects - a.projects || a.category.localeCompare(b.category));
  return figures;
}

export function deriveNeeds(projects: readonly PublishedProject[], regions: ReadonlyMap<string, RegionNode>): NeedsBlueprint {
  const total = emptyNeeds();
  const byTownship = new Map<string, NeedsFigures>();
  const byVillage = new Map<string, NeedsFigures>();
  for (const project of projects) {
    if (!NEEDS_STATUSES.includes(project.status)) continue;
    addProject(total, project);
    const township = townshipOf(regions, project.region_code);
    if (township) {
      let figures = byTownship.get(township);
      if (!figures) byTownship.set(township, (figures = emptyNeeds()));
      addProject(figures, project);
    }
    if (regions.get(project.region_code)?.level === 'village') {
      let figures = byVillage.get(project.region_code);
      if (!figures) byVillage.set(project.region_code, (figures = emptyNeeds()));
      addProject(figures, project);
    }
  }
  const rows = (codes: Iterable<string>, figuresOf: (code: string) => NeedsFigures) =>
    [...codes].flatMap((code) => {
      const place = placeOf(regions, code);
      return place ? [{ ...place, figures: sortCategories(figuresOf(code)) }] : [];
    });
  const townshipCodes = [...regions.values()].filter((node) => node.level === 'township').map((node) => node.code).sort();
  const villages = rows(byVillage.keys(), (code) => byVillage.get(code) ?? emptyNeeds())
    .sort((a, b) => (a.townshipCode ?? '').localeCompare(b.townshipCode ?? '') || a.code.localeCompare(b.code));
  return { townships: rows(townshipCodes, (code) => byTownship.get(code) ?? emptyNeeds()), villages, total: sortCategories(total) };
}

/** The main categories as the table and the map's titles say them: 「基础设施 3 个、产业发展 2 个」. */
export function mainCategories(figures: NeedsFigures, count = 3): string {
  return figures.categories.slice(0, count).map((entry) => `${entry.category} ${entry.projects} 个`).join('、');
}
