// What stays on a shared phone: only what the reader chose to save. Pages
// read online are kept by path alone, never a search; search words never
// reach the address, the history or any cache; quick exit forgets the pages
// read; "remove saved pages" works offline; Listen never uses a cloud voice.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../src/i18n/locales.ts';
import { SAVED_CACHE, VISITED_CACHE } from '../src/lib/offline-paths.ts';
import { routes } from '../src/lib/routes.ts';
import { controlledPage, startHarness, type Harness } from './support/browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const WORDS = 'nha tam lanh';

/** Every cache and the addresses it holds. */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => r.url);
    }
    return out;
  });
}

/** Search from the header box of the page open now (in the menu), and wait for results. */
async function searchFromHeader(page: Page, words: string): Promise<void> {
  await page.locator('details[data-menu] summary').click();
  await page.locator('#site-search').fill(words);
  await page.locator('#site-search').press('Enter');
  await page.waitForURL((url) => url.pathname === routes.search);
  await expect
    .poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

/**
 * Every address in this tab's history, as the browser keeps it (what Back and
 * the tab's history offer), read at once rather than walked with Back: a
 * walk that goes back again as soon as the last Back committed can read the
 * tab's position before the browser has moved it, step to the entry it is
 * already on, and stop early.
 */
async function historyUrls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = await cdp.send('Page.getNavigationHistory');
  await cdp.detach();
  return entries.map((entry) => entry.url);
}

