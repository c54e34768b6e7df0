// Service worker for /notices/: the last notices a villager opened stay readable where the signal drops.
// Notice pages are fetched network-first (a notice is always the current one when online) and the newest
// copies are kept; the pages' hashed scripts are kept too, so an offline copy still recomputes its state.
// Plain JavaScript in public/: the browser loads this file as it is.

const PAGES = 'yangguang-notice-pages-v1';
const ASSETS = 'yangguang-notice-assets-v1';
const KEEP_PAGES = 20;
const KEEP_ASSETS = 12;

const scopePath = new URL(self.registration.scope).pathname;

/** /notices/<id>/: one path segment below the scope (the list, its filters and the feed are not kept). */
function isNoticePage(url) {
  return url.origin === self.location.origin
    && url.pathname.startsWith(scopePath)
    && /^[A-Za-z0-9][A-Za-z0-9._-]*\/$/.test(url.pathname.slice(scopePath.length));
}

/** Build assets have content hashes in their names, so a kept copy never goes stale. */
function isBuildAsset(url) {
  return url.origin === self.location.origin && url.pathname.includes('/_astro/');
}

async function keep(cacheName, request, response, limit) {
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
  const keys = await cache.keys(); // oldest first: put() re-appends an entry it replaces
  await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((key) => cache.delete(key)));
}

async function noticePage(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await keep(PAGES, request, response.clone(), KEEP_PAGES);
    return response;
  } catch (error) {
    const kept = await caches.match(request, { cacheName: PAGES, ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}

async function buildAsset(request) {
  const kept = await caches.match(request, { cacheName: ASSETS });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await keep(ASSETS, request, response.clone(), KEEP_ASSETS);
  return response;
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const current = new Set([PAGES, ASSETS]);
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('yangguang-notice-') && !current.has(name)).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && isNoticePage(url)) event.respondWith(noticePage(request));
  else if (isBuildAsset(url)) event.respondWith(buildAsset(request));
});

// The page that registered this worker loaded before the worker could see it: it sends its own address and
// scripts, which are fetched from the HTTP cache the page just filled rather than downloaded again.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'keep' && Array.isArray(event.data.urls) ? event.data.urls : [];
  event.waitUntil(Promise.all(urls.map(async (href) => {
    const url = new URL(href, self.location.href);
    const target = isNoticePage(url) ? [PAGES, KEEP_PAGES] : isBuildAsset(url) ? [ASSETS, KEEP_ASSETS] : undefined;
    if (!target) return;
    const request = new Request(url.href);
    const response = await fetch(request, { cache: 'force-cache' }).catch(() => undefined);
    if (response && response.ok) await keep(target[0], request, response, target[1]);
  })));
});
