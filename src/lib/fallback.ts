import { fallbackChain, localeCodes, type Locale } from '../i18n/locales.ts';

/** An entry id like "en/chao-mung": locale, then the slug shared by all languages. */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  const slug = rest.join('/');
  if (!locale || !slug || !(localeCodes as string[]).includes(locale)) {
    throw new Error(
      `Content entry "${id}" is not inside a language folder. Move it to content/<collection>/<language>/, where <language> is one of ${localeCodes.join(', ')}.`,
    );
  }
  return { locale: locale as Locale, slug };
}

export interface Localized<T> {
  /** The locale the reader asked for (the URL's locale). */
  locale: Locale;
  /** The locale the content is actually written in. */
  contentLocale: Locale;
  isFallback: boolean;
  slug: string;
  entry: T;
}

/**
 * For every locale and every slug, the best entry through the locale's
 * fallback chain (e.g. ko → en → vi). Slugs come from all languages, so a
 * page written only in English still appears in every locale.
 */
export function resolveTranslations<T extends { id: string }>(
  entries: readonly T[],
): Localized<T>[] {
  const bySlug = new Map<string, Map<Locale, T>>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    const forSlug = bySlug.get(slug) ?? new Map<Locale, T>();
    forSlug.set(locale, entry);
    bySlug.set(slug, forSlug);
  }
  const result: Localized<T>[] = [];
  for (const locale of localeCodes) {
    for (const [slug, available] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
      const contentLocale = fallbackChain(locale).find((code) => available.has(code));
      if (!contentLocale) continue;
      result.push({
        locale,
        contentLocale,
        isFallback: contentLocale !== locale,
        slug,
        entry: available.get(contentLocale)!,
      });
    }
  }
  return result;
}
