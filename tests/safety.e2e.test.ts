// Quick exit: by click and by three Shift taps (never by holding Shift or
// while an input method composes), Back does not return to the site, it
// works offline, each language leaves for its own destination, and keyboard
// users reach it first.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../src/i18n/locales.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routes } from '../src/lib/routes.ts';
import { startHarness, type Harness } from './support/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const neutral = new URL(locales.vi.quickExit);
const isNeutral = (url: URL) => url.origin === neutral.origin && url.pathname === neutral.pathname;
const onOurSite = (page: Page) => page.url().startsWith('http://127.0.0.1');

/** A context where every neutral site answers (these machines reach no other host). */
async function contextWithNeutralSite(): Promise<BrowserContext> {
  const ctx = await h.context();
  for (const { quickExit } of Object.values(locales)) {
    await ctx.route(`${new URL(quickExit).origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' }),
    );
  }
  return ctx;
}

async function expectLeftSite(page: Page, to = isNeutral): Promise<void> {
  await page.waitForURL(to);
  expect(await page.content()).not.toContain('Về Nhà');
}

describe('quick exit', () => {
  it('leaves on click, and Back does not bring our page back', async () => {
    const ctx = await contextWithNeutralSite();
    const page = await ctx.newPage();
    await page.goto(routes.home);
    await page.goto(routes.handbook);
    await page.locator('a[data-quick-exit]').click();
    await expectLeftSite(page);
    await page.goBack().catch(() => {});
    await expectLeftSite(page);
  });

  it('leaves when Shift is tapped three times', async () => {
    const ctx = await contextWithNeutralSite();
    const page = await ctx.newPage();
    await page.goto(routes.hotlines);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expectLeftSite(page);
  });

  it('stays when Shift is held down, as when typing capitals', async () => {
    const ctx = await contextWithNeutralSite();
    const page = await ctx.newPage();
    await page.goto(routes.hotlines);
    // A second down() of a held key is sent as an auto-repeat, as a real held key is.
    for (let i = 0; i < 12; i += 1) await page.keyboard.down('Shift');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(onOurSite(page)).toBe(true);
  });

  it('stays while an input method is composing, where Shift switches the keyboard', async () => {
    const ctx = await contextWithNeutralSite();
    const page = await ctx.newPage();
    await page.goto(localizePath('zh', routes.home));
    // Keys an input method sends while it composes carry isComposing.
    await page.evaluate(() => {
      for (let i = 0; i < 3; i += 1) {
        for (const type of ['keydown', 'keyup'])
          document.body.dispatchEvent(
            new KeyboardEvent(type, { key: 'Shift', isComposing: true, bubbles: true }),
          );
      }
    });
    // Between compositionstart and compositionend, real Shift taps do not count either.
    await page.evaluate(() =>
      document.body.dispatchEvent(new CompositionEvent('compositionstart')),
    );
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.evaluate(() => document.body.dispatchEvent(new CompositionEvent('compositionend')));
    // Nor do Shift taps in the search box, where they switch the keyboard's mode.
    await page.locator('details[data-menu] summary').click();
    await page.locator('#site-search').focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(onOurSite(page)).toBe(true);
  });

  it('sends each language to its own neutral site: not Google for Chinese', async () => {
    const ctx = await contextWithNeutralSite();
    const page = await ctx.newPage();
    await page.goto(localizePath('zh', routes.home));
    await page.locator('a[data-quick-exit]').click();
    const baidu = new URL(locales.zh.quickExit);
    await expectLeftSite(page, (url) => url.origin === baidu.origin);
  });

  it('leaves to a page showing nothing of ours when offline', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto(routes.home);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await ctx.setOffline(true);
    await page.goto(routes.hotlines);
    await page.locator('a[data-quick-exit]').click();
    await page.waitForFunction(() => !location.href.startsWith('http://127.0.0.1'));
    expect(page.url()).not.toContain('127.0.0.1');
    expect(await page.locator('body').innerText()).not.toMatch(/Về Nhà|111/);
    await ctx.setOffline(false);
  });

  it('is the first thing the keyboard reaches, and a plain link without JavaScript', async () => {
    const ctx = await h.context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(localizePath('ko', routes.home));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-quick-exit'),
    );
    expect(focused).toBe('');
    expect(await page.locator('a[data-quick-exit]').getAttribute('href')).toBe(
      locales.ko.quickExit,
    );
    expect(await page.locator('a[data-quick-exit]').isVisible()).toBe(true);
  });
});
