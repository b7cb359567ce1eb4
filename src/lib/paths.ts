import { defaultLocale, isLocale, type Locale } from '../i18n/locales.ts';

/**
 * Site paths are the same in every locale; other locales sit under their
 * code. Every path ends in a slash so offline lookups match the built
 * `…/index.html` files (astro.config.ts: trailingSlash 'always', build.format 'directory').
 */
export function localizePath(locale: Locale, path: string): string {
  const clean = normalize(path);
  return locale === defaultLocale ? clean : `/${locale}${clean}`;
}

/** Split a site path into its locale and the locale-free path. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const clean = normalize(path);
  const first = clean.split('/')[1];
  if (first && first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: normalize(clean.slice(first.length + 1)) };
  }
  return { locale: defaultLocale, path: clean };
}

/** Value for a `[...locale]` route parameter: undefined at the root. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined) return defaultLocale;
  if (!isLocale(param) || param === defaultLocale) {
    throw new Error(`Unknown locale "${param}" in route. Add it to src/i18n/locales.ts.`);
  }
  return param;
}

function normalize(path: string): string {
  let p = path.split(/[?#]/)[0] ?? '/';
  if (!p.startsWith('/')) p = `/${p}`;
  p = p.replace(/\/{2,}/g, '/');
  if (!p.endsWith('/') && !/\.[a-z0-9]+$/i.test(p)) p = `${p}/`;
  return p;
}
