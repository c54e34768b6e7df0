// The prepare step's results kept between builds in .yangguang/prepared/: the derived dataset, the export's problems,
// the photos to publish and the people who must not appear, keyed by the code and the export folder's bytes. The
// nightly refresh reads the same export as the night before with another "today", which the dataset holds only in
// `meta.builtOn`: it takes the dataset from here and sets that one field, instead of reading, validating and
// deriving 1,000,000 fund lines again (~9 s at 100,000 honorees).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The files of one prepare step, besides the dataset folder: by role, each a path of this build. */
export interface PreparedFiles {
  dataset: string;
  problems: string;
  photos: string;
  unpublished: string;
}

const SIDE_FILES = ['problems', 'photos', 'unpublished'] as const;
/** Entries kept: the export being published and the one before (a correction, then its undoing, both cheap). */
const KEPT = 2;

/** The key of a prepare step's results: the code that ran it, the export folder's path and digest. */
export function preparedKey(code: string, exportDir: string, exportDigest: string): string {
  return createHash('sha1').update(`prepared v1\n${code}\n${exportDir}\n${exportDigest}`).digest('hex');
}

/** Whether results are kept for `key`. */
export function hasPrepared(root: string, key: string): boolean {
  return existsSync(join(root, key, 'complete'));
}

/**
 * Copies the kept results for `key` into the build's paths, with `meta.builtOn` set to `today`; false when there are
 * none (or they cannot be read whole), and the step must run.
 */
export function restorePrepared(root: string, key: string, files: PreparedFiles, today: string): boolean {
  const entry = join(root, key);
  if (!hasPrepared(root, key)) return false;
  try {
    rmSync(files.dataset, { recursive: true, force: true });
    mkdirSync(files.dataset, { recursive: true });
    for (const name of readdirSync(join(entry, 'dataset'))) {
      if (name === 'meta.json') continue;
      copyFileSync(join(entry, 'dataset', name), join(files.dataset, name));
    }
    const meta = JSON.parse(readFileSync(join(entry, 'dataset', 'meta.json'), 'utf8')) as { builtOn: string };
    writeFileSync(join(files.dataset, 'meta.json'), JSON.stringify({ ...meta, builtOn: today }));
    for (const role of SIDE_FILES) {
      if (existsSync(join(entry, role))) copyFileSync(join(entry, role), files[role]);
      else rmSync(files[role], { force: true });
    }
    // Used: the last to be pruned.
    const now = new Date();
    utimesSync(join(entry, 'complete'), now, now);
    return true;
  } catch {
    rmSync(files.dataset, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps a successful prepare step's results under `key` (copied: the build goes on writing into its dataset folder),
 * written beside and renamed, so that a build killed meanwhile leaves no half entry; then removes all but the most
 * recently used entries. A cache that cannot be written only costs the next build the step.
 */
export function keepPrepared(root: string, key: string, files: PreparedFiles): void {
  const entry = join(root, key);
  const partial = join(root, `${key}.${process.pid}.partial`);
  try {
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(join(partial, 'dataset'), { recursive: true });
    for (const name of readdirSync(files.dataset)) {
      if (statSync(join(files.dataset, name)).isFile()) copyFileSync(join(files.dataset, name), join(partial, 'dataset', name));
    }
    for (const role of SIDE_FILES) if (existsSync(files[role])) copyFileSync(files[role], join(partial, role));
    writeFileSync(join(partial, 'complete'), '');
    rmSync(entry, { recursive: true, force: true });
    renameSync(partial, entry);
  } catch {
    rmSync(partial, { recursive: true, force: true });
    return;
  }
  prunePrepared(root);
}

function prunePrepared(root: string): void {
  const entries = readdirSync(root).map((name) => {
    const marker = join(root, name, 'complete');
    return { name, used: existsSync(marker) ? statSync(marker).mtimeMs : 0 };
  });
  // Partial entries of other builds are left alone unless old (another build may be writing one right now).
  const stale = entries.filter(({ name }) => name.endsWith('.partial') && Date.now() - statSync(join(root, name)).mtimeMs > 3_600_000);
  const complete = entries.filter(({ name }) => !name.endsWith('.partial')).sort((a, b) => b.used - a.used);
  for (const { name } of [...stale, ...complete.slice(KEPT)]) rmSync(join(root, basename(name)), { recursive: true, force: true });
}
