// The export's tables as the last builds read them, kept in .yangguang/table-cache/: each table's rows and problems,
// keyed by the file's bytes and the code that read it, so a rebuild after a correction to honorees.csv does not
// parse, validate and scan the 1,000,000 fund lines again (at scale ~5 s of the prepare step; a cached table
// comes back in ~1 s). Entries no build used are removed at the end of each build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { TableCache, TableResult } from '../pipeline/check-export.ts';

export class TableFileCache implements TableCache {
  readonly #used = new Set<string>();
  readonly dir: string;
  readonly code: string;

  constructor(dir: string, code: string) {
    this.dir = dir;
    this.code = code;
  }

  #key(table: string, file: string, bytes: Uint8Array): string {
    return createHash('sha256').update(`${this.code}\n${table}\n${file}\n`).update(bytes).digest('hex');
  }

  get(table: string, file: string, bytes: Uint8Array): TableResult | undefined {
    const key = this.#key(table, file, bytes);
    const path = join(this.dir, `${key}.v8`);
    if (!existsSync(path)) return undefined;
    try {
      const result = deserialize(readFileSync(path)) as TableResult;
      this.#used.add(key);
      return result;
    } catch {
      return undefined;
    }
  }

  set(table: string, file: string, bytes: Uint8Array, result: TableResult): void {
    const key = this.#key(table, file, bytes);
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, `${key}.v8`);
    // Written beside and renamed: a build killed meanwhile leaves no half entry. A cache that cannot be written
    // (a full disk, another build pruning at that moment) only costs the next build the reading.
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, serialize(result));
      renameSync(temporary, path);
      this.#used.add(key);
    } catch {
      rmSync(temporary, { force: true });
    }
  }

  /** Removes the entries this build did not use: the cache holds one export's tables. */
  prune(): void {
    if (!existsSync(this.dir)) return;
    for (const entry of readdirSync(this.dir)) {
      if (!this.#used.has(entry.replace(/\.v8(\.\d+\.tmp)?$/, ''))) rmSync(join(this.dir, entry), { force: true });
    }
  }
}
