// The release's headline figures for the home page: one number per question a visitor asks first.
import type { IndicatorRow } from '../pipeline/schemas/index.ts';
import type { PublishedHonoree } from '../honorees/derive/honorees.ts';
import { fundTotals, type PublishedProject } from '../funds/derive/projects.ts';
import type { RegionNode } from '../regions/derive/regions.ts';

export interface Headline {
  /** The latest year with data. */
  year: number;
  honorees: { selfReliance: number; cadres: number; cityLevel: number };
  funds: { projects: number; allocated: number; disbursed: number };
  poverty: { poorPersons: number; exitedPersons: number; villagesExited: number; villages: number };
}

export function headlineFigures(
  year: number,
  honorees: readonly PublishedHonoree[],
  projects: readonly PublishedProject[],
  indicators: readonly IndicatorRow[],
  regions: ReadonlyMap<string, RegionNode>,
): Headline {
  const ofYear = honorees.filter((honoree) => honoree.year === year);
  const fundsOfYear = fundTotals(projects.filter((project) => project.year === year));
  // Township rows would double-count their villages, so poverty figures sum villages only.
  const villageRows = indicators.filter((row) => row.year === year && regions.get(row.region_code)?.level === 'village');
  return {
    year,
    honorees: {
      selfReliance: ofYear.filter((honoree) => honoree.kind === '自强标兵').length,
      cadres: ofYear.filter((honoree) => honoree.kind === '交友帮扶好干部').length,
      // City-level 自强标兵 (the campaign names 100 a year); cadres are a separate honour.
      cityLevel: ofYear.filter((honoree) => honoree.kind === '自强标兵' && honoree.level === '市级').length,
    },
    funds: { projects: fundsOfYear.projects, allocated: fundsOfYear.allocated, disbursed: fundsOfYear.disbursed },
    poverty: {
      poorPersons: villageRows.reduce((sum, row) => sum + row.poor_persons, 0),
      exitedPersons: villageRows.reduce((sum, row) => sum + row.exited_persons, 0),
      villagesExited: villageRows.filter((row) => row.village_exited === true).length,
      villages: villageRows.length,
    },
  };
}
