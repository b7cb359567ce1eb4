/// <reference lib="webworker" />
// The service worker. Pages come from the network first, so a changed
// hotline number reaches an online reader on the next page view; the saved
// copy answers when the network is slow or gone, then the offline page.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { isHashedPath, offlinePathFor, precacheLookupPath, SAVED_CACHE } from './paths.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

/** How long to wait for the network before showing the saved copy of a page. */
const NETWORK_TIMEOUT_SECONDS = 3;

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precache(self.__WB_MANIFEST);

const pages = new NetworkFirst({
  cacheName: 've-nha-pages',
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
});

registerRoute(
  new NavigationRoute(async (options) => {
    const url = new URL(options.request.url);
    try {
      const response = await pages.handle(options);
      if (response) return response;
    } catch {
      // Offline and not in the pages cache: try the saved shell next.
    }
    return (
      (await caches.match(url.pathname, { cacheName: SAVED_CACHE })) ??
      (await matchPrecache(precacheLookupPath(url))) ??
      (await matchPrecache(offlinePathFor(url.pathname))) ??
      Response.error()
    );
  }),
);

// Files whose names carry a hash of their content never change, so a saved
// copy is always right. Other files (Pagefind's entry file, icons) come from
// the network first, then from what was saved.
registerRoute(
  ({ request, url }) => url.origin === self.location.origin && request.method === 'GET',
  async ({ request, url, event }) => {
    const key = precacheLookupPath(url);
    const saved = async () =>
      (await matchPrecache(key)) ?? (await caches.match(key, { cacheName: SAVED_CACHE }));
    if (isHashedPath(url.pathname))
      return (await saved()) ?? hashedFiles.handle({ request, event });
    try {
      const response = await otherFiles.handle({ request, event });
      if (response) return response;
    } catch {
      // Offline and not kept yet: fall through to the saved copy.
    }
    return (await saved()) ?? Response.error();
  },
);

const hashedFiles = new CacheFirst({ cacheName: 've-nha-assets' });
// Pagefind's cache-busting `ts` parameter is left out of the key so search works offline.
const otherFiles = new NetworkFirst({
  cacheName: 've-nha-files',
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    {
      cacheKeyWillBeUsed: async ({ request }) =>
        new URL(precacheLookupPath(new URL(request.url)), request.url).href,
    },
  ],
});
