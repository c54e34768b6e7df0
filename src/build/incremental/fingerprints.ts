// What a build is made from, as digests: the code (a change of any source, template, style, dependency or
// configuration means nothing of the published site is reused), the export with the build's options (the same
// digest as the published site's means nothing changed at all), and each file of the derived dataset (what the
// pages' keys are made from, src/site/incremental.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root` (relative paths with "/", sorted), skipping the folders named in `skip`. */
export function listFiles(root: string, skip: ReadonlySet<string> = new Set()): string[] {
  const files: string[] = [];
  // Paths joined by hand: path.relative() for each of 260,000 files took most of the walk's time.
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const inside = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!skip.has(inside)) walk(join(folder, entry.name), `${inside}/`);
      } else if (entry.isFile()) {
        files.push(inside);
      }
    }
  };
  if (existsSync(root)) walk(root, '');
  return files.sort();
}

const digestOf = (bytes: Buffer | string) => createHash('sha1').update(bytes).digest('base64url');

/** The sources the site is made from: any change to one of them makes the next build a full one. */
const CODE_FOLDERS = ['src', 'public', 'scripts'];
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * One digest of the code, its dependencies (through the lockfile), the Node version and the configuration. Cheap
 * (a few hundred small files); the dependencies' own files are not read — installing other versions changes the
 * lockfile.
 */
export function codeFingerprint(projectRoot: string): string {
  const hash = createHash('sha1').update(`node ${process.versions.node}\n`);
  for (const folder of CODE_FOLDERS) {
    for (const file of listFiles(join(projectRoot, folder))) {
      hash.update(`${folder}/${file}\n`).update(readFileSync(join(projectRoot, folder, file)));
    }
  }
  for (const file of CODE_FILES) {
    const path = join(projectRoot, file);
    if (existsSync(path)) hash.update(`${file}\n`).update(readFileSync(path));
  }
  return hash.digest('base64url');
}

/**
 * One digest of every file of the export folder (its release store included). Photos are taken by name, size and
 * modification time: reading a city's photos on every build would cost more than the build it saves.
 */
export function exportFolderDigest(dataDir: string): string {
  const hash = createHash('sha1');
  for (const file of listFiles(dataDir)) {
    const path = join(dataDir, file);
    if (file.startsWith('photos/')) {
      const { size, mtimeMs } = statSync(path);
      hash.update(`${file} ${size} ${mtimeMs}\n`);
    } else {
      hash.update(`${file}\n`).update(readFileSync(path));
    }
  }
  return hash.digest('base64url');
}

/** One digest of everything a build reads besides the code: the export folder (its digest) and the build's options. */
export function inputsFingerprint(exportDigest: string, options: Record<string, string | undefined>): string {
  return createHash('sha1').update(JSON.stringify(Object.entries(options).sort())).update(`\n${exportDigest}`).digest('base64url');
}

/**
 * The digest of each file of the derived dataset, but for the photos and share images (the pages show their
 * paths and sizes, which the dataset's `photos` and `shareImages` parts hold; the files themselves are copied
 * into every build).
 */
export function datasetDigests(datasetDir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const file of listFiles(datasetDir, new Set(['photos', 'share']))) digests[file] = fileDigest(join(datasetDir, file));
  return digests;
}

/** The digest of one file's bytes, as datasetDigests gives it. */
export function fileDigest(path: string): string {
  return digestOf(readFileSync(path));
}
