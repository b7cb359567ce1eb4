import { locales, type Locale } from '../i18n/locales.ts';

/** A date as readers of a locale write it, e.g. "22 tháng 11, 2026" in Vietnamese. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locales[locale].lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}

/**
 * A date known to the month or the year, as readers of a locale write it:
 * "tháng 1 năm 2020", "January 2020", or only "2018" when that is all a source gives.
 */
export function formatMonthYear(text: string, locale: Locale): string {
  const [year, month = ''] = text.split('-');
  const date = new Date(`${year}-${month || '01'}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(locales[locale].lang, {
    year: 'numeric',
    ...(month ? { month: 'long' as const } : {}),
    timeZone: 'UTC',
  }).format(date);
}

/** A country's name in a locale's language, from its two-letter code. */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([locales[locale].lang], { type: 'region' }).of(code) ?? code;
}

/** Items joined as a locale writes a list, e.g. "Hà Nam và Nam Định". */
export function andList(items: string[], locale: Locale): string {
  return new Intl.ListFormat([locales[locale].lang], { type: 'conjunction' }).format(items);
}

/** A list of language names in a locale's language, e.g. "tiếng Việt, tiếng Anh". */
export function languageList(codes: string[], locale: Locale): string {
  const names = new Intl.DisplayNames([locales[locale].lang], { type: 'language' });
  return andList(
    codes.map((code) => names.of(code) ?? code),
    locale,
  );
}

/**
 * A source's date as precise as the source gives it: "2025" stays a year,
 * "2025-09" becomes the month and year, "2025-09-19" the full date.
 */
export function formatSourceDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  const when = new Date(Date.UTC(year!, month - 1, day ?? 1, 12));
  return new Intl.DateTimeFormat(locales[locale].lang, {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(when);
}
