// The region pages' keys for incremental builds (src/site/incremental.ts). (Not a route: Astro routes only src/pages.)
import { publicityStatus } from '../notices/derive/publicity.ts';
import { buildDay, datasetDigest, layoutDigest } from '../site/incremental.ts';
import type { RegionPageLists } from './derive/region-page.ts';

/**
 * A region page shows its props in the layout, a map drawn from the boundaries and regions, and the publicity
 * state of each notice it lists (the build day decides those).
 */
export function regionInputs(lists: RegionPageLists, props: unknown): unknown {
  const today = buildDay();
  return [
    layoutDigest(),
    props,
    [...lists.notices.shown, ...lists.noticesAbove.shown].map((notice) => publicityStatus(notice.period_start, notice.period_end, today)),
    datasetDigest('boundaries.json'),
    datasetDigest('regions.json'),
  ];
}
