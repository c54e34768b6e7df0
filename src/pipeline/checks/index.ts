// The cross-file checks, run on the rows that passed validation so that one bad cell does not hide the rest.
import type { LocatedBoundary } from '../boundaries.ts';
import type { PhotoFolder } from '../photos.ts';
import type { Problem } from '../report.ts';
import type { Release } from '../schemas/index.ts';
import { checkConsistency } from './consistency.ts';
import { checkKeys } from './keys.ts';
import { checkBoundaries, checkPhotos } from './media.ts';
import { checkReferences } from './references.ts';
import { checkTargets } from './targets.ts';
import type { ExportTables } from './tables.ts';

export type { ExportTables } from './tables.ts';

export interface CheckInput {
  tables: ExportTables;
  release: Release | undefined;
  photos: PhotoFolder;
  /** Undefined when the boundary file is missing or unreadable (already reported). */
  boundaries: { file: string; features: readonly LocatedBoundary[] } | undefined;
}

export function runChecks({ tables, release, photos, boundaries }: CheckInput): Problem[] {
  return [
    ...checkKeys(tables),
    ...checkReferences(tables, release),
    ...checkConsistency(tables),
    ...checkTargets(tables),
    ...checkPhotos(tables, photos),
    ...(boundaries ? checkBoundaries(tables, boundaries.features, boundaries.file) : []),
  ];
}
