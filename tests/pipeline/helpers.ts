// Test helpers: GB18030 bytes without an encoder package, valid ID numbers, and broken copies of the tiny export.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TINY_EXPORT = fileURLToPath(new URL('../fixtures/tiny-export/', import.meta.url));

let gbkTable: Map<string, number[]> | undefined;

/**
 * Encodes text as GB18030 for the characters GBK covers (all of these tests' Chinese), by
 * inverting Node's decoder over the two-byte range: Node has a GB18030 decoder but no encoder.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Completes 17 digits with their GB 11643 check character. */
export function withCheckDigit(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A copy of the tiny export in a temp folder, changed by `edit`; removed by the returned cleanup. */
export async function brokenExport(edit: (dir: string) => Promise<void>): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'yangguang-export-'));
  await cp(TINY_EXPORT, dir, { recursive: true });
  await edit(dir);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Rewrites a UTF-8 file of the export copy by replacing one exact piece of text (which must be there). */
export async function replaceIn(dir: string, file: string, from: string, to: string): Promise<void> {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  await writeFile(path, text.replace(from, to));
}
