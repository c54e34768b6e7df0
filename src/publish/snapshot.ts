// A validated export → its publishable records (the snapshot the store keeps and the changelog compares).
import { deriveDataset } from '../dataset/dataset.ts';
import type { ReleaseSnapshot } from '../open-data/derive/changes.ts';
import { OPEN_TABLES, openDataTables } from '../open-data/derive/open-data.ts';
import { honoreeVisibility, revokedHonoreeRows, type SeenNow } from '../open-data/derive/open-data-privacy.ts';
import { indexRegions } from '../regions/derive/regions.ts';
import type { ExportData } from '../pipeline/load.ts';
import type { Problem } from '../pipeline/report.ts';
import type { TableName } from '../pipeline/schemas/index.ts';

export interface PublishableRelease {
  snapshot: ReleaseSnapshot;
  /** What this release lets anyone see of each honoree, applied to every older release. */
  visibility: SeenNow;
  counts: Record<TableName, number>;
}

/**
 * Made through the same derive step as the site, so the stored records are exactly what the site and /data/
 * publish (the dataset's build date plays no part in them).
 */
export function publishableRelease(data: ExportData, problems: readonly Problem[]): PublishableRelease {
  const dataset = deriveDataset(data, problems, data.release.release);
  const tables = openDataTables(dataset);
  const counts = Object.fromEntries(OPEN_TABLES.map((table) => [table, tables[table].length])) as Record<TableName, number>;
  return {
    snapshot: { release: data.release.release, tables, revokedHonorees: revokedHonoreeRows(data.honorees, indexRegions(data.regions)) },
    visibility: honoreeVisibility(dataset.honorees),
    counts,
  };
}
