// What a built site weighs: files by kind and total bytes.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export interface SiteSize {
  files: number;
  bytes: number;
  htmlFiles: number;
  byExtension: Record<string, { files: number; bytes: number }>;
}

export async function siteSize(root: string): Promise<SiteSize> {
  const size: SiteSize = { files: 0, bytes: 0, htmlFiles: 0, byExtension: {} };
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return walk(path);
        const { size: bytes } = await stat(path);
        const extension = extname(entry.name).toLowerCase() || '(none)';
        const bucket = (size.byExtension[extension] ??= { files: 0, bytes: 0 });
        bucket.files += 1;
        bucket.bytes += bytes;
        size.files += 1;
        size.bytes += bytes;
        if (extension === '.html') size.htmlFiles += 1;
      }),
    );
  };
  await walk(root);
  return size;
}
