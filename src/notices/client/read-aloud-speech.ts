// Browser, loaded when 朗读 is first pressed: speaks the page's marked text ([data-read-aloud] elements, in page
// order, title first) one short utterance at a time, with pause, resume and stop.
// Pause cancels the utterance and resume speaks it again from its start: Android's engines do not implement
// speechSynthesis.pause(), and hearing the interrupted sentence again helps a slow listener anyway.
import { readingChunks } from '../derive/read-aloud-text.ts';

export interface Reader {
  /** Start, pause or resume. */
  toggle(): void;
  stop(): void;
}

interface Buttons {
  play: HTMLButtonElement;
  stop: HTMLButtonElement;
}

type State = 'idle' | 'speaking' | 'paused';

const PLAY_LABEL: Record<State, string> = { idle: '朗读', speaking: '暂停', paused: '继续朗读' };

/** The page's marked text, as laid out: innerText skips what is hidden (print-only lines, closed states). */
export function pageBlocks(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLElement>('[data-read-aloud]')]
    .filter((element) => element.checkVisibility?.() ?? true)
    .map((element) => element.innerText.trim())
    .filter((text) => text.length > 0);
}

export function createReader(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, root: ParentNode, buttons: Buttons): Reader {
  let state: State = 'idle';
  let chunks: string[] = [];
  let position = 0;
  // Each utterance carries the turn it was spoken in; events of a cancelled turn are ignored.
  let turn = 0;

  // The label says what a press does next (朗读 / 暂停 / 继续朗读); a screen reader announces the change.
  const show = (next: State) => {
    state = next;
    buttons.play.textContent = PLAY_LABEL[next];
    buttons.stop.hidden = next === 'idle';
  };

  const speakFrom = (index: number) => {
    position = index;
    if (index >= chunks.length) {
      show('idle');
      position = 0;
      return;
    }
    const mine = turn;
    const utterance = new SpeechSynthesisUtterance(chunks[index]);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // A little slower than the engines' default, for older listeners.
    utterance.rate = 0.9;
    utterance.addEventListener('end', () => {
      if (mine === turn) speakFrom(index + 1);
    });
    utterance.addEventListener('error', (event) => {
      if (mine === turn && event.error !== 'interrupted' && event.error !== 'canceled') {
        turn += 1;
        show('idle');
      }
    });
    synth.speak(utterance);
  };

  const halt = () => {
    turn += 1;
    synth.cancel();
  };

  // Leaving the page must not leave the phone talking.
  window.addEventListener('pagehide', () => {
    if (state !== 'idle') halt();
  });

  return {
    toggle() {
      if (state === 'speaking') {
        halt();
        show('paused');
        return;
      }
      if (state === 'idle') {
        chunks = readingChunks(pageBlocks(root));
        position = 0;
      }
      // Anything still queued (another tab, a previous page) would delay this page's reading.
      halt();
      show('speaking');
      speakFrom(position);
    },
    stop() {
      halt();
      position = 0;
      show('idle');
    },
  };
}
