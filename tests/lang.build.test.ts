// Every lang="" in the built site is a BCP 47 tag from the locale registry
// (zh-Hans, not zh), so screen readers and fonts pick the right language.
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import { builtPages } from './support/dist.ts';

const tags = new Set<string>(Object.values(locales).map((l) => l.lang));

describe('lang attributes', () => {
  it('use only the registry’s BCP 47 tags', () => {
    const pages = builtPages();
    const problems: string[] = [];
    let seen = 0;
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('[lang]')) {
        seen += 1;
        const lang = el.getAttribute('lang') ?? '';
        if (!tags.has(lang)) problems.push(`${page.path}: <${el.rawTagName} lang="${lang}">`);
      }
    }
    // Guards against passing on nothing: every page has at least <html lang>.
    expect(seen).toBeGreaterThanOrEqual(pages.length);
    expect(problems.slice(0, 20)).toEqual([]);
  });

  // The site's name is Vietnamese on every page (audit S3-6): tagged, an
  // English or Korean voice reads it as Vietnamese instead of spelling it out.
  it('mark the brand "Về Nhà" in the header as Vietnamese on every other language’s pages', () => {
    const pages = builtPages().filter((p) => p.locale !== defaultLocale);
    const untagged = pages
      .filter(
        (p) => p.doc.querySelector('.site-header .brand')?.getAttribute('lang') !== locales.vi.lang,
      )
      .map((p) => p.path);
    expect(pages.length).toBeGreaterThan(0);
    expect(untagged).toEqual([]);
  });
});
