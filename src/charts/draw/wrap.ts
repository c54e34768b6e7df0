// Breaking a line of Chinese text to a width, for titles and source lines drawn inside standalone SVGs.
import { textWidth } from './svg.ts';

/** Splits at any character (Chinese has no spaces), preferring the last space or punctuation when Latin words would break. */
export function wrapText(content: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const char of content) {
    if (current && textWidth(current + char, fontSize) > maxWidth) {
      const breakAt = Math.max(current.lastIndexOf(' '), current.lastIndexOf('·'));
      const latinTail = /[A-Za-z0-9.\-/:]$/.test(current) && /[A-Za-z0-9.\-/:]/.test(char);
      if (latinTail && breakAt > 0) {
        lines.push(current.slice(0, breakAt).trimEnd());
        current = current.slice(breakAt + 1).trimStart();
      } else {
        lines.push(current);
        current = '';
      }
    }
    current += char;
  }
  if (current) lines.push(current);
  return lines;
}
