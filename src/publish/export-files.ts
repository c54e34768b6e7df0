// The files of an export folder as one unit: which files belong to it, a digest of their content, copies and links.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { listExportFolder } from '../pipeline/load.ts';

/**
 * Every file in a folder as the loader lists it, as sorted relative paths with `/` separators: everything except the
 * release store (`releases/`, when the folder is a data folder), clutter and links. What an installed data/ holds —
 * the export's own files (ExportData.files) — and, if someone put them there, others.
 */
export async function listExportFiles(dir: string): Promise<string[]> {
  return (await listExportFolder(dir)).filter((entry) => entry.kind === 'file').map((entry) => entry.path);
}

/** `sha256:` over each file's path and content, in path order: equal digests mean byte-identical exports. */
export async function exportDigest(dir: string, files: readonly string[]): Promise<string> {
  const digest = createHash('sha256');
  for (const file of files) {
    digest.update(`${file}\0`);
    digest.update(await fileHash(join(dir, file)));
  }
  return `sha256:${digest.digest('hex')}`;
}

function fileHash(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(`${hash.digest('hex')}\n`));
  });
}

/**
 * Puts `files` of `from` into `to`. Hard links where the filesystem allows (the store never changes a file in
 * place: new state is always written beside and renamed), copies otherwise.
 */
export async function placeFiles(from: string, to: string, files: readonly string[], mode: 'copy' | 'link'): Promise<void> {
  for (const file of files) {
    const target = join(to, file);
    await mkdir(dirname(target), { recursive: true });
    if (mode === 'link') {
      try {
        await link(join(from, file), target);
        continue;
      } catch {
        // Another filesystem, or one without hard links: a copy is as good, only bigger.
      }
    }
    await copyFile(join(from, file), target);
  }
}

/** Every file under a folder, for linking a whole tree. */
export async function listTree(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.push(relative(dir, path));
    }
  };
  await walk(dir);
  return files.sort();
}
