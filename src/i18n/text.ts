import type { LocalizedText } from '../schemas/localized.ts';
import { fallbackChain, locales, type Locale } from './locales.ts';

/** Pick a data field's text for a locale through its fallback chain. */
export function pick(text: LocalizedText, locale: Locale): { text: string; locale: Locale } {
  for (const code of fallbackChain(locale)) {
    const value = text[code];
    if (value) return { text: value, locale: code };
  }
  return { text: text.vi, locale: 'vi' };
}

/**
 * The name of a language as written in another, e.g. "tiếng Anh" for
 * English in Vietnamese. Vietnamese language names are lower-cased because
 * they always sit mid-sentence in our strings.
 */
export function languageName(of: Locale, inLocale: Locale): string {
  const name = new Intl.DisplayNames([locales[inLocale].lang], { type: 'language' }).of(
    locales[of].lang.split('-')[0]!,
  );
  if (!name) return locales[of].label;
  return inLocale === 'vi' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
