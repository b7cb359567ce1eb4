// Offline: the shell is saved on a first visit (in the reader's language
// only), "Save for offline" saves the reader's language and its Update
// fetches only what changed, unsaved pages show the offline page, a changed
// hotline number reaches an online reader on the next page view, and a site
// updated while the phone was offline is picked up on the next online launch
// without a reload loop.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOfflineBundles } from '../scripts/offline-bundles.ts';
import { buildServiceWorker } from '../scripts/service-worker.ts';
import { localeCodes, locales } from '../src/i18n/locales.ts';
import { findRevealingWords } from '../src/lib/neutral.ts';
import { SAVED_CACHE, SHELL_CACHE } from '../src/lib/offline-paths.ts';
import { localizePath, splitLocale } from '../src/lib/paths.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { chapters as chapterCases } from './support/pick.ts';
import { controlledPage, startHarness, type Harness } from './support/browser.ts';
import { builtPages } from './support/dist.ts';

// A private copy of dist/, because one test rewrites it.
const dir = mkdtempSync(join(tmpdir(), 've-nha-offline-'));
cpSync('dist', dir, { recursive: true });
let h: Harness;
beforeAll(async () => {
  h = await startHarness(dir);
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The paths a cache holds (every cache when none is named). */
function cachedPaths(page: Page, name?: string): Promise<string[]> {
  return page.evaluate(async (only) => {
    const names = only ? [only] : await caches.keys();
    const paths: string[] = [];
    for (const name of names) {
      const cache = await caches.open(name);
      paths.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
    }
    return paths.sort();
  }, name);
}

/** The shell pages kept for each language, once the worker has kept them. */
async function keptShell(page: Page): Promise<string[]> {
  await expect.poll(async () => (await cachedPaths(page, SHELL_CACHE)).length).toBe(4);
  return cachedPaths(page, SHELL_CACHE);
}

describe('after a first visit', () => {
  it('keeps only the reader’s language: its helplines open offline, and the offline page stands in for the rest', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await controlledPage(ctx, localizePath('en', routes.home));
    const shell = await keptShell(page);
    expect(shell.map((p) => splitLocale(p).locale)).toEqual(['en', 'en', 'en', 'en']);
    // No other language's page anywhere: not in Workbox's cache either.
    const pages = (await cachedPaths(page)).filter((p) => p.endsWith('/'));
    expect(pages.filter((p) => splitLocale(p).locale !== 'en')).toEqual([]);

    await ctx.setOffline(true);
    await page.goto(localizePath('en', routes.hotlines));
    expect(await page.locator('main a[href="tel:111"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-offline-banner]').isVisible()).toBe(true);
    const unsaved = localizePath('en', `${routes.handbook}nowhere-saved/`);
    await page.goto(unsaved);
    expect(page.url()).toContain(unsaved);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toMatch(/offline/i);
    // A page in a language not kept gets the offline page of the one that is.
    await page.goto(routes.safety);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toMatch(/offline/i);
  });
});

describe('the installed app', () => {
  it('starts at the home page in the reader’s language, with a neutral name, and opens offline', async () => {
    for (const code of localeCodes) {
      const ctx = await h.context({ serviceWorkers: 'allow' });
      const home = localizePath(code, routes.home);
      const page = await controlledPage(ctx, localizePath(code, routes.safety));
      const cdp = await ctx.newCDPSession(page);
      const { url, data, errors } = (await cdp.send('Page.getAppManifest')) as {
        url: string;
        data: string;
        errors: { message: string }[];
      };
      expect(errors, code).toEqual([]);
      expect(new URL(url).pathname).toBe(localizePath(code, routes.manifest));
      const manifest = JSON.parse(data) as { name: string; short_name: string; start_url: string };
      expect(manifest.start_url, code).toBe(home);
      // Seen on the home screen by anyone holding the phone: nothing about the topic.
      expect(findRevealingWords(`${manifest.name} ${manifest.short_name}`)).toEqual([]);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(
        installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
        code,
      ).toEqual([]);
      await keptShell(page);
      await ctx.setOffline(true);
      await page.goto(manifest.start_url);
      expect(await page.locator('html').getAttribute('lang')).toBe(locales[code].lang);
      const heading = builtPages()
        .find((p) => p.path === home)!
        .doc.querySelector('h1')!.text;
      expect(await page.locator('h1').innerText(), code).toBe(heading.trim());
      await ctx.close();
    }
  });
});

describe('"Save for offline"', () => {
  it('shows its size, then every handbook chapter opens offline and search answers', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await controlledPage(ctx, routes.home);
    const control = page.locator('[data-save-offline]');
    await expect.poll(() => control.isVisible()).toBe(true);
    expect(await control.locator('[data-save-text]').innerText()).toMatch(/\d.*(kB|MB)/);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (!request.serviceWorker()) fetched.push(new URL(request.url()).pathname);
    });
    await control.locator('[data-save-button]').click();
    await expect.poll(() => control.getAttribute('data-saved'), { timeout: 30_000 }).toBe('true');
    // What the first visit kept is copied, not downloaded again.
    const kept: string[] = [routes.home, routes.hotlines, routes.safety, routes.offline];
    expect(fetched.filter((p) => kept.includes(p) || p.startsWith('/_astro/'))).toEqual([]);
    expect(fetched.length).toBeGreaterThan(10);

    await ctx.setOffline(true);
    const chapters = [...chapterCases().map((c) => routeOf.chapter(c.slug)), routes.glossary];
    expect(chapters.length).toBeGreaterThan(0);
    for (const path of chapters) {
      await page.goto(path);
      const expected = builtPages()
        .find((p) => p.path === path)!
        .doc.querySelector('h1')!.text;
      expect(await page.locator('h1').innerText(), path).toBe(expected.trim());
    }
    await page.goto(`${routes.search}?q=duong+day+nong`);
    await expect
      .poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);

    // One chapter changes and the site is rebuilt: Update downloads that page alone.
    await ctx.setOffline(false);
    const chapter = chapters[0]!;
    const file = join(dir, chapter, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', '</h1><p>Đã sửa.</p>'));
    await buildOfflineBundles(dir);
    const bundle = JSON.parse(readFileSync(join(dir, routeOf.offlineBundle('vi')), 'utf8')) as {
      files: { url: string; hash?: string }[];
    };
    const hash = bundle.files.find((f) => f.url === chapter)!.hash;
    await page.goto(routes.home);
    await expect.poll(() => control.locator('[data-save-update]').isVisible()).toBe(true);
    fetched.length = 0;
    await control.locator('[data-save-update]').click();
    const savedHash = (path: string) =>
      page.evaluate(
        async ({ name, key, path }) => {
          const record = await caches.match(key, { cacheName: name });
          return ((await record?.json()) as { hashes?: Record<string, string> } | undefined)
            ?.hashes?.[path];
        },
        { name: SAVED_CACHE, key: routeOf.savedRecord('vi'), path },
      );
    await expect.poll(() => savedHash(chapter), { timeout: 30_000 }).toBe(hash);
    expect(fetched).toEqual([chapter]);
    await ctx.setOffline(true);
    await page.goto(chapter);
    expect(await page.locator('main').innerText()).toContain('Đã sửa.');
  });
});

