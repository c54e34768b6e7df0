// Planting faults in a copy of a fixture export: one way to read a CSV of it (whatever its encoding), change its
// rows and write it back as UTF-8, shared by the build tests.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeText } from '../../src/pipeline/decode.ts';

/** `edit` gets the rows (header first) and returns the rows to write. */
export async function editCsv(dir: string, file: string, edit: (rows: string[][]) => string[][]): Promise<void> {
  const path = join(dir, file);
  const decoded = decodeText(await readFile(path), file);
  if (!('text' in decoded)) throw new Error(`fixture ${file} did not decode`);
  await writeFile(path, Papa.unparse(edit(Papa.parse<string[]>(decoded.text, { skipEmptyLines: true }).data)));
}
