// What is kept offline and under which name: cache names and pure path rules
// shared by the service worker, the browser scripts (save, remove, quick exit)
// and the build steps that list files to precache. Tested in offline-paths.test.ts.
import { routes } from './routes.ts';
import { defaultLocale, isLocale, type Locale } from '../i18n/locales.ts';
import { localizePath, splitLocale } from './paths.ts';

/** The cache "Save for offline" fills; the service worker reads it. */
export const SAVED_CACHE = 've-nha-saved';

/**
 * Pages read online, kept so they open again without signal. Only the path
 * is kept (never a query), never the search page, and never for long: see
 * VISITS_KEPT. Quick exit and "remove saved pages" delete it.
 */
export const VISITED_CACHE = 've-nha-visited';

/** The site's own hashed styles, scripts and icons: they reveal nothing read. */
export const STATIC_CACHE = 've-nha-static';

/**
 * The few pages a first visit keeps (home, helplines, safety, offline), in
 * the reader's language only: see the service worker's keepShells().
 */
export const SHELL_CACHE = 've-nha-shell';

/** The header a shell page is kept with: its revision (a hash of its content). */
export const REVISION_HEADER = 'x-ve-nha-revision';

/** Every cache the worker may keep; anything else of ours is from an older worker and goes. */
export const OUR_CACHES: readonly string[] = [
  SAVED_CACHE,
  VISITED_CACHE,
  STATIC_CACHE,
  SHELL_CACHE,
];

/** The message quick exit sends the worker: forget the pages read. */
export const FORGET_VISITS = 'forget-visits';

/** The header a kept visit carries with the time it was stored, for expiry. */
export const STORED_AT_HEADER = 'x-ve-nha-stored-at';

/**
 * How many pages read online stay on the phone, and for how long. Sixty is
 * more than a reader opens in a few sittings (the handbook has about a
 * dozen chapters), so the pages she came back to are there on the bus; a
 * month is long enough to be useful and short enough that an old visit
 * does not sit on a shared phone for good. What she saved on purpose is
 * kept apart and never expires.
 */
export const VISITS_KEPT = { pages: 60, days: 30 } as const;

/** Whether a page read online may be kept: path only, never a query or the search page. */
export function mayKeepVisit(url: URL): boolean {
  if (url.search !== '' || url.hash !== '') return false;
  return splitLocale(url.pathname).path !== routes.search;
}

/**
 * Which kept visits to drop: those older than the limit, then the oldest
 * beyond the count. `visits` is in the order the cache lists them.
 */
export function visitsToDrop(
  visits: readonly { key: string; storedAt: number }[],
  now: number,
  limits: { pages: number; days: number } = VISITS_KEPT,
): string[] {
  const oldest = now - limits.days * 24 * 60 * 60 * 1000;
  const fresh = visits.filter((v) => v.storedAt >= oldest);
  const stale = visits.filter((v) => v.storedAt < oldest).map((v) => v.key);
  const byAge = [...fresh].sort((a, b) => a.storedAt - b.storedAt);
  const excess = byAge.slice(0, Math.max(0, byAge.length - limits.pages)).map((v) => v.key);
  return [...stale, ...excess];
}

/**
 * Files kept at run time once fetched: the site's hashed styles and scripts
 * and its icons. Search index files are never kept this way (which ones a
 * search fetched would hint at what was searched); they are kept only as
 * part of a bundle the reader chose to save.
 */
export function mayKeepFile(pathname: string): boolean {
  return pathname.startsWith('/_astro/') || /^\/icon[\w-]*\.(svg|png)$/.test(pathname);
}

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
  return isLocale(first) ? localizePath(first, routes.offline) : routes.offline;
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

/**
 * The languages whose shell pages the worker keeps, given the paths of the
 * shell pages already kept and of the pages open now. A first visit keeps
 * only the language it is read in (not all four: about 75 KB less on
 * prepaid data); once kept, a language stays, and no other joins it by
 * browsing (pages read are kept apart, and "Save for offline" saves a
 * language whole when asked). With nothing kept and no page open, the
 * default language.
 */
export function shellLocales(keptPaths: readonly string[], openPaths: readonly string[]): Locale[] {
  const of = (paths: readonly string[]) => new Set(paths.map((p) => splitLocale(p).locale));
  const kept = of(keptPaths);
  const chosen = kept.size > 0 ? kept : of(openPaths);
  return chosen.size > 0 ? [...chosen].sort() : [defaultLocale];
}
