import { localeCodes, type Locale } from '../i18n/locales.ts';
import type { Localized } from './fallback.ts';

export interface StatusRow {
  /** e.g. "/so-tay/chao-mung/" */
  path: string;
  /** The Vietnamese title, as editors know the page by it. */
  title: string;
  /** For each locale: the locale its content is shown in. */
  shownIn: Record<Locale, Locale>;
}

/** One row per page, saying which language each locale shows. */
export function translationStatus<T>(
  items: Localized<T>[],
  pathOf: (slug: string) => string,
  titleOf: (entry: T) => string,
): StatusRow[] {
  const rows = new Map<string, StatusRow>();
  for (const item of items) {
    const path = pathOf(item.slug);
    const row =
      rows.get(path) ??
      ({ path, title: '', shownIn: {} as Record<Locale, Locale> } satisfies StatusRow);
    row.shownIn[item.locale] = item.contentLocale;
    if (item.contentLocale === 'vi' || row.title === '') row.title = titleOf(item.entry);
    rows.set(path, row);
  }
  return [...rows.values()];
}

/** How many pages each locale has in its own language. */
export function translatedCounts(rows: StatusRow[]): Record<Locale, number> {
  const counts = Object.fromEntries(localeCodes.map((l) => [l, 0])) as Record<Locale, number>;
  for (const row of rows) {
    for (const locale of localeCodes) if (row.shownIn[locale] === locale) counts[locale] += 1;
  }
  return counts;
}
