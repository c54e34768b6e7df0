import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/site/escape.ts';

describe('escapeXml', () => {
  it('escapes markup and both quote styles, the apostrophe as &#39; (read by HTML and XML alike)', () => {
    expect(escapeXml(`<b>"张" & '李'</b>`)).toBe('&lt;b&gt;&quot;张&quot; &amp; &#39;李&#39;&lt;/b&gt;');
  });

  it('escapes every ampersand, even one that starts an entity: the input is text, not markup', () => {
    expect(escapeXml('A &amp; B')).toBe('A &amp;amp; B');
  });

  it('drops characters XML cannot carry but keeps tabs, newlines and characters outside the BMP', () => {
    expect(escapeXml('甲\u0000乙\u000B丙\t丁\n戊\r\uFFFF')).toBe('甲乙丙\t丁\n戊\r');
    expect(escapeXml('𠀋\uD800')).toBe('𠀋');
    expect(escapeXml('\uDC00𠀋')).toBe('𠀋');
  });

  it('leaves plain text as it is', () => {
    expect(escapeXml('汉滨区关庙镇 2025 年')).toBe('汉滨区关庙镇 2025 年');
  });
});
