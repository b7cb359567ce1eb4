/**
 * The one locale registry. Routing, <html lang>, the search index, the
 * sitemap, the language switcher and the fallback chain all read it.
 * Vietnamese is the source language and lives at the site root.
 */
export const locales = {
  vi: { lang: 'vi', label: 'Tiếng Việt', short: 'VI', dir: 'ltr', fallback: [] },
  en: { lang: 'en', label: 'English', short: 'EN', dir: 'ltr', fallback: ['vi'] },
  // Partial locales: untranslated pages show English (or Vietnamese) with a notice.
  ko: { lang: 'ko', label: '한국어', short: '한', dir: 'ltr', fallback: ['en', 'vi'] },
  zh: { lang: 'zh-Hans', label: '简体中文', short: '中', dir: 'ltr', fallback: ['en', 'vi'] },
} as const satisfies Record<string, LocaleInfo>;

export interface LocaleInfo {
  /** BCP-47 tag for <html lang> and hreflang. */
  lang: string;
  /** The language's name in itself, for the switcher. */
  label: string;
  /** A short mark for narrow screens. */
  short: string;
  dir: 'ltr' | 'rtl';
  /** Locales to try, in order, when a page has no translation here. */
  fallback: readonly string[];
}

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'vi';
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The chain of locales to look in for content, starting with the locale itself. */
export function fallbackChain(locale: Locale): Locale[] {
  const chain = [locale, ...(locales[locale].fallback as readonly Locale[])];
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}
