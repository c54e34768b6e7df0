// Where releases are kept: `data/releases/`, beside the current export in `data/` (the loader reads only the
// export's own files and photos/, so the store never reaches a build's input).
//
//   data/releases/index.json                    every release, oldest first (StoreIndex)
//   data/releases/<release>/export/…             the export as published: the format's files, nothing else it held
//   data/releases/<release>/published/<t>.json   its publishable records per table, as /data/ served them
//   data/releases/<release>/published/revoked-honorees.json
//                                               its revoked honorees, masked: only for the changelog
import { join } from 'node:path';
import { RELEASE_STORE_FOLDER } from '../pipeline/format-files.ts';
import type { Release, TableName } from '../pipeline/schemas/index.ts';

export const STORE_FORMAT = 1;

export interface StoredRelease {
  /** Release id from release.json (YYYY-MM-DD). */
  release: string;
  /** exportDigest of the export's own files (ExportData.files): equal digests, byte-identical exports. */
  digest: string;
  /** release.json without the contact (it describes the release; the contact is on every page). */
  meta: Omit<Release, 'contact'>;
  /** Published records per table (revoked honorees not counted). */
  counts: Record<TableName, number>;
}

export interface StoreIndex {
  format: typeof STORE_FORMAT;
  /** Oldest first; ids strictly increasing. */
  releases: StoredRelease[];
}

export function storePaths(dataDir: string) {
  const root = join(dataDir, RELEASE_STORE_FOLDER);
  return {
    root,
    index: join(root, 'index.json'),
    release: (id: string) => ({
      dir: join(root, id),
      export: join(root, id, 'export'),
      published: join(root, id, 'published'),
    }),
  };
}

/** Paths used while publishing into `dataDir` and `outDir`: all siblings, so every switch is a rename. */
export function publishPaths(dataDir: string, outDir: string) {
  return {
    /** The next data folder (export + store), complete before anything is switched. */
    dataNext: `${dataDir}.next`,
    dataReplaced: `${dataDir}.replaced`,
    /** The next site, built by the ordinary build beside the published one. */
    siteNext: `${outDir}.next`,
    siteReplaced: `${outDir}.replaced`,
    /** Written once everything is staged: from then on the publish is rolled forward, never back. */
    journal: `${dataDir}.publishing.json`,
    /** Held for the whole publish: one publish at a time (publish-lock.ts). */
    lock: `${dataDir}.publish.lock`,
  };
}
