// What only a browser can show: switching language, reading without
// JavaScript, and requests to other hosts. Offline: offline.e2e.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/browser.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { builtPages } from './support/dist.ts';
import { firstChapter } from './support/pick.ts';
import { templatePathsIn } from './support/templates.ts';

const chapter = routeOf.chapter(firstChapter().slug);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('language switcher', () => {
  it('lands on the same page in the other language', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    await page.goto(chapter);
    await page.locator('details[data-menu] summary').click();
    await page.locator('.lang-switcher a[data-locale="en"]').click();
    await page.waitForURL((url) => url.pathname === localizePath('en', chapter));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('details[data-menu] summary').click();
    await page.locator('.lang-switcher a[data-locale="vi"]').click();
    await page.waitForURL((url) => url.pathname === chapter);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });
});

describe('a page shown in another language', () => {
  it('tells a Korean reader so, in Korean, above the content', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    // The handbook index lists chapters; find one that has no Korean text yet.
    const fallback = builtPages().find(
      (p) => p.locale === 'ko' && p.doc.querySelector('main')?.getAttribute('lang') !== 'ko',
    );
    expect(fallback, 'at least one Korean page falls back').toBeDefined();
    await page.goto(fallback!.path);
    const notice = page.locator('[data-fallback-notice]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/한국어/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
  });
});

describe('without JavaScript', () => {
  it('every kind of page still reads, calls and switches language', async () => {
    const ctx = await h.context({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const path of [
      routes.home,
      routes.handbook,
      chapter,
      routes.hotlines,
      localizePath('en', routes.organisations),
    ]) {
      await page.goto(path);
      expect(await page.locator('h1').first().isVisible(), path).toBe(true);
      expect(await page.locator('header a[href="tel:111"]').isVisible(), path).toBe(true);
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length, path).toBeGreaterThan(80);
    }
    await page.goto(routes.home);
    await page.locator('details[data-menu] summary').click();
    await page.locator('.lang-switcher a[data-locale="zh"]').click();
    await page.waitForURL((url) => url.pathname === localizePath('zh', routes.home));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
  });
});

describe('privacy', () => {
  it('no page requests anything from another host', async () => {
    const ctx = await h.context();
    const page = await ctx.newPage();
    // One page of each template, in Vietnamese and in a language that falls
    // back: only scripts can ask for more at run time, and pages of one
    // template run the same ones. Every page's markup is checked statically
    // (pages.build.test.ts, "loads nothing from another host").
    for (const path of templatePathsIn('ko')) {
      await page.goto(path, { waitUntil: 'load' });
    }
    expect(ctx.foreignRequests).toEqual([]);
    expect(await ctx.cookies()).toEqual([]);
    // Nothing is written to storage unless the reader asks (Save for offline,
    // quick exit). The service worker's own cache of the shell is the exception
    // the offline design asks for.
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    }));
    expect(storage).toEqual({ local: 0, session: 0, databases: 0 });
  }, 300_000);
});

describe('content security policy', () => {
  it('blocks nothing the site itself needs, search included', async () => {
    const ctx = await h.context();
    await ctx.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const path of [
      routes.home,
      chapter,
      routes.directory,
      localizePath('en', routes.hotlines),
      routes.offline,
    ]) {
      await page.goto(path, { waitUntil: 'load' });
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(
        1,
      );
      expect(
        await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
        path,
      ).toEqual([]);
    }
    await page.goto(`${routes.search}?q=duong+day+nong`);
    await expect
      .poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
