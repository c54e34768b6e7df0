// Every chart of /charts/, in the order the catalogue shows them, built from the derived dataset.
import type { Boundaries } from '../pipeline/load.ts';
import type { PublishedHonoree } from '../pipeline/derive/honorees.ts';
import type { PublishedProject } from '../pipeline/derive/projects.ts';
import type { RegionNode } from '../pipeline/derive/regions.ts';
import type { IndicatorRow, PairingRow } from '../pipeline/schemas/index.ts';
import { disbursementByCounty, pairingByCounty } from './counties/series.ts';
import { fundsByCategory, fundsBySource, fundsByYear } from './funds/series.ts';
import { honoreesByCategory, honoreesByYear } from './honorees/series.ts';
import { povertyOverYears } from './poverty/series.ts';
import type { ChartSpec } from './spec.ts';
import { townshipHonoreeMap } from './township-map/series.ts';

export interface CatalogueInputs {
  honorees: readonly PublishedHonoree[];
  projects: readonly PublishedProject[];
  pairings: readonly PairingRow[];
  indicators: readonly IndicatorRow[];
  regions: readonly RegionNode[];
  boundaries: Boundaries;
}

export interface CatalogueSection {
  heading: string;
  charts: ChartSpec[];
}

/** The charts grouped as the catalogue shows them; each chart's id is unique across sections. */
export function chartCatalogue(inputs: CatalogueInputs): CatalogueSection[] {
  const regions = new Map(inputs.regions.map((region) => [region.code, region]));
  return [
    { heading: '自强标兵与好干部', charts: [honoreesByYear(inputs.honorees), honoreesByYear(inputs.honorees, '交友帮扶好干部'), honoreesByCategory(inputs.honorees)] },
    { heading: '项目资金', charts: [fundsByYear(inputs.projects), fundsByCategory(inputs.projects), fundsBySource(inputs.projects), disbursementByCounty(inputs.projects, regions)] },
    { heading: '结对帮扶与脱贫', charts: [pairingByCounty(inputs.pairings, regions), povertyOverYears(inputs.indicators, regions)] },
    { heading: '地图', charts: [townshipHonoreeMap({ honorees: inputs.honorees, indicators: inputs.indicators, regions, boundaries: inputs.boundaries })] },
  ];
}
