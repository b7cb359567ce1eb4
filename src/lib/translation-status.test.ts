import { describe, expect, it } from 'vitest';
import { resolveTranslations } from './fallback.ts';
import { translatedCounts, translationStatus } from './translation-status.ts';

describe('translationStatus', () => {
  const items = resolveTranslations([
    { id: 'vi/a', title: 'A vi' },
    { id: 'en/a', title: 'A en' },
    { id: 'vi/b', title: 'B vi' },
  ]);
  const rows = translationStatus(
    items,
    (slug) => `/so-tay/${slug}/`,
    (e) => e.title,
  );

  it('has one row per page, titled in Vietnamese', () => {
    expect(rows.map((r) => [r.path, r.title])).toEqual([
      ['/so-tay/a/', 'A vi'],
      ['/so-tay/b/', 'B vi'],
    ]);
  });
  it('says which language each locale shows', () => {
    expect(rows[0]?.shownIn).toEqual({ vi: 'vi', en: 'en', ko: 'en', zh: 'en' });
    expect(rows[1]?.shownIn).toEqual({ vi: 'vi', en: 'vi', ko: 'vi', zh: 'vi' });
  });
  it('counts translated pages per locale', () => {
    expect(translatedCounts(rows)).toEqual({ vi: 2, en: 1, ko: 0, zh: 0 });
  });
});
