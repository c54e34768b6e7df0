// The project's html-validate configuration on small documents: the errors the Nu Html Checker found on the sample
// site are errors here too, and what the standard allows passes.
import { describe, expect, it } from 'vitest';
import { firstIllegalUrlCharacter } from './rules.ts';
import { projectValidator } from './validate-pages.ts';

const validator = projectValidator();

/** A whole page around `body`, with `after` after `</html>`. */
function page(body: string, after = ''): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title></head><body><main>${body}</main></body></html>${after}`;
}

/** Each error as `rule: message`. */
async function errors(html: string): Promise<string[]> {
  const report = await validator.validateString(html, 'page.html');
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
}

describe('the project html-validate configuration', () => {
  it('passes a valid page', async () => {
    expect(await errors(page('<h1>标题</h1><p><a href="/funds/projects/XM-1/?q=1#资金">项目</a></p>'))).toEqual([]);
  });

  it('finds a start tag after </html> (an Astro <script> after the layout)', async () => {
    expect(await errors(page('<p>x</p>', '<script type="module" src="/a.js"></script>'))).toEqual([
      'yangguang/no-content-after-end: Stray start tag <script> after </body>',
    ]);
  });

  it('finds a figcaption that is neither the first nor the last child of its figure', async () => {
    const found = await errors(page('<figure><p>图</p><figcaption>说明</figcaption><details><summary>表</summary></details></figure>'));
    expect(found).toEqual(['element-permitted-order: Element <details> must be used before <figcaption> in this context']);
  });

  it('finds a character that a URL may not hold', async () => {
    expect(await errors(page('<a href="data:application/json;charset=utf-8,{%22a%22:[1]}">JSON</a>'))).toEqual([
      'yangguang/valid-url: Illegal character "{" in the URL of attribute "href": escape it as %XX',
    ]);
    expect(await errors(page('<img src="/a b.png" alt="">'))).toEqual([
      'yangguang/valid-url: Illegal character U+0020 in the URL of attribute "src": escape it as %XX',
    ]);
  });

  it('still finds what html-validate finds by itself', async () => {
    expect(await errors(page('<span><div>块</div></span>'))).toEqual(['element-permitted-content: <div> element is not permitted as content under <span>']);
  });
});

describe('firstIllegalUrlCharacter', () => {
  it('allows URL code points, %-escapes, non-ASCII and one #', () => {
    for (const url of ['/', 'https://example.org/a/b?c=d&e=f#g', '/照片/张三.jpg', 'data:text/csv;charset=utf-8,%EF%BB%BFa,b%0D%0A', "/a!$'()*+,;=@~_"]) {
      expect(firstIllegalUrlCharacter(url), url).toBeUndefined();
    }
  });

  it('finds the first character that must be escaped', () => {
    expect(firstIllegalUrlCharacter('data:,{"a":1}')).toEqual({ index: 6, character: '{' });
    expect(firstIllegalUrlCharacter('/a#b#c')).toEqual({ index: 4, character: '#' });
    expect(firstIllegalUrlCharacter('/100%')).toEqual({ index: 4, character: '%' });
    expect(firstIllegalUrlCharacter('/a|b')).toEqual({ index: 2, character: '|' });
    expect(firstIllegalUrlCharacter('/a\\b')).toEqual({ index: 2, character: '\\' });
    expect(firstIllegalUrlCharacter('/a\u{FFFF}')).toEqual({ index: 2, character: '\u{FFFF}' });
  });
});
