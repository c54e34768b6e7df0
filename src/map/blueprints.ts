// The four blueprints' (四张蓝图) data, shaped once per build from the dataset and shared by their pages, the
// region pages' links and the dynamic map's monthly files. The blueprints are tabs of the map: /map/blueprints/<id>/.
import { createHash } from 'node:crypto';
import { deriveExit, type ExitBlueprint } from './derive/blueprint-exit.ts';
import { deriveDynamic, dynamicYears, monthlyFile, type DynamicBlueprint } from './derive/blueprint-dynamic.ts';
import { deriveNeeds, type NeedsBlueprint } from './derive/blueprint-needs.ts';
import { deriveResponsibility, type ResponsibilityBlueprint } from './derive/blueprint-responsibility.ts';
import type { RegionNode } from '../regions/derive/regions.ts';
import { load } from '../site/dataset.ts';
import { href } from '../site/urls.ts';

export type BlueprintId = 'needs' | 'responsibility' | 'dynamic' | 'exit';

export interface BlueprintTab {
  id: BlueprintId;
  /** The name the campaigns use (Huaying's 四张蓝图). */
  label: string;
  /** What it shows, in one line (the tabs' index and the pages' descriptions). */
  summary: string;
}

export const BLUEPRINTS: readonly BlueprintTab[] = [
  { id: 'needs', label: '需求图', summary: '各乡镇、村计划和在建的项目：个数、计划资金和主要类别' },
  { id: 'responsibility', label: '责任图', summary: '各村的帮扶单位、第一书记、结对干部和结对户，走访是否达到要求' },
  { id: 'dynamic', label: '动态图', summary: '逐月的资金拨付和项目开工、完工' },
  { id: 'exit', label: '退出图', summary: '各年贫困村退出和脱贫户数、人数' },
];

export const blueprintPaths = {
  index: () => href('/map/blueprints/'),
  blueprint: (id: BlueprintId) => href(`/map/blueprints/${id}/`),
  /** The exit map of a year other than the one it opens on. */
  exitYear: (year: number) => href(`/map/blueprints/exit/${year}/`),
  /** The responsibility map's village table for one county (a page per county keeps each page light). */
  responsibilityCounty: (countyCode: string) => href(`/map/blueprints/responsibility/${countyCode}/`),
  /** One year of the dynamic map's months (content-hashed, so a new release never mixes with a cached one). */
  monthlyFile: (name: string) => href(`/map/blueprints/dynamic/${name}.json`),
} as const;

export interface BlueprintData {
  regions: Map<string, RegionNode>;
  needs: NeedsBlueprint;
  responsibility: ResponsibilityBlueprint;
  dynamic: DynamicBlueprint;
  exit: ExitBlueprint;
  /** The dynamic map's files, one per year: name (months-<year>-<hash>), year and body. */
  monthlyFiles: { name: string; year: number; body: string }[];
}

let shaped: Promise<BlueprintData> | undefined;

export function blueprintData(): Promise<BlueprintData> {
  shaped ??= (async () => {
    const [regionList, projects, pairings, figures, meta] = await Promise.all([load('regions'), load('projects'), load('pairings'), load('regionFigures'), load('meta')]);
    const regions = new Map(regionList.map((region) => [region.code, region]));
    const dynamic = deriveDynamic(projects, regions);
    const monthlyFiles = dynamicYears(dynamic).map((year) => {
      const body = JSON.stringify(monthlyFile(dynamic, year));
      return { name: `months-${year}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`, year, body };
    });
    return { regions, needs: deriveNeeds(projects, regions), responsibility: deriveResponsibility(pairings, regions), dynamic, exit: deriveExit(figures, regions, meta.years), monthlyFiles };
  })();
  return shaped;
}
