// What the next build needs to know about a published site to reuse it: the digests it was built from and each
// path's key, kept in .yangguang/incremental/<site id>/, where the id names the site folder itself (device,
// inode and birth time: a folder renamed into place keeps them, a folder replaced by other means does not). So a
// state is only ever read for the very folder it describes; anything else — no state, another folder, a state
// that cannot be read — means a full build.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export interface SiteState {
  version: typeof STATE_VERSION;
  /** The code the site was built with (fingerprints.ts `codeFingerprint`). */
  code: string;
  /** The public URL and base path it was built for. */
  site: string;
  base: string;
  /** The export and options it was built from (`inputsFingerprint`): the same again means nothing changed. */
  inputs: string;
  /** When the site was built (ISO): for the report. */
  builtAt: string;
  /** Where the site is published (the folder the next build reuses). */
  published: string;
}

const STATE_VERSION = 1;

/** Files beside state.json in a state folder. */
export const STATE_FILES = {
  state: 'state.json',
  /** Every keyed path's key: `{ [path]: key }` (src/site/incremental.ts). */
  pageKeys: 'page-keys.json',
  /** Each keyed path's file as written (`size:mtime`): a file changed by hand since is not reused. */
  pageStamps: 'page-stamps.json',
  /** The search index's bundle keys (search-index.ts --keys-out). */
  searchKeys: 'search-keys.json',
  /** The output verification's state (verify-output.ts --state-out). */
  verify: 'verify-state.bin',
} as const;

/** The identity of a site folder, or undefined when there is none. */
export function siteId(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const stat = statSync(dir, { bigint: true });
  if (!stat.isDirectory()) return undefined;
  return `${stat.dev}-${stat.ino}-${stat.birthtimeNs}`;
}

/**
 * The folder of the states of the site published at `published`: one per place a site is published, so that
 * building one site (tests, the browser tests' site) never drops another's state.
 */
export function stateRootOf(incrementalRoot: string, published: string): string {
  return join(incrementalRoot, createHash('sha1').update(resolve(published)).digest('hex').slice(0, 16));
}

/** Removes the states of sites that are no longer there (temporary folders of tests, a moved site). */
export async function pruneStates(incrementalRoot: string): Promise<void> {
  if (!existsSync(incrementalRoot)) return;
  for (const root of await readdir(incrementalRoot)) {
    for (const id of await readdir(join(incrementalRoot, root)).catch(() => [] as string[])) {
      const state = await readFile(join(incrementalRoot, root, id, STATE_FILES.state), 'utf8').then((text) => JSON.parse(text) as SiteState, () => undefined);
      if (!state || siteId(state.published) !== id) await rm(join(incrementalRoot, root, id), { recursive: true, force: true });
    }
  }
}

/** The state folder of the site in `dir`, with its state, when there is one that can be read. */
export async function readSiteState(stateRoot: string, dir: string): Promise<{ folder: string; state: SiteState } | undefined> {
  const id = siteId(dir);
  if (!id) return undefined;
  const folder = join(stateRoot, id);
  try {
    const state = JSON.parse(await readFile(join(folder, STATE_FILES.state), 'utf8')) as SiteState;
    if (state.version !== STATE_VERSION) return undefined;
    return { folder, state };
  } catch {
    return undefined;
  }
}

/**
 * Keeps `staged` (a folder holding the new site's state files) as the state of the site folder `dir` once it has
 * been swapped in, and removes every other state: only the published site can be reused.
 */
export async function keepSiteState(stateRoot: string, dir: string, staged: string, state: SiteState): Promise<void> {
  const id = siteId(dir);
  if (!id) return;
  await writeFile(join(staged, STATE_FILES.state), JSON.stringify(state));
  await mkdir(stateRoot, { recursive: true });
  const folder = join(stateRoot, id);
  await rm(folder, { recursive: true, force: true });
  await rename(staged, folder);
  for (const entry of await readdir(stateRoot)) {
    if (entry !== id) await rm(join(stateRoot, entry), { recursive: true, force: true });
  }
}

/** The state folder name a build writes into its own work folder before the swap. */
export const STAGED_STATE = 'incremental-state';
