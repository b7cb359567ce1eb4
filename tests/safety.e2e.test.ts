// Quick exit: by click and by triple Shift, Back does not return to the site,
// it works offline, and keyboard users reach it first.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quickExitUrl } from '../src/config.ts';
import { startHarness, type Harness } from './support/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const neutral = new URL(quickExitUrl);
const isNeutral = (url: URL) => url.origin === neutral.origin && url.pathname === neutral.pathname;

/** A context where the neutral site answers (these machines reach no other host). */
async function contextWithNeutralSite(): Promise<BrowserContext> {
  const ctx = await h.context();
  await ctx.route(`${neutral.origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' }),
  );
  return ctx;
}

async function expectLeftSite(page: Page): Promise<void> {
  await page.waitForURL(isNeutral);
  expect(await page.content()).not.toContain('Về Nhà');
}

describe('quick exit', () => {
  it('leaves on click, and Back does not bring our page back', async () => {
    const ctx = await contextWithNeutralSite();
    const page = await ctx.newPage();
    await page.goto('/');
    await page.goto('/so-tay/');
    await page.locator('a[data-quick-exit]').click();
    await expectLeftSite(page);
    await page.goBack().catch(() => {});
    await expectLeftSite(page);
  });

  it('leaves when Shift is pressed three times', async () => {
    const ctx = await contextWithNeutralSite();
    const page = await ctx.newPage();
    await page.goto('/en/duong-day-nong/');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await expectLeftSite(page);
  });

  it('leaves to a page showing nothing of ours when offline', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await ctx.setOffline(true);
    await page.goto('/duong-day-nong/');
    await page.locator('a[data-quick-exit]').click();
    await page.waitForFunction(() => !location.href.startsWith('http://127.0.0.1'));
    expect(page.url()).not.toContain('127.0.0.1');
    expect(await page.locator('body').innerText()).not.toMatch(/Về Nhà|111/);
    await ctx.setOffline(false);
  });

  it('is the first thing the keyboard reaches, and a plain link without JavaScript', async () => {
    const ctx = await h.context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/ko/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-quick-exit'),
    );
    expect(focused).toBe('');
    expect(await page.locator('a[data-quick-exit]').getAttribute('href')).toBe(quickExitUrl);
    expect(await page.locator('a[data-quick-exit]').isVisible()).toBe(true);
  });
});
