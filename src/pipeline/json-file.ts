// JSON files of the export (release.json, boundaries): bytes → decoded text → value, or a problem saying where it broke.
import { decodeText } from './decode.ts';
import type { Problem } from './report.ts';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJsonFile(bytes: Uint8Array, file: string): ParsedJson {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, value: JSON.parse(decoded.text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const at = position ? locate(decoded.text, Number(position[1])) : {};
    return {
      ok: false,
      problem: {
        severity: 'error',
        code: 'invalid-json',
        file,
        ...at,
        message: {
          zh: `不是有效的 JSON：${reason}。常见原因是漏了逗号、多了结尾逗号或用了中文引号。`,
          en: `Not valid JSON: ${reason}. Common causes: a missing comma, a trailing comma, or Chinese quotation marks.`,
        },
      },
    };
  }
}

function locate(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}
