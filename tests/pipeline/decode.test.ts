import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/pipeline/decode.ts';
import { encodeGb18030 } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const decoded = (bytes: Uint8Array) => {
  const result = decodeText(bytes, 'regions.csv');
  if (!result.ok) throw new Error(result.problem.message.en);
  return result;
};
const refused = (bytes: Uint8Array) => {
  const result = decodeText(bytes, 'regions.csv');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
};

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decoded(utf8('编码,名称\n6109,安康市\n'))).toEqual({ ok: true, text: '编码,名称\n6109,安康市\n', encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const result = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('编码\n')]));
    expect(result.text).toBe('编码\n');
    expect(result.bom).toBe(true);
  });

  it('reads GB18030/GBK as Excel in China saves it', () => {
    const result = decoded(encodeGb18030('编码,名称\r\n610902,汉滨区\r\n'));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe('编码,名称\n610902,汉滨区\n');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decoded(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });

  it('refuses UTF-16 with a BOM and says how to save the file', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'id,name\n'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const problem = refused(bytes);
    expect(problem.code).toBe('encoding');
    expect(problem.message.zh).toContain('UTF-16');
    expect(problem.message.zh).toContain('CSV UTF-8');
    expect(problem.message.en).toContain('Save As');
  });

  it('refuses UTF-16 without a BOM', () => {
    const bytes = new Uint8Array([...'code,name\n6109,x\n'].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(refused(bytes).message.en).toContain('UTF-16');
  });

  it('refuses an Excel workbook renamed to .csv', () => {
    expect(refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).message.en).toContain('Excel workbook');
  });

  it('refuses binary data with NUL bytes, naming the line', () => {
    const problem = refused(new Uint8Array([...utf8('a,b\nc,d\n'), 0x00, 0x13, 0x37]));
    expect(problem).toMatchObject({ code: 'encoding', line: 3 });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const problem = refused(new Uint8Array([...utf8('a,b\n'), 0xff, 0xfe, 0xfd, 0x80, 0x0a]));
    expect(problem.code).toBe('encoding');
    expect(problem.line).toBe(2);
    expect(problem.message.en).toContain('neither UTF-8 nor GB18030');
  });

  it('refuses text that already holds replacement characters', () => {
    const problem = refused(utf8('名称\n安康\uFFFD\uFFFD市\n'));
    expect(problem).toMatchObject({ code: 'encoding', line: 2 });
  });

  it('refuses text full of control characters, tolerates a stray one', () => {
    expect(refused(utf8('\x01\x02\x03\x04abc\x05\x06')).code).toBe('encoding');
    expect(decoded(utf8(`${'正文'.repeat(200)}\x0b下一行`)).text).toContain('\x0b');
  });
});
