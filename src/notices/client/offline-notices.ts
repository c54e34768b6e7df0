// Browser: registers the notices' service worker (public/notices/sw.js) so the notices a villager opened stay
// readable offline, and hands it this page, which loaded before the worker existed.
// The worker's address comes from the page (data-notice-worker), so a deployment under a base path works.

const host = document.querySelector<HTMLElement>('[data-notice-worker]');
const workerUrl = host?.dataset['noticeWorker'];

if (workerUrl && 'serviceWorker' in navigator) {
  // After load: the worker's own download must never compete with the notice for a weak signal.
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(workerUrl)
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src);
        registration.active?.postMessage({ type: 'keep', urls: [location.href.split('#')[0], ...scripts] });
      })
      .catch(() => {
        // No worker (private mode, some in-app browsers): the site works as before, just not offline.
      });
  });
}
