// The messages between an embed page and the host page's embed script (public/embed.js speaks the same).

/** Embed page → host: `{ type, chart, height }`, the page's content height in CSS pixels. */
export const HEIGHT_MESSAGE = 'yangguang:embed-height';
/** Host → embed page: asks for a height report (the script may load after the iframe did). */
export const PING_MESSAGE = 'yangguang:embed-ping';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  chart: string;
  height: number;
}

/** Reports `content`'s height to the host page whenever it changes; does nothing outside an iframe. */
export function reportHeight(content: HTMLElement, chart: string): void {
  if (window.parent === window) return;
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, chart, height };
    // Any host may embed us, and a height tells nothing private, so the target origin is '*'.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => send()).observe(content);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === PING_MESSAGE) send(true);
  });
  send(true);
}
