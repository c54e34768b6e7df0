// Chinese text for the search index, split into words by the same segmenter that splits the reader's query.
//
// Pagefind splits a query typed on a Chinese page into words with the browser's Intl.Segmenter (ICU), but
// its own indexer splits Chinese with a different segmenter (jieba, through charabia), so the two can
// disagree on a name — and that segmenter is half of the index's cost (~100 s of CPU at 100,000 honorees).
// Instead the build splits the text with Intl.Segmenter too (Node carries the same ICU as the browser),
// puts a space at each word boundary beside a Chinese character, and indexes it as text without a language
// of its own ("und", no stemming, split at spaces). The query and the index then agree word for word.
//
// The spaces reach the excerpts Pagefind cuts from that text; `joinSegmentedExcerpt` takes the ones between
// two Chinese characters out again before an excerpt is shown. Dependency-free: the search page uses it.

/** Han characters, CJK symbols and punctuation (、。「」…), full-width forms (，！：（）…). */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
/** Made on first use: the search page loads this module for the excerpts and never segments. */
let segmenter: Intl.Segmenter | undefined;

/**
 * `text` with a space at each word boundary that touches a Chinese character or punctuation mark, line by
 * line; Latin words, numbers and codes (XM-2024-00001) are left whole.
 */
export function segmentForIndex(text: string): string {
  if (!CJK_CHAR.test(text)) return text;
  let out = '';
  let previous = '';
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const { segment } of segmenter.segment(text)) {
    if (/^\s+$/u.test(segment)) {
      out += segment;
      previous = '';
      continue;
    }
    if (previous !== '' && (CJK_CHAR.test(previous.at(-1) ?? '') || CJK_CHAR.test(segment[0] ?? ''))) out += ' ';
    out += segment;
    previous = segment;
  }
  return out;
}

/** Chinese punctuation and full-width forms, which never have a space beside them. */
const CJK_MARK = '\\u3000-\\u303f\\uff00-\\uffef';
const TAG = '(?:</?mark>)?';
/** A space between two Chinese characters or beside a Chinese mark, with Pagefind's <mark> tags around it. */
const INSERTED_SPACE = new RegExp(
  `(?<=[${CJK}]${TAG}) (?=${TAG}[${CJK}])|(?<=[${CJK_MARK}]${TAG}) | (?=${TAG}[${CJK_MARK}])`,
  'gu',
);

/**
 * An excerpt of segmented text nearly as it was written: without the spaces between Chinese characters and
 * beside Chinese punctuation (one stays between a Chinese character and a number or Latin word: 2023 年).
 */
export function joinSegmentedExcerpt(excerpt: string): string {
  return excerpt.replace(INSERTED_SPACE, '');
}
