// Putting a story together: paragraphs in a fixed order, optional ones drawn or added for length.

/** Stories run at least this many characters; short drafts take in their optional paragraphs. */
export const MIN_STORY_CHARS = 150;
/** The export format caps 事迹摘要 at 80 characters. */
export const MAX_SUMMARY_CHARS = 80;

const charCount = (text: string): number => [...text].length;

/**
 * Joins the included paragraphs with blank lines, keeping their order. While the
 * story is shorter than MIN_STORY_CHARS, left-out paragraphs are taken in, first
 * to last, so an added paragraph never lands after the closing one.
 */
export function assembleStory(paragraphs: readonly (readonly [text: string, included: boolean])[]): string {
  const included = paragraphs.map(([, inc]) => inc);
  const length = (): number => paragraphs.reduce((sum, [text], i) => sum + (included[i] ? charCount(text) : 0), 0);
  for (let i = 0; i < paragraphs.length && length() < MIN_STORY_CHARS; i++) included[i] = true;
  return paragraphs
    .filter((_, i) => included[i])
    .map(([text]) => text)
    .join('\n\n');
}

export function checkedSummary(summary: string): string {
  if (charCount(summary) > MAX_SUMMARY_CHARS) throw new Error(`summary over ${MAX_SUMMARY_CHARS} characters: ${summary}`);
  return summary;
}
