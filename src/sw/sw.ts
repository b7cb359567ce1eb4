/// <reference lib="webworker" />
// The service worker. Pages come from the network first, so a changed
// hotline number reaches an online reader on the next page view; a kept copy
// answers when the network is slow or gone, then the offline page.
//
// What stays on the phone (the safety page says the same in plain words):
// - the shell saved at install (home, helplines, safety and offline pages),
//   in the language of the first visit only (see shellLocales);
// - what the reader chose to save ("Save for offline"), until she removes it;
// - pages she read online, by path only, never a search, for at most
//   VISITS_KEPT (30 days, 60 pages); quick exit deletes them;
// - the site's own styles, scripts and icons.
// Nothing else: no query, no search index file fetched for a search.
import { localeCodes } from '../i18n/locales.ts';
import { localizePath, splitLocale } from '../lib/paths.ts';
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
  REVISION_HEADER,
  SAVED_CACHE,
  SHELL_CACHE,
  shellLocales,
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

type Entry = { url: string; revision: string | null };

// The build lists every file to keep with a hash of its content (its
// revision). Pages (addresses ending in "/") are the shell of one language
// each and are kept only for the reader's language; the rest (the site's
// styles, scripts, icons and manifests) is kept whole by Workbox. Either way
// an update downloads only the files whose revision changed.
const shells = new Map<string, Entry[]>();
const common: Entry[] = [];
for (const entry of self.__WB_MANIFEST) {
  if (!entry.url.endsWith('/')) {
    common.push(entry);
    continue;
  }
  const { locale } = splitLocale(entry.url);
  shells.set(locale, [...(shells.get(locale) ?? []), entry]);
}
const shellUrls = new Set([...shells.values()].flat().map((e) => e.url));

// Its promise says only that the request was taken; a worker script cannot await at top level.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precache(common);

/**
 * Keep the shell pages of the reader's language (see shellLocales), fetching
 * only those missing or changed since they were kept. A page that cannot be
 * fetched fails the install, as Workbox's own precache does, so a worker never
 * runs with half a shell; the previous worker keeps serving meanwhile.
 */
async function keepShells(): Promise<void> {
  const cache = await caches.open(SHELL_CACHE);
  const kept = (await cache.keys()).map((r) => new URL(r.url).pathname);
  const open = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map(
    (c) => new URL(c.url).pathname,
  );
  for (const locale of shellLocales(kept, open)) {
    for (const entry of shells.get(locale) ?? []) {
      const stored = await cache.match(entry.url);
      if (stored && stored.headers.get(REVISION_HEADER) === entry.revision) continue;
      const response = await fetch(entry.url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${entry.url}: ${response.status}`);
      const headers = new Headers(response.headers);
      headers.set(REVISION_HEADER, entry.revision ?? '');
      await cache.put(entry.url, new Response(await response.blob(), { status: 200, headers }));
    }
  }
}

/** Drop shell pages the site no longer has (a page renamed or removed). */
async function dropOldShells(): Promise<void> {
  const cache = await caches.open(SHELL_CACHE);
  for (const request of await cache.keys()) {
    if (!shellUrls.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShells());
});

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
      )
      .then(dropOldShells),
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
    (await caches.match(url.pathname, { cacheName: SHELL_CACHE })) ??
    (await offlinePage(url.pathname)) ??
    Response.error()
  );
}

/** The offline page in the language asked for if it is kept, else in a language that is. */
async function offlinePage(pathname: string): Promise<Response | undefined> {
  const asked = offlinePathFor(pathname);
  const others = localeCodes.map((code) => localizePath(code, routes.offline));
  for (const path of [asked, ...others.filter((p) => p !== asked)]) {
    const found =
      (await caches.match(path, { cacheName: SHELL_CACHE })) ??
      (await caches.match(path, { cacheName: SAVED_CACHE }));
    if (found) return found;
  }
  return undefined;
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
