import { routeOf, routes } from '../lib/routes.ts';
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
    at(routes.handbook, t['handbook.title']),
    at(routes.handbookPrint, t['handbook.printTitle']),
    at(routes.glossary, t['handbook.glossary']),
    at(routes.hotlines, t['hotlines.title']),
    at(routes.course, t['course.title']),
    at(routes.organisations, t['org.title']),
    ...mine(await localizedChapters()).map((c) => at(routeOf.chapter(c.slug), c.entry.data.title)),
    ...mine(await localizedMigration()).map((m) =>
      at(routeOf.migrationTopic(m.slug), m.entry.data.title),
    ),
    ...mine(await localizedLessons()).map((l) => at(routeOf.lesson(l.slug), l.entry.data.title)),
    ...mine(await localizedPages()).map((p) => at(`/${p.slug}/`, p.entry.data.title)),
  ];
}
