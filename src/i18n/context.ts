import { localizePath, splitLocale } from '../lib/paths.ts';
import { locales, type Locale } from './locales.ts';
import { useStrings, type UiStrings } from './ui/index.ts';

export interface LocaleContext {
  locale: Locale;
  lang: string;
  t: UiStrings;
  path: string;
  link: (path: string) => string;
}

/**
 * Everything a page needs to know about its language, worked out once from
 * its address. Middleware puts it in Astro.locals; tests pass it to the
 * Container API.
 *
 * @example localeContext('/en/so-tay/').link('/dich-vu/') // '/en/dich-vu/'
 */
export function localeContext(pathname: string): LocaleContext {
  const { locale, path } = splitLocale(pathname);
  return {
    locale,
    lang: locales[locale].lang,
    t: useStrings(locale),
    path,
    link: (p) => localizePath(locale, p),
  };
}
