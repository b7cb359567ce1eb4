import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { resolveTranslations, splitEntryId, type Localized } from '../lib/fallback.ts';
import { findTerm } from '../lib/glossary.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;

/** The word list a locale shows, through the fallback chain. */
export async function glossaryFor(locale: Locale): Promise<Localized<GlossaryEntry>> {
  const found = resolveTranslations(await getCollection('glossary')).find(
    (g) => g.locale === locale && g.slug === 'tu-ngu',
  );
  if (!found) throw new Error('content/glossary/vi/tu-ngu.yaml is missing: it is the word list.');
  return found;
}

/** The entry a <Term id="…">word</Term> means, in the language of the word. */
export async function glossaryTerm(
  id: string,
  word: string,
): Promise<{ lang: Locale; term: GlossaryTerm }> {
  const lists = (await getCollection('glossary')).map((g) => ({
    lang: splitEntryId(g.id).locale,
    terms: g.data.terms,
  }));
  const { lang, term } = findTerm(lists, id, word);
  return { lang: lang as Locale, term };
}
