// A digest of every file under a folder (path, size, content hash), to prove a folder was not touched.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function treeDigest(root: string): Promise<Map<string, string>> {
  const digest = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else digest.set(relative(root, path), createHash('sha256').update(await readFile(path)).digest('hex'));
    }
  };
  await walk(root);
  return digest;
}
