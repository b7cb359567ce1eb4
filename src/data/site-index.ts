import type { Locale } from '../i18n/locales.ts';
import { useStrings } from '../i18n/ui/index.ts';
import { localizePath } from '../lib/paths.ts';
import {
  localizedChapters,
  localizedLessons,
  localizedMigration,
  localizedPages,
} from './content.ts';

export interface IndexedPage {
  href: string;
  title: string;
}

/** Every readable page of a locale, for the A–Z list shown without JavaScript. */
export async function siteIndex(locale: Locale): Promise<IndexedPage[]> {
  const t = useStrings(locale);
  const at = (path: string, title: string) => ({ href: localizePath(locale, path), title });
  const mine = <T extends { locale: Locale }>(items: T[]) =>
    items.filter((i) => i.locale === locale);
  return [
    at('/', t['nav.home']),
    at('/so-tay/', t['handbook.title']),
    at('/so-tay/ban-in/', t['handbook.printTitle']),
    at('/so-tay/tu-ngu/', t['handbook.glossary']),
    at('/duong-day-nong/', t['hotlines.title']),
    at('/di-cu-an-toan/khoa-hoc/', t['course.title']),
    at('/to-chuc/', t['org.title']),
    ...mine(await localizedChapters()).map((c) => at(`/so-tay/${c.slug}/`, c.entry.data.title)),
    ...mine(await localizedMigration()).map((m) =>
      at(`/di-cu-an-toan/${m.slug}/`, m.entry.data.title),
    ),
    ...mine(await localizedLessons()).map((l) =>
      at(`/di-cu-an-toan/khoa-hoc/${l.slug}/`, l.entry.data.title),
    ),
    ...mine(await localizedPages()).map((p) => at(`/${p.slug}/`, p.entry.data.title)),
  ];
}
