import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { resolveTranslations, type Localized } from '../lib/fallback.ts';

export type Chapter = CollectionEntry<'handbook'>;
export type PageEntry = CollectionEntry<'pages'>;
export type MigrationEntry = CollectionEntry<'migration'>;
export type LessonEntry = CollectionEntry<'course'>;

/** Every handbook chapter in every locale, through the fallback chain, in reading order. */
export async function localizedChapters(): Promise<Localized<Chapter>[]> {
  const resolved = resolveTranslations(await getCollection('handbook'));
  return resolved.sort(
    (a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug),
  );
}

/** The chapters one locale shows, in reading order. */
export async function chaptersFor(locale: Locale): Promise<Localized<Chapter>[]> {
  return (await localizedChapters()).filter((c) => c.locale === locale);
}

export async function localizedPages(): Promise<Localized<PageEntry>[]> {
  return resolveTranslations(await getCollection('pages'));
}

/** Safe-migration pages: guidance in order first, then countries by name. */
export async function localizedMigration(): Promise<Localized<MigrationEntry>[]> {
  const resolved = resolveTranslations(await getCollection('migration'));
  return resolved.sort(
    (a, b) =>
      (a.entry.data.order ?? 1000) - (b.entry.data.order ?? 1000) ||
      a.entry.data.title.localeCompare(b.entry.data.title),
  );
}

/** Course lessons in order. */
export async function localizedLessons(): Promise<Localized<LessonEntry>[]> {
  const resolved = resolveTranslations(await getCollection('course'));
  return resolved.sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** The page in content/pages/ that introduces a section with its own route. */
export async function sectionIntro(locale: Locale, slug: string): Promise<Localized<PageEntry>> {
  const intro = (await localizedPages()).find((p) => p.locale === locale && p.slug === slug);
  if (!intro) {
    throw new Error(`content/pages/vi/${slug}.mdx is missing: it introduces /${slug}/.`);
  }
  return intro;
}
