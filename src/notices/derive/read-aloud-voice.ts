// 朗读: which of the browser's voices reads a Chinese page. Pure, so it is unit-tested; the browser module
// (src/notices/client/read-aloud.ts) passes in speechSynthesis.getVoices().

/** What the choice needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

/** Mandarin first as written on the mainland, then any other Chinese voice; `cmn` is how some Android engines tag it. */
const PREFERENCE = [/^(zh|cmn)[-_](hans[-_])?cn$/i, /^(zh|cmn)[-_]hans/i, /^(zh|cmn)$/i, /^(zh|cmn)[-_](hant[-_])?tw$/i, /^(zh|cmn)\b/i];

/** The voice to read a Chinese page with, or undefined when the browser has none (then 朗读 is not offered). */
export function chineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  for (const pattern of PREFERENCE) {
    const matching = voices.filter((voice) => pattern.test(voice.lang.trim()));
    // A voice on the device keeps reading offline and sends nothing away.
    const chosen = matching.find((voice) => voice.localService) ?? matching[0];
    if (chosen) return chosen;
  }
  return undefined;
}
