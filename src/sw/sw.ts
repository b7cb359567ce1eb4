/// <reference lib="webworker" />
// The service worker. Pages come from the network first, so a changed
// hotline number reaches an online reader on the next page view; a kept copy
// answers when the network is slow or gone, then the offline page.
//
// What stays on the phone (the safety page says the same in plain words):
// - the shell saved at install (home, helplines, safety and offline pages);
// - what the reader chose to save ("Save for offline"), until she removes it;
// - pages she read online, by path only, never a search, for at most
//   VISITS_KEPT (30 days, 60 pages); quick exit deletes them;
// - the site's own styles, scripts and icons.
// Nothing else: no query, no search index file fetched for a search.
import { routes } from '../lib/routes.ts';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import {
  FORGET_VISITS,
  isHashedPath,
  mayKeepFile,
  mayKeepVisit,
  offlinePathFor,
  OUR_CACHES,
  precacheLookupPath,
  SAVED_CACHE,
  STATIC_CACHE,
  STORED_AT_HEADER,
  VISITED_CACHE,
  visitsToDrop,
} from '../lib/offline-paths.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

/** How long to wait for the network before showing a kept copy of a page. */
const NETWORK_TIMEOUT_MS = 3000;

// Its promise says only that the request was taken; a worker script cannot await at top level.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precache(self.__WB_MANIFEST);

self.addEventListener('activate', (event) => {
  // Earlier workers kept visited pages under their full address (searches
  // included) in caches of other names: delete every cache of ours not in use.
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('ve-nha-') && !OUR_CACHES.includes(name))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === FORGET_VISITS) {
    event.waitUntil(caches.delete(VISITED_CACHE));
  }
});

/** fetch() that gives up after the timeout, so a bar of signal does not leave the reader waiting. */
async function fetchWithTimeout(request: Request): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function keepVisit(url: URL, response: Response): Promise<void> {
  if (!response.ok || response.redirected || response.type !== 'basic' || !mayKeepVisit(url))
    return;
  const headers = new Headers(response.headers);
  headers.set(STORED_AT_HEADER, String(Date.now()));
  const cache = await caches.open(VISITED_CACHE);
  await cache.put(
    url.origin + url.pathname,
    new Response(await response.blob(), { status: response.status, headers }),
  );
  await pruneVisits(cache);
}

async function pruneVisits(cache: Cache): Promise<void> {
  const visits = await Promise.all(
    (await cache.keys()).map(async (request) => ({
      key: request.url,
      storedAt: Number((await cache.match(request))?.headers.get(STORED_AT_HEADER) ?? 0),
    })),
  );
  await Promise.all(visitsToDrop(visits, Date.now()).map((key) => cache.delete(key)));
}

async function keptVisit(url: URL): Promise<Response | undefined> {
  const cache = await caches.open(VISITED_CACHE);
  const response = await cache.match(url.origin + url.pathname);
  if (!response) return undefined;
  const storedAt = Number(response.headers.get(STORED_AT_HEADER) ?? 0);
  if (visitsToDrop([{ key: 'this', storedAt }], Date.now()).length > 0) {
    await cache.delete(url.origin + url.pathname);
    return undefined;
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname === routes.serviceWorker) return;
  event.respondWith(request.mode === 'navigate' ? page(event, url) : file(event, url));
});

async function page(event: FetchEvent, url: URL): Promise<Response> {
  try {
    const response = await fetchWithTimeout(event.request);
    event.waitUntil(keepVisit(url, response.clone()));
    return response;
  } catch {
    // Offline or too slow: a kept copy, the saved shell, then the offline page.
  }
  return (
    (await caches.match(url.pathname, { cacheName: SAVED_CACHE })) ??
    (await keptVisit(url)) ??
    (await matchPrecache(precacheLookupPath(url))) ??
    (await matchPrecache(offlinePathFor(url.pathname))) ??
    Response.error()
  );
}

async function file(event: FetchEvent, url: URL): Promise<Response> {
  const key = precacheLookupPath(url);
  const saved = async () =>
    (await matchPrecache(key)) ?? (await caches.match(key, { cacheName: SAVED_CACHE }));
  // Files whose names carry a hash of their content never change: a kept copy is always right.
  if (isHashedPath(url.pathname)) {
    const kept = (await saved()) ?? (await caches.match(key, { cacheName: STATIC_CACHE }));
    if (kept) return kept;
  }
  try {
    const response = await fetchWithTimeout(event.request);
    if (response.ok && mayKeepFile(url.pathname)) {
      const copy = response.clone();
      event.waitUntil(caches.open(STATIC_CACHE).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch {
    // Offline: fall through to what was saved.
  }
  return (
    (await saved()) ?? (await caches.match(key, { cacheName: STATIC_CACHE })) ?? Response.error()
  );
}
