/**
 * The one locale registry. Routing, <html lang>, the search index, the
 * sitemap, the language switcher and the fallback chain all read it.
 * Vietnamese is the source language and lives at the site root.
 */
export const locales = {
  vi: {
    lang: 'vi',
    label: 'Tiếng Việt',
    short: 'VI',
    dir: 'ltr',
    fallback: [],
    // A weather search ("dự báo thời tiết"): ordinary in any history in Viet Nam.
    quickExit: 'https://www.google.com/search?q=d%E1%BB%B1+b%C3%A1o+th%E1%BB%9Di+ti%E1%BA%BFt',
  },
  en: {
    lang: 'en',
    label: 'English',
    short: 'EN',
    dir: 'ltr',
    fallback: ['vi'],
    quickExit: 'https://www.google.com/search?q=weather',
  },
  // Partial locales: untranslated pages show English (or Vietnamese) with a notice.
  ko: {
    lang: 'ko',
    label: '한국어',
    short: '한',
    dir: 'ltr',
    fallback: ['en', 'vi'],
    // Naver's weather search ("날씨"): what a phone in Korea opens every day.
    quickExit: 'https://search.naver.com/search.naver?query=%EB%82%A0%EC%94%A8',
  },
  zh: {
    lang: 'zh-Hans',
    label: '简体中文',
    short: '中',
    dir: 'ltr',
    fallback: ['en', 'vi'],
    // Google is blocked in mainland China: a Baidu weather search ("天气") loads there.
    quickExit: 'https://www.baidu.com/s?wd=%E5%A4%A9%E6%B0%94',
  },
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
  /**
   * Where quick exit sends a reader of this language: an everyday https page
   * that loads where such readers live (checked by checkQuickExitUrl).
   */
  quickExit: string;
}

/**
 * Why a quick-exit destination would fail the reader, or undefined if it is
 * fine: it must be an https address on another site (a `javascript:` or
 * relative address would silently do nothing under the CSP, or stay here).
 */
export function checkQuickExitUrl(url: string, siteOrigin: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a full web address: write it as https://…`;
  }
  if (parsed.protocol !== 'https:') return `"${url}" must start with https://.`;
  if (parsed.origin === new URL(siteOrigin).origin)
    return `"${url}" is on this site: quick exit must leave it.`;
  return undefined;
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
