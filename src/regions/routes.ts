// The region pages' keys for incremental builds (src/site/incremental.ts). (Not a route: Astro routes only src/pages.)
import { publicityStatus } from '../notices/derive/publicity.ts';
import { buildDay, datasetDigest, layoutDigest, recordDigest } from '../site/incremental.ts';
import type { RegionPageLists, Shortlist } from './derive/region-page.ts';

/**
 * A region page shows its props in the layout, a map drawn from the boundaries and regions, and the publicity
 * state of each notice it lists (the build day decides those).
 */
export function regionInputs(props: { lists: RegionPageLists }): unknown {
  const today = buildDay();
  const { lists, ...rest } = props;
  // Each listed record by its digest, made once however many region pages list it (a project with its fund lines is
  // on its village's, township's, county's and the city's page): hashing them whole took ~2.3 s at scale.
  const shortlist = <T extends object>({ shown, total }: Shortlist<T>) => ({ shown: shown.map(recordDigest), total });
  return [
    layoutDigest(),
    rest,
    {
      honorees: { ...shortlist(lists.honorees), featured: lists.honorees.featured },
      projects: shortlist(lists.projects),
      notices: shortlist(lists.notices),
      noticesAbove: shortlist(lists.noticesAbove),
      pairings: lists.pairings,
      villagePairings: lists.villagePairings,
    } satisfies Record<keyof RegionPageLists, unknown>,
    [...lists.notices.shown, ...lists.noticesAbove.shown].map((notice) => publicityStatus(notice.period_start, notice.period_end, today)),
    datasetDigest('boundaries.json'),
    datasetDigest('regions.json'),
  ];
}
