// The one escaper for markup the site writes by hand as strings (SVG charts and locators, Atom feeds, <option>
// lists, embed code), so data text never becomes markup and never makes a file unreadable.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Characters XML 1.0 cannot carry at all (C0 controls other than tab and newlines, lone surrogates,
// U+FFFE/U+FFFF): one stray control character pasted from Excel would otherwise make a whole feed or SVG
// file unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe in XML and HTML element content and in double- or single-quoted attributes: characters XML cannot
 * hold are dropped, markup characters and both quotes escaped (`&#39;`, which HTML and XML both read).
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Text as a double-quoted CSS string (for `content:` in a stylesheet the site writes): backslashes and quotes
 * escaped, and line breaks and other control characters written as hex escapes, so text never ends the string.
 */
export function cssString(text: string): string {
  const escaped = text.replace(NOT_XML, '').replace(/["\\]|[\u0000-\u001F\u007F]/g, (char) =>
    char === '"' || char === '\\' ? `\\${char}` : `\\${char.charCodeAt(0).toString(16)} `,
  );
  return `"${escaped}"`;
}
