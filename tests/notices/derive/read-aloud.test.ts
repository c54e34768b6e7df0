import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE, readingChunks } from '../../../src/notices/derive/read-aloud-text.ts';
import { chineseVoice } from '../../../src/notices/derive/read-aloud-voice.ts';

describe('chineseVoice', () => {
  const voice = (lang: string, localService = false) => ({ lang, localService, name: lang });

  it('is undefined without a Chinese voice', () => {
    expect(chineseVoice([])).toBeUndefined();
    expect(chineseVoice([voice('en-US'), voice('de-DE'), voice('zu-ZA'), voice('cy-GB')])).toBeUndefined();
  });

  it('prefers mainland Mandarin, on the device, over other Chinese voices', () => {
    expect(chineseVoice([voice('zh-HK'), voice('zh-TW'), voice('zh-CN'), voice('en-US')])?.lang).toBe('zh-CN');
    expect(chineseVoice([voice('zh-CN'), voice('zh-CN', true)])).toEqual(voice('zh-CN', true));
    expect(chineseVoice([voice('en-US'), voice('cmn_CN')])?.lang).toBe('cmn_CN');
    expect(chineseVoice([voice('zh-HK'), voice('zh-TW')])?.lang).toBe('zh-TW');
    expect(chineseVoice([voice('yue-HK'), voice('zh-HK')])?.lang).toBe('zh-HK');
  });
});

describe('readingChunks', () => {
  it('speaks the first block (the title) alone and first, and never joins blocks', () => {
    const chunks = readingChunks(['关于2026年度自强标兵的公示', '公示中，剩余 3 天', '正文第一句。第二句。']);
    expect(chunks).toEqual(['关于2026年度自强标兵的公示', '公示中，剩余 3 天', '正文第一句。第二句。']);
  });

  it('splits paragraphs and long text at sentence ends, merging short sentences up to the limit', () => {
    const sentence = '这是一句二十个字左右的中文句子用于测试。';
    const paragraph = sentence.repeat(10);
    const chunks = readingChunks([`${paragraph}\n\n第二段。`]);
    expect(chunks.every((chunk) => chunk.length <= MAX_UTTERANCE)).toBe(true);
    expect(chunks.join('')).toBe(`${paragraph}第二段。`);
    expect(chunks.at(-1)).toBe('第二段。');
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('。')).toBe(true);
    // Merged: fewer utterances than sentences.
    expect(chunks.length).toBeLessThan(11);
  });

  it('cuts a sentence longer than the limit at commas, and text without any punctuation at the limit', () => {
    const clauses = Array.from({ length: 12 }, (_, index) => `第${index}个分句有一些字`).join('，') + '。';
    const chunks = readingChunks([clauses]);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= MAX_UTTERANCE)).toBe(true);
    expect(chunks.join('')).toBe(clauses);
    const plain = '字'.repeat(MAX_UTTERANCE * 2 + 5);
    expect(readingChunks([plain]).map((chunk) => chunk.length)).toEqual([MAX_UTTERANCE, MAX_UTTERANCE, 5]);
  });

  it('drops empty lines and collapses white space', () => {
    expect(readingChunks(['  标题  ', '\n\n', '电话\n0915-3212345'])).toEqual(['标题', '电话', '0915-3212345']);
  });
});
