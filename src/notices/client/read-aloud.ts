// Browser: offers 朗读 only where the browser has a Chinese voice of its own (the list may arrive later, with
// `voiceschanged`). Until the button is pressed nothing else is loaded or read; then the reader
// (read-aloud-speech.ts) takes the page's marked text ([data-read-aloud]) and speaks it. No third-party service.
import { chineseVoice } from '../derive/read-aloud-voice.ts';
import type { Reader } from './read-aloud-speech.ts';

const controls = document.querySelector<HTMLElement>('[data-read-aloud-controls]');
const play = controls?.querySelector<HTMLButtonElement>('[data-read-aloud-play]');
const stop = controls?.querySelector<HTMLButtonElement>('[data-read-aloud-stop]');

if (controls && play && stop && 'speechSynthesis' in window) {
  const synth = window.speechSynthesis;
  const offer = () => {
    if (!chineseVoice(synth.getVoices())) return;
    controls.hidden = false;
    synth.removeEventListener('voiceschanged', offer);
  };
  offer();
  if (controls.hidden) synth.addEventListener('voiceschanged', offer);

  let reader: Reader | undefined;
  play.addEventListener('click', async () => {
    if (!reader) {
      const voice = chineseVoice(synth.getVoices());
      if (!voice) return;
      const { createReader } = await import('./read-aloud-speech.ts');
      reader = createReader(synth, voice, document, { play, stop });
    }
    reader.toggle();
  });
  stop.addEventListener('click', () => reader?.stop());
}
