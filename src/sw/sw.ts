/// <reference lib="webworker" />
// The service worker. Pages come from the network first, so a changed
// hotline number reaches an online reader on the next page view; the saved
// copy answers when the network is slow or gone, then the offline page.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { offlinePathFor, precacheLookupPath } from './paths.ts';

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
      (await matchPrecache(precacheLookupPath(url))) ??
      (await matchPrecache(offlinePathFor(url.pathname))) ??
      Response.error()
    );
  }),
);

// Files saved at install (styles, scripts, icons, search) come from the saved copy.
registerRoute(
  ({ request, url }) => url.origin === self.location.origin && request.method === 'GET',
  async ({ request, url, event }) => {
    const saved = await matchPrecache(precacheLookupPath(url));
    if (saved) return saved;
    const strategy = url.pathname.startsWith('/_astro/') ? hashedAssets : otherFiles;
    return strategy.handle({ request, event });
  },
);

// Hashed file names change when their content does, so a saved copy is always right.
const hashedAssets = new CacheFirst({ cacheName: 've-nha-assets' });
// Other files (search index, icons) are kept as they are used. Pagefind's
// cache-busting `ts` parameter is left out of the key so search works offline.
const otherFiles = new StaleWhileRevalidate({
  cacheName: 've-nha-files',
  plugins: [
    {
      cacheKeyWillBeUsed: async ({ request }) =>
        new URL(precacheLookupPath(new URL(request.url)), request.url).href,
    },
  ],
});
