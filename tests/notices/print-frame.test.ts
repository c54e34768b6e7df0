import { describe, expect, it } from 'vitest';
import { noticePrintCssHref, noticePrintStylesheet, shortUrl } from '../../src/notices/print-frame.ts';
import { cssString } from '../../src/site/escape.ts';

describe('the printed notice frame', () => {
  it('shortens the notice address to host and path, percent-escapes read back', () => {
    expect(shortUrl('https://gongshi.example.gov.cn/notices/GS-2026-1/')).toBe('gongshi.example.gov.cn/notices/GS-2026-1/');
    expect(shortUrl('https://example.org:8443/base/notices/%E5%85%AC%E7%A4%BA-1/')).toBe('example.org:8443/base/notices/公示-1/');
    expect(shortUrl('https://example.org/notices/%E5%85/')).toBe('example.org/notices/%E5%85/');
  });

  it('writes the short address as the bottom-left margin box of every printed page', () => {
    expect(noticePrintStylesheet('example.org/notices/N-1/')).toBe('@page {\n  @bottom-left { content: "example.org/notices/N-1/"; }\n}\n');
    expect(noticePrintCssHref('N-1')).toMatch(/\/notices\/N-1\/print\.css$/);
  });
});

describe('cssString', () => {
  it('keeps text inside one CSS string: quotes, backslashes and line breaks escaped', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('one\ntwo')).toBe('"one\\a two"');
    expect(cssString('x\u0000y')).toBe('"xy"');
  });
});
