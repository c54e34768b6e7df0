// Every chart of /charts/, in the order the catalogue shows them, built from the derived dataset.
import type { Boundaries } from '../pipeline/load.ts';
import type { PublishedHonoree } from '../honorees/derive/honorees.ts';
import type { PublishedProject } from '../funds/derive/projects.ts';
import type { RegionFigures } from '../regions/derive/region-figures.ts';
import type { RegionNode } from '../regions/derive/regions.ts';
import { disbursementByCounty, pairingByCounty } from './counties/series.ts';
import { exitTargetsByCounty } from './exit-targets/series.ts';
import { fundsByCategory, fundsBySource, fundsByYear } from './funds/series.ts';
import { honoreesByCategory, honoreesByYear } from './honorees/series.ts';
import { povertyOverYears } from './poverty/series.ts';
import type { ChartSpec } from './spec.ts';
import { townshipHonoreeMap } from './township-map/series.ts';

export interface CatalogueInputs {
  honorees: readonly PublishedHonoree[];
  projects: readonly PublishedProject[];
  regions: readonly RegionNode[];
  /** Per region and year, the counts behind the map layers (dataset part regionFigures). */
  regionFigures: RegionFigures;
  /** Code of the root region (release.json), whose figures are the city's. */
  jurisdiction: string;
  boundaries: Boundaries;
}

export interface CatalogueSection {
  heading: string;
  charts: ChartSpec[];
}

/** The charts grouped as the catalogue shows them; each chart's id is unique across sections. */
export function chartCatalogue(inputs: CatalogueInputs): CatalogueSection[] {
  const regions = new Map(inputs.regions.map((region) => [region.code, region]));
  const counties = inputs.regions
    .filter((region) => region.level === 'county')
    .map((region) => ({ code: region.code, name: region.name, figures: inputs.regionFigures[region.code] ?? [] }));
  const root = inputs.regionFigures[inputs.jurisdiction] ?? inputs.regionFigures[inputs.regions.find((region) => region.level === 'city')?.code ?? ''] ?? [];
  return [
    { heading: '自强标兵与好干部', charts: [honoreesByYear(inputs.honorees), honoreesByYear(inputs.honorees, '交友帮扶好干部'), honoreesByCategory(inputs.honorees)] },
    { heading: '项目资金', charts: [fundsByYear(inputs.projects), fundsByCategory(inputs.projects), fundsBySource(inputs.projects), disbursementByCounty(counties)] },
    { heading: '结对帮扶与脱贫', charts: [pairingByCounty(counties), povertyOverYears(root), exitTargetsByCounty(counties)] },
    { heading: '地图', charts: [townshipHonoreeMap({ figures: inputs.regionFigures, regions, boundaries: inputs.boundaries })] },
  ];
}
