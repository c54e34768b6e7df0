// 朗读: the text spoken, cut into short utterances. Chromium stops an utterance after about 15 seconds of speech
// (and Android's engines drop long ones), so a page is spoken sentence by sentence, short sentences merged.
// Pure; loaded with the reader only when 朗读 is pressed (src/notices/client/read-aloud-speech.ts).

/** At about four characters a second, 80 characters stay well under Chromium's ~15 s limit. */
export const MAX_UTTERANCE = 80;

/** Sentence ends (full-width and ASCII), kept with their sentence. */
const SENTENCE = /[^。！？；!?;]+[。！？；!?;]*[”』」）)]*|[。！？；!?;]+/g;
/** Where an over-long sentence may break: after a comma or an enumeration comma. */
const CLAUSE = /[^，、,：:]+[，、,：:]*|[，、,：:]+/g;

/**
 * The utterances for a list of blocks (each one element's text, in page order). A block never shares an
 * utterance with another, so the first block — the page's title — is always spoken on its own, first.
 */
export function readingChunks(blocks: readonly string[], max = MAX_UTTERANCE): string[] {
  const chunks: string[] = [];
  for (const block of blocks) {
    for (const line of block.split(/\n+/)) {
      let current = '';
      for (const piece of pieces(line.replace(/\s+/g, ' ').trim(), max)) {
        if (current && current.length + piece.length > max) {
          chunks.push(current);
          current = '';
        }
        current += piece;
      }
      if (current) chunks.push(current);
    }
  }
  return chunks;
}

/** A line as sentences, each at most `max` characters (long ones cut at clauses, and clauses at `max`). */
function pieces(line: string, max: number): string[] {
  if (!line) return [];
  return (line.match(SENTENCE) ?? [line]).flatMap((sentence) =>
    sentence.length <= max ? [sentence] : (sentence.match(CLAUSE) ?? [sentence]).flatMap((clause) => hardCut(clause, max)),
  );
}

function hardCut(text: string, max: number): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += max) parts.push(text.slice(start, start + max));
  return parts;
}
