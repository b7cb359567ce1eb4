import { routes } from '../lib/routes.ts';

/**
 * Offline support is an enhancement: the site works fully without it.
 * updateViaCache 'none' makes the browser fetch sw.js past any HTTP cache.
 */
export function registerServiceWorker(): void {
  if ('serviceWorker' in navigator) {
    void navigator.serviceWorker.register(routes.serviceWorker, { updateViaCache: 'none' });
  }
}
