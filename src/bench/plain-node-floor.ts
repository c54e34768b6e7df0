// The floor under any static build: how long plain Node takes to write the same number of small HTML files.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function plainNodeFloor(dir: string, files: number): Promise<{ files: number; wallMs: number }> {
  await rm(dir, { recursive: true, force: true });
  const started = performance.now();
  const perFolder = 1000;
  for (let start = 0; start < files; start += perFolder) {
    const folder = join(dir, String(start / perFolder));
    await mkdir(folder, { recursive: true });
    const writes: Promise<void>[] = [];
    for (let index = start; index < Math.min(files, start + perFolder); index += 1) {
      const page = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>第 ${index} 页</title><main><h1>第 ${index} 页</h1><p>示例内容。</p></main></html>`;
      writes.push(writeFile(join(folder, `${index}.html`), page));
    }
    await Promise.all(writes);
  }
  const wallMs = Math.round(performance.now() - started);
  await rm(dir, { recursive: true, force: true });
  return { files, wallMs };
}
