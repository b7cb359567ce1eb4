import { describe, expect, it } from 'vitest';
import { fallbackChain } from '../i18n/locales.ts';
import { resolveTranslations, splitEntryId } from './fallback.ts';

const entry = (id: string) => ({ id, data: { id } });

describe('fallbackChain', () => {
  it('goes from partial locales to English, then Vietnamese', () => {
    expect(fallbackChain('ko')).toEqual(['ko', 'en', 'vi']);
    expect(fallbackChain('zh')).toEqual(['zh', 'en', 'vi']);
    expect(fallbackChain('en')).toEqual(['en', 'vi']);
    expect(fallbackChain('vi')).toEqual(['vi']);
  });
});

describe('resolveTranslations', () => {
  const resolved = resolveTranslations([
    entry('vi/chao-mung'),
    entry('en/chao-mung'),
    entry('ko/chao-mung'),
    entry('vi/suc-khoe'),
    entry('en/suc-khoe'),
    entry('vi/gia-dinh'),
  ]);
  const find = (locale: string, slug: string) =>
    resolved.find((r) => r.locale === locale && r.slug === slug);

  it('uses the translation when there is one', () => {
    expect(find('ko', 'chao-mung')).toMatchObject({ contentLocale: 'ko', isFallback: false });
  });
  it('falls back through the chain per entry', () => {
    expect(find('ko', 'suc-khoe')).toMatchObject({ contentLocale: 'en', isFallback: true });
    expect(find('zh', 'gia-dinh')).toMatchObject({ contentLocale: 'vi', isFallback: true });
    expect(find('en', 'gia-dinh')?.entry.id).toBe('vi/gia-dinh');
  });
  it('builds every slug in every locale', () => {
    expect(resolved).toHaveLength(3 * 4);
  });
});

describe('splitEntryId', () => {
  it('rejects files outside a language folder with the fix', () => {
    expect(() => splitEntryId('chao-mung')).toThrow(/content\/<collection>\/<language>/);
    expect(() => splitEntryId('fr/chao-mung')).toThrow(/vi, en, ko, zh/);
  });
});
