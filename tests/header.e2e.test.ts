// The first screen of a phone: the page's own words near the top, the
// help-now numbers on the home page without scrolling, a one-row header with
// a menu that opens without JavaScript, and no overlap at 320 px or at 200 %
// text size (WCAG 1.4.4), where the quick exit must never lie over a control.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/browser.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routes } from '../src/lib/routes.ts';
import { templatePaths } from './support/templates.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One Vietnamese page of each template, the wallet cards, and the English home page. */
const paths = [...templatePaths(), routes.walletCard, localizePath('en', routes.home)];

async function open(path: string, width: number, height: number, bigText = false): Promise<Page> {
  const ctx = await h.context({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(path, { waitUntil: 'load' });
  // 200 % text the way Android font scaling and "zoom text only" do it: the
  // root size, which every rem follows. (A style tag would be refused by the CSP.)
  if (bigText) {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
  }
  return page;
}

/**
 * Pairs of controls (and the h1) on the first screen whose boxes overlap,
 * leaving out an element and its own ancestors. The quick exit is checked
 * against everything.
 */
function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
    const shown = [
      ...document.querySelectorAll(
        'a[href], button, summary, input, select, h1, [data-quick-exit]',
      ),
    ].filter((el) => {
      const r = el.getBoundingClientRect();
      // checkVisibility() leaves out the closed menu's contents, which keep boxes.
      return (
        el.checkVisibility({ visibilityProperty: true }) &&
        r.width > 1 &&
        r.height > 1 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        !el.closest('.visually-hidden')
      );
    });
    const found: string[] = [];
    for (let i = 0; i < shown.length; i += 1) {
      for (let j = i + 1; j < shown.length; j += 1) {
        const a = shown[i]!;
        const b = shown[j]!;
        if (a.contains(b) || b.contains(a)) continue;
        const r = a.getBoundingClientRect();
        const s = b.getBoundingClientRect();
        // Half a pixel of rounding is not an overlap.
        if (
          r.right - 0.5 > s.left &&
          s.right - 0.5 > r.left &&
          r.bottom - 0.5 > s.top &&
          s.bottom - 0.5 > r.top
        )
          found.push(`${name(a)} × ${name(b)}`);
      }
    }
    return found;
  });
}

describe('the first screen of a 360×640 phone', () => {
  it('covers every template', () => {
    expect(paths.length).toBeGreaterThanOrEqual(18);
  });

  it('starts every page heading at or above 160 px', async () => {
    const low: string[] = [];
    // Print editions included: on screen their title comes before how to print.
    for (const path of paths) {
      const page = await open(path, 360, 640);
      const top = await page.evaluate(
        () => document.querySelector('h1')!.getBoundingClientRect().top,
      );
      if (top > 160) low.push(`${path}: ${Math.round(top)}px`);
      await page.context().close();
    }
    expect(low).toEqual([]);
  }, 240_000);

  it('keeps the header on one row: home, call 111 and the menu', async () => {
    for (const path of [
      routes.home,
      localizePath('en', routes.home),
      localizePath('ko', routes.handbook),
    ]) {
      const page = await open(path, 360, 640);
      const tops = await page.evaluate(() =>
        ['.site-header .brand', '.site-header .call-button', 'details[data-menu] > summary'].map(
          (selector) => Math.round(document.querySelector(selector)!.getBoundingClientRect().top),
        ),
      );
      expect(new Set(tops).size, `${path}: ${tops.join(', ')}`).toBe(1);
      await page.context().close();
    }
  });

  it('shows the home page’s help-now numbers whole, without scrolling', async () => {
    const page = await open(routes.home, 360, 640);
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll('.help-now li a')].map((a) => {
        const r = a.getBoundingClientRect();
        return { text: a.textContent?.trim(), whole: r.top >= 0 && r.bottom <= innerHeight };
      }),
    );
    expect(cards.length).toBe(3);
    expect(cards.filter((card) => !card.whole)).toEqual([]);
    await page.context().close();
  });
});

describe('the menu', () => {
  it('opens without JavaScript and holds the sections, languages, search and the way abroad', async () => {
    const ctx = await h.context({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    const page = await ctx.newPage();
    await page.goto(routes.handbook);
    const menu = page.locator('details[data-menu]');
    expect(await menu.locator('nav a').first().isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await menu.locator('nav[aria-label] a').count()).toBeGreaterThanOrEqual(5);
    expect(await menu.locator('.lang-switcher a[data-locale="en"]').isVisible()).toBe(true);
    expect(await menu.locator('#site-search').isVisible()).toBe(true);
    const abroad = menu.locator('a.abroad-link');
    expect(await abroad.textContent()).toBe('Đang ở nước ngoài?');
    await abroad.click();
    await page.waitForURL(
      (url) => url.pathname === routes.hotlines && url.hash === '#vn-mofa-citizen',
    );
    // The link lands on the citizen-protection line, which works from every country.
    expect(await page.locator('#vn-mofa-citizen').isVisible()).toBe(true);
    await ctx.close();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const page = await open(routes.handbook, 360, 640);
    await page.locator('details[data-menu] summary').click();
    await page.locator('.lang-switcher a[data-locale="en"]').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('details[data-menu]').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.context().close();
  });
});

/** Controls that reach past either edge of the screen (scrollWidth misses the left edge). */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, summary, input, select')]
      .filter(
        (el) =>
          el.checkVisibility({ visibilityProperty: true }) &&
          !el.closest('.visually-hidden, .table-wrap'),
      )
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 1 && (r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
  );
}

describe('small screens and large text', () => {
  it('overlaps nothing on the first screen at 320 px', async () => {
    const found: string[] = [];
    for (const path of paths) {
      const page = await open(path, 320, 568);
      found.push(...(await overlaps(page)).map((pair) => `${path}: ${pair}`));
      await page.context().close();
    }
    expect(found).toEqual([]);
  }, 240_000);

  it('never scrolls sideways or clips a control at 200 % text, at 360 and 320 px', async () => {
    const wide: string[] = [];
    for (const path of paths) {
      for (const [width, height] of [
        [360, 640],
        [320, 568],
      ] as const) {
        const page = await open(path, width, height, true);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) wide.push(`${path} at ${width}: ${overflow}px`);
        wide.push(...(await clipped(page)).map((c) => `${path} at ${width}: ${c} clipped`));
        await page.context().close();
      }
    }
    expect(wide).toEqual([]);
  }, 480_000);

  it('keeps the quick exit off every control at 200 % text, also while tabbing', async () => {
    const found: string[] = [];
    for (const path of paths) {
      const page = await open(path, 320, 568, true);
      found.push(
        ...(await overlaps(page))
          .filter((pair) => pair.includes('Thoát nhanh'))
          .map((pair) => `${path}: ${pair}`),
      );
      await page.context().close();
    }
    // Focus moving down a long page must not end under the strip stuck to the top.
    const page = await open(routes.hotlines, 320, 568, true);
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      const under = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.matches('[data-quick-exit]')) return null;
        const r = el.getBoundingClientRect();
        const exit = document.querySelector('[data-quick-exit]')!.getBoundingClientRect();
        const covered =
          r.top < exit.bottom && r.bottom > exit.top && r.right > exit.left && r.left < exit.right;
        return covered || r.bottom > innerHeight
          ? (el.textContent ?? '').trim().slice(0, 30)
          : null;
      });
      if (under) found.push(`${routes.hotlines} focus: ${under}`);
    }
    await page.context().close();
    expect(found).toEqual([]);
  }, 240_000);
});