describe('what the phone keeps', () => {
  it('keeps pages read by path only, never a search, and lists only what was saved', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const requests: string[] = [];
    ctx.on('request', (r) => requests.push(r.url()));
    const page = await controlledPage(ctx, routes.home);
    await page.goto(routes.handbook);
    await page.goto(`${routes.hotlines}?from=test`);
    await searchFromHeader(page, WORDS);
    // And once more from the search page's own box.
    await page.locator('form[data-search] input[name="q"]').fill('ho chieu');
    await page.locator('form[data-search] input[name="q"]').press('Enter');
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBeGreaterThan(0);

    // No request, address or history entry carries the words.
    expect(requests.filter((url) => /[?&]q=/.test(url))).toEqual([]);
    expect(page.url()).not.toMatch(/q=|nha|chieu/);
    const cached = await cacheContents(page);
    const all = Object.values(cached).flat();
    // Workbox marks its install-time copies with a revision; no other address has a query.
    expect(all.filter((url) => url.replace(/\?__WB_REVISION__=\w+$/, '').includes('?'))).toEqual(
      [],
    );
    expect(all.filter((url) => url.includes(routes.search) || /nha.tam|chieu/.test(url))).toEqual(
      [],
    );
    // Search index files come only with a saved bundle, and nothing was saved.
    expect(all.filter((url) => url.includes(routes.pagefind.replace(/[^/]+$/, '')))).toEqual([]);
    expect(cached[VISITED_CACHE]?.map((u) => new URL(u).pathname)).toContain(routes.handbook);
    expect(cached[SAVED_CACHE]).toBeUndefined();

    // The tab's history holds each page read, by path, and nothing else: the
    // header search added the search page alone, the search page's own box nothing.
    const visited = await historyUrls(page);
    expect(visited).toHaveLength(await page.evaluate(() => history.length));
    expect(
      visited
        .filter((url) => !url.startsWith('about:'))
        .map((url) => new URL(url))
        .map((url) => `${url.pathname}${url.search}`),
    ).toEqual([routes.home, routes.handbook, `${routes.hotlines}?from=test`, routes.search]);
    expect(visited.filter((url) => /q=|nha|chieu/.test(url))).toEqual([]);

    // The offline page lists nothing: the reader read pages but saved none.
    await page.goto(routes.offline);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-saved-pages]').isVisible()).toBe(false);
  });

  it('after saving, the box says what, when and how large, and the offline list shows it', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await controlledPage(ctx, routes.home);
    const box = page.locator('[data-save-offline]');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.locator('[data-save-progress]').isVisible()).toBe(false);
    await box.locator('[data-save-button]').click();
    await expect.poll(() => box.getAttribute('data-saved'), { timeout: 60_000 }).toBe('true');
    const saved = await box.locator('[data-save-saved-text]').innerText();
    expect(saved).toContain(String(new Date().getFullYear()));
    expect(saved).toMatch(/\d.*(kB|MB)/);
    expect(await box.locator('[data-save-update]').isVisible()).toBe(true);
    expect(await box.locator('[data-save-remove]').isVisible()).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-save-update')),
    ).toBe(true);

    // A reload shows the saved state again, offline too.
    await ctx.setOffline(true);
    await page.goto(routes.home);
    await expect.poll(() => box.getAttribute('data-saved')).toBe('true');
    await page.goto(routes.offline);
    const list = page.locator('[data-saved-pages] li');
    await expect.poll(() => list.count()).toBeGreaterThan(10);
    const titles = await list.allInnerTexts();
    expect(titles.filter((t) => /&\w+;|<|^\/$/.test(t))).toEqual([]);

    // "Remove saved pages" on the safety page works offline and empties the list.
    await page.goto(routes.safety);
    await page.locator('[data-remove-saved] button').click();
    await expect
      .poll(() => page.locator('[data-remove-saved] [role=status]').innerText())
      .not.toBe('');
    const after = await cacheContents(page);
    expect(after[SAVED_CACHE]).toBeUndefined();
    expect(after[VISITED_CACHE]).toBeUndefined();
    await ctx.setOffline(false);
  });

  it('quick exit forgets the pages read and keeps what was saved', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const neutral = new URL(locales.vi.quickExit);
    await ctx.route(`${neutral.origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    const page = await controlledPage(ctx, routes.home);
    await page.evaluate(
      async ({ name, path }) => {
        const cache = await caches.open(name);
        await cache.put(path, new Response('saved on purpose'));
      },
      { name: SAVED_CACHE, path: routes.handbook },
    );
    await page.goto(routes.hotlines);
    await page.goto(routes.safety);
    await expect
      .poll(async () => (await cacheContents(page))[VISITED_CACHE]?.length ?? 0)
      .toBeGreaterThan(0);
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL((url) => url.origin === neutral.origin);
    // Check from a fresh page of ours in another tab (the exit tab is guarded).
    const other = await ctx.newPage();
    await other.goto(routes.offline);
    // Only the page just opened in the new tab may be kept; the pages read before the exit are gone.
    const visited = async () =>
      ((await cacheContents(other))[VISITED_CACHE] ?? []).map((u) => new URL(u).pathname);
    await expect.poll(visited).not.toContain(routes.hotlines);
    expect(await visited()).not.toContain(routes.safety);
    expect((await cacheContents(other))[SAVED_CACHE]).toEqual([
      new URL(routes.handbook, other.url()).href,
    ]);
  });
});

describe('Listen', () => {
  /** Replace the phone's voices with these, and record which voice speaks. */
  async function withVoices(
    ctx: BrowserContext,
    voices: { name: string; lang: string; localService: boolean }[],
  ): Promise<void> {
    await ctx.addInitScript((list) => {
      const spoken: string[] = [];
      Object.assign(window, { spokenWith: spoken });
      const synth = window.speechSynthesis;
      synth.getVoices = () => list as unknown as SpeechSynthesisVoice[];
      // A real utterance accepts only real voices: record the one chosen instead.
      class FakeUtterance extends EventTarget {
        voice: { name: string } | null = null;
        lang = '';
        text: string;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      Object.assign(window, { SpeechSynthesisUtterance: FakeUtterance });
      synth.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push((u.voice as unknown as { name: string }).name);
      };
    }, voices);
  }

  it('speaks only with a voice on the phone, never a cloud voice', async () => {
    const ctx = await h.context();
    await withVoices(ctx, [
      { name: 'Cloud Vietnamese', lang: 'vi-VN', localService: false },
      { name: 'Phone Vietnamese', lang: 'vi-VN', localService: true },
    ]);
    const page = await ctx.newPage();
    await page.goto(routes.handbook);
    const chapter = await page
      .locator(`main a[href^="${routes.handbook}"]`)
      .first()
      .getAttribute('href');
    await page.goto(chapter!);
    await page.locator('[data-listen]').click();
    const used = await page.evaluate(
      () => (window as unknown as { spokenWith: string[] }).spokenWith,
    );
    expect(used.length).toBeGreaterThan(0);
    expect(new Set(used)).toEqual(new Set(['Phone Vietnamese']));
  });

  it('is hidden when the only voice is a cloud voice', async () => {
    const ctx = await h.context();
    await withVoices(ctx, [{ name: 'Cloud Vietnamese', lang: 'vi-VN', localService: false }]);
    const page = await ctx.newPage();
    await page.goto(routes.handbook);
    const chapter = await page
      .locator(`main a[href^="${routes.handbook}"]`)
      .first()
      .getAttribute('href');
    await page.goto(chapter!);
    expect(await page.locator('[data-listen]').count()).toBe(1);
    expect(await page.locator('[data-listen]').isVisible()).toBe(false);
  });
});
