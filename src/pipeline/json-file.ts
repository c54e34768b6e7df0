// JSON files of the export (release.json, boundaries): bytes → decoded text → value, or a problem saying where it broke.
import { decodeText } from './decode.ts';
import { problem } from './problems.ts';
import type { Problem } from './report.ts';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJsonFile(bytes: Uint8Array, file: string): ParsedJson {
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded;
  try {
    return { ok: true, value: JSON.parse(decoded.text) };
  } catch {
    // V8's message quotes the source (which may hold personal data) and often has no position,
    // so the position comes from our own scan and the sentence is ours.
    const at = locate(decoded.text, Math.max(0, firstSyntaxError(decoded.text)));
    return {
      ok: false,
      problem: problem({
        code: 'invalid-json',
        file,
        ...at,
        message: {
          zh: '不是有效的 JSON，错误在此处。常见原因：漏了逗号、多了结尾逗号、用了中文引号或单引号。',
          en: 'Not valid JSON; the error is here. Common causes: a missing comma, a trailing comma, Chinese or single quotation marks.',
        },
      }),
    };
  }
}

function locate(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** Index of the first character a strict JSON reader cannot accept (text.length if it ends too early). */
export function firstSyntaxError(text: string): number {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expect = (char: string) => {
    space();
    if (text[at] !== char) throw at;
    at++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (at >= text.length || text.charCodeAt(at) < 0x20) throw at;
      const char = text[at++];
      if (char === '"') return;
      if (char === '\\') {
        if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(at, at + 5))) throw at;
        at += text[at] === 'u' ? 5 : 1;
      }
    }
  };
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const members = (close: string, member: () => void) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[at] === ',') at++;
      else return expect(close);
    }
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{') {
      return members('}', () => {
        string();
        expect(':');
        value();
      });
    }
    if (char === '[') return members(']', value);
    if (char === '"') return string();
    if (sticky(NUMBER) || sticky(LITERAL)) return;
    throw at;
  };
  try {
    value();
    space();
    return at < text.length ? at : -1;
  } catch (position) {
    return typeof position === 'number' ? position : 0;
  }
}