describe('a changed hotline number', () => {
  it('shows on the next online page view after the site is rebuilt', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await controlledPage(ctx, routes.hotlines);
    const number = page.locator('article#vn-mofa-citizen a.phone');
    const before = await number.innerText();

    const file = join(dir, 'duong-day-nong/index.html');
    const changed = before.replace(/4$/, '5');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(before, changed));
    await buildServiceWorker(dir);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

    await page.goto(routes.hotlines);
    expect(await number.innerText()).toBe(changed);
  });
});

describe('a site updated while the phone was offline', () => {
  it('is picked up on the next online launch, once, without reloading the page again', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await controlledPage(ctx, routes.home);
    await keptShell(page);
    const heading = await page.locator('h1').innerText();
    await ctx.setOffline(true);
    await page.close();

    // Deployed while the phone had no signal.
    const file = join(dir, 'index.html');
    const changed = `${heading} (2)`;
    writeFileSync(file, readFileSync(file, 'utf8').replace(`${heading}</h1>`, `${changed}</h1>`));
    expect(readFileSync(file, 'utf8')).toContain(changed);
    await buildServiceWorker(dir);

    // The next launch has signal: the new page shows at once, and the kept
    // copy is brought up to date in the background, with no reload.
    await ctx.setOffline(false);
    const launch = await ctx.newPage();
    let loads = 0;
    launch.on('load', () => (loads += 1));
    await launch.goto(routes.home);
    expect(await launch.locator('h1').innerText()).toBe(changed);
    const keptHeading = () =>
      launch.evaluate(async (name) => {
        const response = await caches.match('/', { cacheName: name });
        return /<h1[^>]*>([^<]*)<\/h1>/.exec((await response?.text()) ?? '')?.[1];
      }, SHELL_CACHE);
    await expect.poll(keptHeading, { timeout: 20_000 }).toBe(changed);
    await launch.waitForTimeout(1500);
    expect(loads).toBe(1);

    await ctx.setOffline(true);
    await launch.reload();
    expect(await launch.locator('h1').innerText()).toBe(changed);
  });
});
