import { describe, expect, it } from 'vitest';
import { localeFromParam, localeParam, localizePath, splitLocale } from './paths.ts';

describe('localizePath', () => {
  it('keeps Vietnamese at the root and adds the code for other locales', () => {
    expect(localizePath('vi', '/so-tay/')).toBe('/so-tay/');
    expect(localizePath('en', '/so-tay/')).toBe('/en/so-tay/');
    expect(localizePath('ko', '/')).toBe('/ko/');
  });
  it('always ends page paths with a slash', () => {
    expect(localizePath('en', 'so-tay/chao-mung')).toBe('/en/so-tay/chao-mung/');
    expect(localizePath('vi', '/so-tay?x=1#top')).toBe('/so-tay/');
  });
  it('leaves file paths alone', () => {
    expect(localizePath('vi', '/sitemap-index.xml')).toBe('/sitemap-index.xml');
  });
});

describe('splitLocale', () => {
  it('finds the locale and the shared path', () => {
    expect(splitLocale('/en/so-tay/chao-mung/')).toEqual({
      locale: 'en',
      path: '/so-tay/chao-mung/',
    });
    expect(splitLocale('/so-tay/')).toEqual({ locale: 'vi', path: '/so-tay/' });
    expect(splitLocale('/zh/')).toEqual({ locale: 'zh', path: '/' });
  });
  it('does not treat a page that starts like a code as a locale', () => {
    expect(splitLocale('/english/')).toEqual({ locale: 'vi', path: '/english/' });
    expect(splitLocale('/vi/so-tay/')).toEqual({ locale: 'vi', path: '/vi/so-tay/' });
  });
});

describe('locale route parameters', () => {
  it('round-trips every locale', () => {
    expect(localeParam('vi')).toBeUndefined();
    expect(localeFromParam(localeParam('ko'))).toBe('ko');
    expect(localeFromParam(undefined)).toBe('vi');
  });
  it('names the registry when a locale is unknown', () => {
    expect(() => localeFromParam('fr')).toThrow(/src\/i18n\/locales\.ts/);
  });
});
