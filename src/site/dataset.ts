// The derived dataset for the pages: each part read once per build, typed, never parsed from CSV here. The one
// reader of the dataset folder: the files the build's history step writes beside the parts are read here too.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

const files = new Map<string, Promise<unknown>>();

/**
 * A JSON file the build wrote into the dataset folder beside the parts (e.g. `history.json`,
 * `releases/<release>/<table>.json`), by its path there; read once per build when `keep`, else each time.
 */
export function loadDatasetFile<T>(path: string, { keep = false } = {}): Promise<T> {
  const cached = files.get(path);
  if (cached) return cached as Promise<T>;
  const pending = readFile(join(datasetDir, path), 'utf8').then((text) => JSON.parse(text) as T);
  if (keep) files.set(path, pending);
  return pending;
}

export type { SiteDataset } from '../dataset/dataset.ts';
