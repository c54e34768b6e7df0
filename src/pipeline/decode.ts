// Bytes → text: UTF-8 (with or without BOM) or GB18030/GBK as Excel in China saves them; anything else is refused with a way out.
import { problem } from './problems.ts';
import type { Problem } from './report.ts';

export type TextEncodingName = 'utf-8' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; problem: Problem };

const SAVE_AS = {
  zh: '请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后重新导出。',
  en: 'In Excel, use Save As → "CSV UTF-8 (Comma delimited)" and export again.',
};

/**
 * Decodes a file and normalises line breaks to \n (CRLF and lone CR alike), so that line numbers
 * count the way an editor shows them.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const refuse = (message: { zh: string; en: string }, line?: number): Decoded => ({
    ok: false,
    problem: problem({ code: 'encoding', file, ...(line !== undefined ? { line } : {}), message }),
  });

  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    return refuse({
      zh: `文件是 UTF-16 编码（Excel 的“Unicode 文本”），无法读取。${SAVE_AS.zh}`,
      en: `The file is UTF-16 (what Excel saves as "Unicode Text") and cannot be read. ${SAVE_AS.en}`,
    });
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return refuse({
      zh: `这是 Excel 工作簿（.xlsx/.xls），不是 CSV 文本文件。${SAVE_AS.zh}`,
      en: `This is an Excel workbook (.xlsx/.xls), not a CSV text file. ${SAVE_AS.en}`,
    });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return refuse(
      {
        zh: '文件中有空字节（NUL），不是文本文件，可能已损坏或不是 CSV。',
        en: 'The file contains NUL bytes: it is not a text file (damaged, or not a CSV).',
      },
      lineAt(bytes, nul),
    );
  }

  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    try {
      if (bom) throw new Error('a UTF-8 BOM promises UTF-8');
      text = new TextDecoder('gb18030', { fatal: true }).decode(body);
      encoding = 'gb18030';
    } catch {
      const loose = new TextDecoder('utf-8').decode(body);
      return refuse(
        {
          zh: '文件既不是 UTF-8 也不是 GB18030/GBK 编码，无法读取（第一个无法识别的字符在此行）。' + SAVE_AS.zh,
          en: 'The file is neither UTF-8 nor GB18030/GBK and cannot be read (the first unreadable byte is on this line). ' + SAVE_AS.en,
        },
        lineOfIndex(loose, loose.indexOf('\uFFFD')),
      );
    }
  }

  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return refuse(
      {
        zh: '文件中有替换字符“�”：之前的某次转换已经丢失了文字。请从原始表格重新导出。',
        en: 'The file contains the replacement character "�": text was already lost in an earlier conversion. Export again from the original spreadsheet.',
      },
      lineOfIndex(text, replacement),
    );
  }
  const control = firstOfManyControlCharacters(text);
  if (control !== -1) {
    return refuse(
      {
        zh: '文件中有大量控制字符，不是普通文本，可能已损坏或不是 CSV。',
        en: 'The file is full of control characters: it is not plain text (damaged, or not a CSV).',
      },
      lineOfIndex(text, control),
    );
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { ok: true, text, encoding, bom };
}

/**
 * Binary data that happens to decode still shows itself by control characters. A stray one
 * (a vertical tab pasted from Word) is tolerated; more than one in 200 characters is not text.
 */
function firstOfManyControlCharacters(text: string): number {
  const pattern = /[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
  let first = -1;
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if (first === -1) first = match.index;
    count++;
  }
  return count > 0 && count > text.length / 200 ? first : -1;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a BOM: ASCII characters leave every other byte NUL. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512);
  if (sample < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const half = sample / 2;
  return (evenNul > half * 0.3 && oddNul === 0) || (oddNul > half * 0.3 && evenNul === 0);
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of a character index in text whose line breaks may be \n, \r\n or \r. */
export function lineOfIndex(text: string, index: number): number {
  if (index < 0) return 1;
  const before = text.slice(0, index);
  return before.split(/\r\n|\r|\n/).length;
}
