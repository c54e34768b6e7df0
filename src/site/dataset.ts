// The derived dataset for the pages: each part read once per build, typed, never parsed from CSV here.
import { readDatasetPart, type DatasetPart, type SiteDataset } from '../dataset/dataset.ts';

/**
 * The build orchestrator (scripts/build.ts) writes the dataset to a private folder and passes it here;
 * `npm run dev` prepares `.yangguang/dataset`.
 */
export const datasetDir = process.env['YANGGUANG_DATASET'] ?? '.yangguang/dataset';

const cache = new Map<DatasetPart, Promise<unknown>>();

export function load<P extends DatasetPart>(part: P): Promise<SiteDataset[P]> {
  let pending = cache.get(part);
  if (!pending) {
    pending = readDatasetPart(datasetDir, part);
    cache.set(part, pending);
  }
  return pending as Promise<SiteDataset[P]>;
}

export type { SiteDataset } from '../dataset/dataset.ts';
