// The derived dataset: everything the pages may show, already filtered for privacy, as one JSON file per part.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Boundaries, ExportData } from '../pipeline/load.ts';
import type { Problem } from '../pipeline/report.ts';
import type { Bilingual, IndicatorRow, NoticeRow, PairingRow, Release, TargetRow } from '../pipeline/schemas/index.ts';
import { headlineFigures, type Headline } from './headline.ts';
import type { PublishedPhotos } from '../honorees/derive/honoree-photos.ts';
import { publishHonorees, type PublishedHonoree } from '../honorees/derive/honorees.ts';
import { publishProjects, type PublishedProject } from '../funds/derive/projects.ts';
import { deriveRegionFigures, type RegionFigures } from '../regions/derive/region-figures.ts';
import { indexRegions, type RegionNode } from '../regions/derive/regions.ts';
import type { ShareImages } from '../share/paths.ts';

export interface SiteMeta {
  release: Omit<Release, 'contact'>;
  contact: Release['contact'];
  /** The day the site was built (Asia/Shanghai), YYYY-MM-DD: the fallback "today" for publicity states. */
  builtOn: string;
  /** Years with any data, ascending. */
  years: number[];
  /** True when any boundary is drawn, not surveyed: maps must say 示意边界. */
  schematicBoundaries: boolean;
  headline: Headline;
}

/** Warnings a page shows next to the thing they concern, keyed by table then id. */
export type EntityWarnings = Partial<Record<string, Record<string, Bilingual[]>>>;

export interface SiteDataset {
  meta: SiteMeta;
  regions: RegionNode[];
  honorees: PublishedHonoree[];
  notices: NoticeRow[];
  projects: PublishedProject[];
  pairings: PairingRow[];
  indicators: IndicatorRow[];
  /** targets.csv as validated (empty when the export has none); each region's against its result is in regionFigures. */
  targets: TargetRow[];
  /** County and township outlines in WGS-84. */
  boundaries: Boundaries;
  warnings: EntityWarnings;
  /** Per region and year: honorees, funds, poverty and pairing counts, summed up the hierarchy. */
  regionFigures: RegionFigures;
  /**
   * Each published honoree photo by honoree id: its widths and size (profiles reserve its space). Written by the
   * photo step once the images are encoded (src/build/steps/photos.ts), not by `deriveDataset`.
   */
  photos: PublishedPhotos;
  /** The share cards and notice posters made (src/build/steps/share-images.ts), like the photos not by `deriveDataset`. */
  shareImages: ShareImages;
}

export type DatasetPart = keyof SiteDataset;

/** The parts derived from the export's tables in one pass: all but the images. */
export type DerivedDataset = Omit<SiteDataset, 'photos' | 'shareImages'>;
export const DERIVED_PARTS = ['meta', 'regions', 'honorees', 'notices', 'projects', 'pairings', 'indicators', 'targets', 'boundaries', 'warnings', 'regionFigures'] as const satisfies readonly (keyof DerivedDataset)[];

export function deriveDataset(data: ExportData, problems: readonly Problem[], builtOn: string): DerivedDataset {
  const regionIndex = indexRegions(data.regions);
  const honorees = publishHonorees(data.honorees, regionIndex);
  const projects = publishProjects(data.projects, data.fundLines);
  const years = [
    ...new Set([
      ...data.honorees.map((row) => row.year),
      ...data.projects.map((row) => row.year),
      ...data.indicators.map((row) => row.year),
      ...data.pairings.map((row) => row.year),
      ...data.targets.map((row) => row.year),
    ]),
  ].sort((a, b) => a - b);
  const latestYear = years.at(-1) ?? Number(data.release.release.slice(0, 4));
  const { contact, ...release } = data.release;
  return {
    meta: {
      release,
      contact,
      builtOn,
      years,
      schematicBoundaries: data.boundaries.features.some((feature) => feature.properties.schematic),
      headline: headlineFigures(latestYear, honorees, projects, data.indicators, regionIndex.nodes),
    },
    regions: [...regionIndex.nodes.values()],
    honorees,
    notices: [...data.notices].sort((a, b) => b.published_on.localeCompare(a.published_on) || a.id.localeCompare(b.id)),
    projects,
    pairings: data.pairings,
    indicators: data.indicators,
    targets: data.targets,
    boundaries: data.boundaries,
    warnings: entityWarnings(problems),
    regionFigures: deriveRegionFigures({ regions: regionIndex.nodes, years, honorees, projects, indicators: data.indicators, pairings: data.pairings, targets: data.targets }),
  };
}

function entityWarnings(problems: readonly Problem[]): EntityWarnings {
  const warnings: EntityWarnings = {};
  for (const problem of problems) {
    if (problem.severity !== 'warning' || !problem.entity) continue;
    const table = (warnings[problem.entity.table] ??= {});
    (table[problem.entity.id] ??= []).push(problem.message);
  }
  return warnings;
}

/** Writes each derived part as its own file. */
export async function writeDataset(dataset: DerivedDataset, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(DERIVED_PARTS.map((part) => writeDatasetPart(dir, part, dataset[part])));
}

/** Writes one part (written beside, then renamed, so a reader never sees half a file). */
export async function writeDatasetPart<P extends DatasetPart>(dir: string, part: P, value: SiteDataset[P]): Promise<void> {
  const target = join(dir, `${part}.json`);
  await writeFile(`${target}.tmp`, JSON.stringify(value));
  await rename(`${target}.tmp`, target);
}

export async function readDatasetPart<P extends DatasetPart>(dir: string, part: P): Promise<SiteDataset[P]> {
  return JSON.parse(await readFile(join(dir, `${part}.json`), 'utf8')) as SiteDataset[P];
}
