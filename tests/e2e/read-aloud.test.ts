// 朗读 in real Chromium over the built sample site, with the browser's voices stubbed (addInitScript): the button
// appears only when a Chinese voice exists (also when the list arrives late, with voiceschanged), loads its reader
// only when pressed, speaks the page's title first and then the rest in short utterances, and pauses, resumes
// and stops. The stub records every utterance instead of speaking.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, PHONE, recordRequests } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let noticePath: string;
let honoreePath: string;

interface StubVoice {
  lang: string;
  name: string;
  localService: boolean;
}
const ZH_CN: StubVoice = { lang: 'zh-CN', name: 'Chinese (China)', localService: true };
const EN_US: StubVoice = { lang: 'en-US', name: 'English (US)', localService: true };

interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}
interface SpeechLog {
  calls: string[];
  spoken: Spoken[];
}

/** Replaces speechSynthesis and SpeechSynthesisUtterance before any page script runs. */
function stubSpeech({ voices, lateMs }: { voices: StubVoice[]; lateMs: number }): void {
  type Utterance = EventTarget & { text: string; lang: string; voice: { lang: string } | null; rate: number };
  const log = { calls: [] as string[], spoken: [] as { text: string; lang: string; voice: string | undefined }[] };
  let current: Utterance | undefined;
  let list = lateMs > 0 ? [] : voices;
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => list,
    speak(utterance: Utterance) {
      log.calls.push('speak');
      log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang });
      current = utterance;
    },
    cancel() {
      log.calls.push('cancel');
      const interrupted = current;
      current = undefined;
      interrupted?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    },
    pause: () => log.calls.push('pause'),
    resume: () => log.calls.push('resume'),
  });
  class StubUtterance extends EventTarget {
    lang = '';
    voice: { lang: string } | null = null;
    rate = 1;
    text: string;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StubUtterance, configurable: true, writable: true });
  Object.assign(window, {
    speechLog: log,
    /** The engine finishes the utterance it is speaking. */
    finishUtterance: () => {
      const finished = current;
      current = undefined;
      finished?.dispatchEvent(new Event('end'));
    },
  });
  if (lateMs > 0) {
    setTimeout(() => {
      list = voices;
      synth.dispatchEvent(new Event('voiceschanged'));
    }, lateMs);
  }
}

async function open(path: string, voices: StubVoice[], lateMs = 0): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(stubSpeech, { voices, lateMs });
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, requests };
}

const speechLog = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance());
const readerRequested = (requests: string[]) => requests.some((url) => /read-aloud-speech[^/]*\.js$/.test(url));

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const firstLink = async (path: string, pattern: RegExp) => {
    await page.goto(`${baseUrl}${path}`);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).pathname));
    const found = hrefs.find((href) => pattern.test(href));
    if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
    return found;
  };
  noticePath = await firstLink('/notices/', /^\/notices\/(?!list\/|feed)[^/]+\/$/);
  honoreePath = await firstLink('/', /^\/honorees\/[^/]+\/$/);
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('朗读', () => {
  it('is not offered without a Chinese voice, and nothing of the reader is loaded', async () => {
    for (const voices of [[], [EN_US]]) {
      const { page, requests } = await open(noticePath, voices);
      await page.waitForTimeout(300);
      expect(await page.locator('[data-read-aloud-controls]').isVisible(), voices.map((voice) => voice.lang).join() || 'no voices').toBe(false);
      expect(readerRequested(requests)).toBe(false);
      await page.context().close();
    }
  });

  it('appears when the voice list arrives late with voiceschanged', async () => {
    const { page } = await open(noticePath, [EN_US, ZH_CN], 400);
    await page.locator('[data-read-aloud-play]').waitFor({ state: 'visible', timeout: 5_000 });
    await page.context().close();
  });

  for (const kind of ['notice', 'honoree'] as const) {
    it(`on a ${kind} page: a 44 × 44 button, loaded when pressed, that reads the title first with the Chinese voice`, async () => {
      const { page, requests } = await open(kind === 'notice' ? noticePath : honoreePath, [EN_US, ZH_CN]);
      const play = page.locator('[data-read-aloud-play]');
      await play.waitFor({ state: 'visible' });
      const box = await play.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(readerRequested(requests)).toBe(false);
      expect(await play.innerText()).toBe('朗读');

      // Keyboard: focus it and press Enter.
      await play.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await speechLog(page)).spoken.length).toBeGreaterThan(0);
      expect(readerRequested(requests)).toBe(true);
      const title = (await page.locator('h1').innerText()).trim();
      const [first] = (await speechLog(page)).spoken;
      expect(first).toEqual({ text: title, lang: 'zh-CN', voice: 'zh-CN' });
      expect(await play.innerText()).toBe('暂停');
      await expect.poll(() => page.locator('[data-read-aloud-stop]').isVisible()).toBe(true);

      // Through to the end: every utterance short, the page's facts and text among them, in page order.
      for (let guard = 0; guard < 500 && (await play.innerText()) !== '朗读'; guard += 1) await finishUtterance(page);
      const texts = (await speechLog(page)).spoken.map((entry) => entry.text);
      expect(texts.every((text) => text.length <= 80)).toBe(true);
      const heard = texts.join('');
      if (kind === 'notice') {
        const phone = (await page.locator('.notice-objection a[href^="tel:"]').innerText()).trim();
        const firstParagraph = (await page.locator('.notice__body p').first().innerText()).replace(/\s+/g, ' ').trim();
        expect(heard).toContain('公示期');
        expect(heard).toContain(phone);
        expect(heard.replace(/\s+/g, ' ')).toContain(firstParagraph);
        expect(heard.indexOf('公示期')).toBeLessThan(heard.indexOf(phone));
      } else {
        const summary = (await page.locator('.lede').first().innerText()).trim();
        expect(heard).toContain(summary);
        expect(heard).toContain((await page.locator('.honoree__kind').innerText()).trim());
        if (await page.locator('.honoree__story').count()) expect(heard).toContain('主要事迹');
      }
      expect(await page.locator('[data-read-aloud-stop]').isVisible()).toBe(false);
      await page.context().close();
    });
  }

  it('pauses, resumes the interrupted utterance, and stops', async () => {
    const { page } = await open(noticePath, [ZH_CN]);
    const play = page.locator('[data-read-aloud-play]');
    const stop = page.locator('[data-read-aloud-stop]');
    await play.click();
    await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(1);
    await finishUtterance(page);
    await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(2);
    const second = (await speechLog(page)).spoken[1]!.text;

    await play.click(); // pause
    expect(await play.innerText()).toBe('继续朗读');
    let log = await speechLog(page);
    expect(log.calls.at(-1)).toBe('cancel');
    await finishUtterance(page); // nothing is speaking: no next utterance
    expect((await speechLog(page)).spoken).toHaveLength(2);

    await play.click(); // resume from the interrupted utterance
    await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(3);
    expect((await speechLog(page)).spoken[2]!.text).toBe(second);
    expect(await play.innerText()).toBe('暂停');

    await stop.click();
    log = await speechLog(page);
    expect(log.calls.at(-1)).toBe('cancel');
    expect(await play.innerText()).toBe('朗读');
    expect(await stop.isVisible()).toBe(false);
    await finishUtterance(page);
    expect((await speechLog(page)).spoken).toHaveLength(3);

    // After a stop, 朗读 starts again from the title.
    await play.click();
    await expect.poll(async () => (await speechLog(page)).spoken.length).toBe(4);
    expect((await speechLog(page)).spoken[3]!.text).toBe((await speechLog(page)).spoken[0]!.text);
    await page.context().close();
  });
});
