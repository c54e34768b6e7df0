// Two errors of the HTML standard that the Nu Html Checker reports and html-validate's own rules do not: markup
// after the document's end, and characters a URL may not hold. Loaded as a plugin by `.htmlvalidate.mjs`.
import { definePlugin, Rule, sliceLocation, type RuleDocumentation } from 'html-validate';

/**
 * A start tag after `</body>` or `</html>` is a parse error ("stray start tag"): the browser moves the element
 * back into the body. Astro renders a page's `<script>` where it stands, so one placed after the layout lands here.
 */
class NoContentAfterEnd extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'Nothing may follow </body> or </html>: the parser must move it back into the body (a parse error).' };
  }

  override setup() {
    let closed: string | undefined;
    this.on('tag:end', ({ target, previous }) => {
      // An explicit end tag has a target; one closed implicitly at the end of the document has none.
      const name = previous.tagName;
      if (target && (name === 'body' || name === 'html')) closed ??= name;
    });
    this.on('tag:start', ({ target, location }) => {
      if (closed) this.report({ node: target, message: `Stray start tag <${target.tagName}> after </${closed}>`, location });
    });
  }
}

/** Attributes whose value is a URL (HTML's "valid URL potentially surrounded by spaces"). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'manifest']);
const ASCII_WHITESPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
/** ASCII the URL standard allows in a URL as it is (its "URL code points"); `%` only before two hex digits. */
const ASCII_URL_CODE_POINT = /[A-Za-z0-9!$&'()*+,\-./:;=?@_~]/;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/y;

/** The first character of `url` that the URL standard does not allow, with its index. */
export function firstIllegalUrlCharacter(url: string): { index: number; character: string } | undefined {
  const fragment = url.indexOf('#');
  for (let index = 0; index < url.length; ) {
    const codePoint = url.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    const legal =
      codePoint < 0x80
        ? ASCII_URL_CODE_POINT.test(character) || index === fragment || (character === '%' && isPercentEscape(url, index))
        : isNonAsciiUrlCodePoint(codePoint);
    if (!legal) return { index, character };
    index += character.length;
  }
  return undefined;
}

function isPercentEscape(url: string, index: number): boolean {
  PERCENT_ESCAPE.lastIndex = index;
  return PERCENT_ESCAPE.test(url);
}

/** U+00A0 to U+10FFFD, less surrogates and noncharacters. */
function isNonAsciiUrlCodePoint(codePoint: number): boolean {
  if (codePoint < 0xa0 || codePoint > 0x10fffd) return false;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  if (codePoint >= 0xfdd0 && codePoint <= 0xfdef) return false;
  return (codePoint & 0xfffe) !== 0xfffe;
}

/** A URL attribute holding a character that no URL may hold as it is (`{`, a space, `|`, …): it must be %-escaped. */
class ValidUrl extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'A URL attribute may hold only URL code points and %-escapes (the URL standard); escape the rest.' };
  }

  override setup() {
    this.on('attr', ({ key, value, target, valueLocation }) => {
      if (!URL_ATTRIBUTES.has(key.toLowerCase()) || typeof value !== 'string') return;
      const url = value.replace(ASCII_WHITESPACE, '');
      const illegal = firstIllegalUrlCharacter(url);
      if (!illegal) return;
      const at = value.indexOf(url) + illegal.index;
      const shown = illegal.character.trim() ? `"${illegal.character}"` : `U+${illegal.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      this.report({
        node: target,
        message: `Illegal character ${shown} in the URL of attribute "${key}": escape it as %XX`,
        location: sliceLocation(valueLocation, at, at + illegal.character.length),
      });
    });
  }
}

export default definePlugin({
  name: 'yangguang',
  rules: {
    'yangguang/no-content-after-end': NoContentAfterEnd,
    'yangguang/valid-url': ValidUrl,
  },
});
