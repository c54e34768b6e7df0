// A minimal SVG string builder: escaped attributes and text, no DOM, so charts draw at build time.
import { escapeXml } from '../../site/escape.ts';

export type Attributes = Record<string, string | number | undefined | null | false>;

/** Numbers rounded to 0.01 so the markup stays short and identical across platforms. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  return out;
}

/** An element with children already rendered as markup (use `text()` for data text). */
export function el(tag: string, attrs: Attributes = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner ? `<${tag}${attributes(attrs)}>${inner}</${tag}>` : `<${tag}${attributes(attrs)}/>`;
}

/** A text element; the content is escaped, so data never becomes markup. */
export function text(content: string, attrs: Attributes = {}): string {
  return `<text${attributes(attrs)}>${escapeXml(content)}</text>`;
}

/**
 * Width of a label in user units without a DOM: CJK and full-width characters take one em, Latin
 * letters and digits about 0.6 em. Generous on purpose, so labels never overlap the bars.
 */
export function textWidth(content: string, fontSize: number): number {
  let ems = 0;
  for (const char of content) {
    const code = char.codePointAt(0) ?? 0;
    ems += code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 1 : char === ' ' ? 0.3 : 0.62;
  }
  return ems * fontSize;
}
