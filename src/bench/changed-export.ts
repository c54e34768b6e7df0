// The export as a publisher corrects it: a copy (hard links, but for the changed file) with one honoree revoked —
// the most urgent kind of publish — for the benchmark's one-record rebuild.
import { mkdir, readFile, rm, writeFile, link } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { listFiles } from '../build/incremental/fingerprints.ts';

const HONOREES = 'honorees.csv';

/** Copies `from` into `to` with one consenting, honoured person marked 已撤销; returns their id. */
export async function exportWithOneRevoked(from: string, to: string): Promise<string> {
  await rm(to, { recursive: true, force: true });
  for (const file of listFiles(from)) {
    if (file === HONOREES) continue;
    await mkdir(dirname(join(to, file)), { recursive: true });
    await link(join(from, file), join(to, file));
  }
  const text = (await readFile(join(from, HONOREES), 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const [id, consent, status] = ['编号', '同意公开', '状态'].map((column) => header.indexOf(column));
  if (id === undefined || consent === undefined || status === undefined || [id, consent, status].includes(-1)) throw new Error(`${HONOREES}: no 编号, 同意公开 or 状态 column`);
  const row = rows.find((cells, index) => index > 0 && cells[consent] === '是' && cells[status] === '已表彰');
  if (!row) throw new Error(`${HONOREES}: no consenting honoree to revoke`);
  row[status] = '已撤销';
  await writeFile(join(to, HONOREES), `\uFEFF${Papa.unparse(rows)}`);
  return row[id] ?? '';
}
