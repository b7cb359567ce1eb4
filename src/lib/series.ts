import { locales, type Locale } from '../i18n/locales.ts';
import type { Localized } from './fallback.ts';
import { localizePath } from './paths.ts';

/** A link to an item in a series, with its content language when it falls back. */
export function seriesLink<T extends { data: { title: string } }>(
  item: Localized<T> | undefined,
  locale: Locale,
  base: string,
): { href: string; title: string; lang: string | undefined } | undefined {
  if (!item) return undefined;
  return {
    href: localizePath(locale, `${base}${item.slug}/`),
    title: item.entry.data.title,
    lang: item.isFallback ? locales[item.contentLocale].lang : undefined,
  };
}

export interface Neighboured<T> {
  item: Localized<T>;
  index: number;
  total: number;
  previous: Localized<T> | undefined;
  next: Localized<T> | undefined;
}

/** Each item with its place and neighbours among the items of its own locale. */
export function withNeighbours<T>(items: Localized<T>[]): Neighboured<T>[] {
  return items.map((item) => {
    const siblings = items.filter((other) => other.locale === item.locale);
    const index = siblings.indexOf(item);
    return {
      item,
      index,
      total: siblings.length,
      previous: siblings[index - 1],
      next: siblings[index + 1],
    };
  });
}
