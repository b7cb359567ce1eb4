// What middleware (src/middleware.ts) sets for every page before it renders,
// so components and MDX components read the locale from one place.
declare namespace App {
  interface Locals {
    /** The page's locale, from its path (Vietnamese at the root). */
    locale: import('./i18n/locales.ts').Locale;
    /** The locale's BCP 47 tag for lang="" attributes (zh-Hans, not zh). */
    lang: string;
    /** The locale's UI strings. */
    t: import('./i18n/ui/index.ts').UiStrings;
    /** The page's path without its locale prefix, e.g. "/so-tay/chao-mung/". */
    path: string;
    /** A site path in this page's locale: link('/so-tay/') is '/en/so-tay/' on English pages. */
    link: (path: string) => string;
  }
}

// Generated CSS (astro.config.ts): the province page's service filter rules.
declare module 'virtual:ve-nha/service-filter.css';
declare module 'virtual:ve-nha/site-origin.css';
