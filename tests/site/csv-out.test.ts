import { describe, expect, it } from 'vitest';
import { fenToYuanText, neutraliseCell, toCsv } from '../../src/site/csv-out.ts';

describe('toCsv', () => {
  it('writes a BOM, CRLF and RFC 4180 quoting', () => {
    const csv = toCsv(['名称', 'note'], [['a,b', 'say "hi"'], ['多行\n文字', 3]]);
    expect(csv).toBe('\uFEFF名称,note\r\n"a,b","say ""hi"""\r\n"多行\n文字",3\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not numbers', () => {
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseCell('+86')).toBe("'+86");
    expect(neutraliseCell('-1+1')).toBe("'-1+1");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell(-12.5)).toBe('-12.5');
    expect(neutraliseCell('张三')).toBe('张三');
    expect(neutraliseCell(undefined)).toBe('');
    expect(neutraliseCell(true)).toBe('是');
  });

  it('writes fen as exact yuan', () => {
    expect(fenToYuanText(125000050)).toBe('1250000.50');
    expect(fenToYuanText(7)).toBe('0.07');
    expect(fenToYuanText(-150)).toBe('-1.50');
  });
});
