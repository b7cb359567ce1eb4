// Pure helpers for the service worker, tested in paths.test.ts.
import { defaultLocale, isLocale } from '../i18n/locales.ts';

/** The cache "Save for offline" fills; the service worker reads it. */
export const SAVED_CACHE = 've-nha-saved';

/**
 * The key a URL is saved under: the path without the query, except that
 * Pagefind's cache-busting `ts` parameter is dropped so search works offline.
 */
export function precacheLookupPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete('ts');
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** The offline page in the language of the page that was asked for. */
export function offlinePathFor(pathname: string): string {
  const first = pathname.split('/')[1];
  return isLocale(first) && first !== defaultLocale ? `/${first}/ngoai-tuyen/` : '/ngoai-tuyen/';
}

/** Map a built file to the URL readers use: "so-tay/index.html" → "/so-tay/". */
export function urlForFile(file: string): string {
  const path = `/${file}`;
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  return path;
}

/** Files whose names change with their content (Astro's assets, Pagefind's index chunks). */
export function isHashedPath(pathname: string): boolean {
  return (
    pathname.startsWith('/_astro/') ||
    /^\/pagefind\/(index|fragment|filter)\//.test(pathname) ||
    /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(pathname)
  );
}
