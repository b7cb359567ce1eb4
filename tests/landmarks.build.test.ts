// Landmarks are for the parts a screen-reader user jumps between: banner,
// navigation, search, main, contentinfo. A <section> with a name is a region
// landmark too, so naming every content section (8 on the helplines page, 7 on
// the wallet card, 3 on home, audit S3-6) made the landmark menu a second table
// of contents. Content sections go by their headings; the one region a page
// may keep is the help-now strip (the numbers to call now), or a scrolling
// table's wrapper, which a keyboard focuses.
import { describe, expect, it } from 'vitest';
import { localizePath } from '../src/lib/paths.ts';
import { routes } from '../src/lib/routes.ts';
import { builtPages, page } from './support/dist.ts';

/** The elements a browser exposes as region landmarks: a named <section>, or role="region". */
const regionsOf = (path: string) =>
  page(path)
    .doc.querySelectorAll('section, [role="region"]')
    .filter(
      (el) =>
        el.getAttribute('role') === 'region' ||
        (!el.getAttribute('role') &&
          (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))),
    );

describe('region landmarks', () => {
  it('are at most one a page, on every page', () => {
    const many = builtPages()
      .map((p) => ({ path: p.path, count: regionsOf(p.path).length }))
      .filter((p) => p.count > 1);
    expect(many.map((p) => `${p.path}: ${p.count}`)).toEqual([]);
  });

  it('leave the helplines page and the wallet card none, and home only the help-now numbers', () => {
    for (const locale of ['vi', 'en'] as const) {
      expect(regionsOf(localizePath(locale, routes.hotlines))).toHaveLength(0);
      expect(regionsOf(localizePath(locale, routes.walletCard))).toHaveLength(0);
      const home = regionsOf(localizePath(locale, routes.home));
      expect(home.map((el) => el.classList.contains('help-now'))).toEqual([true]);
    }
  });
});
