// Offline: the shell is saved on a first visit, "Save for offline" saves the
// reader's language, unsaved pages show the offline page, and a changed
// hotline number reaches an online reader on the next page view.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceWorker } from '../scripts/service-worker.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { chapters as chapterCases } from './support/pick.ts';
import { startHarness, type Harness } from './support/browser.ts';
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

async function controlledPage(ctx: BrowserContext, path: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller))) await page.reload();
  return page;
}

describe('after a first visit', () => {
  it('opens the hotline page offline and shows the offline page for an unsaved page', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await controlledPage(ctx, routes.home);
    await ctx.setOffline(true);
    await page.goto(routes.hotlines);
    expect(await page.locator('main a[href="tel:111"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-offline-banner]').isVisible()).toBe(true);
    const unsaved = localizePath('en', `${routes.handbook}nowhere-saved/`);
    await page.goto(unsaved);
    expect(page.url()).toContain(unsaved);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toMatch(/offline/i);
  });
});

describe('"Save for offline"', () => {
  it('shows its size, then every handbook chapter opens offline and search answers', async () => {
    const ctx = await h.context({ serviceWorkers: 'allow' });
    const page = await controlledPage(ctx, routes.home);
    const control = page.locator('[data-save-offline]');
    await expect.poll(() => control.isVisible()).toBe(true);
    expect(await control.locator('[data-save-text]').innerText()).toMatch(/\d.*(kB|MB)/);
    await control.locator('[data-save-button]').click();
    await expect.poll(() => control.getAttribute('data-saved'), { timeout: 30_000 }).toBe('true');

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
