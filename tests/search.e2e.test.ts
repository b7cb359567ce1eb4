// Search as people really type Vietnamese: without tone marks, "d" for "đ",
// other words for the same thing; narrowing by section; and offline.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes, type Locale } from '../src/i18n/locales.ts';
import { useStrings } from '../src/i18n/ui/index.ts';
import { fold } from '../src/lib/fold.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { startHarness, type Harness } from './support/browser.ts';
import { builtPages } from './support/dist.ts';
import { busiestProvince, chapters, providers, provinces } from './support/pick.ts';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await (await h.context()).newPage();
});
afterAll(async () => {
  await h?.close();
});

/** The result paths for a query on a locale's search page, in order. */
async function search(
  query: string,
  options: { locale?: Locale; section?: string; province?: string } = {},
) {
  const params = new URLSearchParams(query ? { q: query } : {});
  if (options.section) params.set('section', options.section);
  if (options.province) params.set('province', options.province);
  await page.goto(`${localizePath(options.locale ?? 'vi', routes.search)}?${params}`);
  const status = page.locator('[data-search-status]');
  // Wait for the final message: the "searching…" one ends with an ellipsis.
  await expect
    .poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 })
    .toMatch(/[^…\s]$/);
  return page
    .locator('[data-search-results] li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('Vietnamese search', () => {
  for (const query of ['duong day nong', 'đường dây nóng', 'Duong Day Nong']) {
    it(`"${query}" finds the helplines among the first three`, async () => {
      const results = await search(query);
      expect(
        results.slice(0, 3).some((p) => p.startsWith(routes.hotlines)),
        results.join(' '),
      ).toBe(true);
    });
  }

  // A chapter's title typed without marks, as on most phones, finds the
  // chapter among the first three (every chapter, from the content).
  for (const chapter of chapters()) {
    const query = fold(chapter.title);
    it(`"${query}" finds its chapter among the first three`, async () => {
      const top = (await search(query)).slice(0, 3);
      expect(top, top.join(' ')).toContain(routeOf.chapter(chapter.slug));
    });
  }

  // Pagefind drops query words it does not know, so each synonym is tested alone.
  it('"buôn" finds pages that only say "mua bán người"', async () => {
    // Which pages: from the built site, so a content edit does not break the test.
    const onlyTheSynonym = (await search('buôn')).filter((path) => {
      const main =
        /<main[\s\S]*<\/main>/.exec(readFileSync(`dist${path}index.html`, 'utf8'))?.[0] ?? '';
      return /mua bán người/i.test(main) && !/buôn/i.test(main);
    });
    expect(onlyTheSynonym.length).toBeGreaterThan(0);
  });

  it('"canh sat" finds pages that only say "công an"', async () => {
    // Within the handbook: across the site, the pages that say "cảnh sát"
    // outnumber the 20 results shown.
    const onlyTheSynonym = (await search('canh sat', { section: 'handbook' })).filter((path) => {
      const main =
        /<main[\s\S]*<\/main>/.exec(readFileSync(`dist${path}index.html`, 'utf8'))?.[0] ?? '';
      return /công an/i.test(main) && !/cảnh sát/i.test(main);
    });
    expect(onlyTheSynonym.length).toBeGreaterThan(0);
  });

  it('announces the number of results to screen readers', async () => {
    await search('an toan');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/Tìm thấy \d+ kết quả/);
  });

  it('narrows results to a section', async () => {
    const all = await search('goi');
    const hotlines = await search('goi', { section: 'hotlines' });
    expect(hotlines.length).toBeGreaterThan(0);
    expect(hotlines.length).toBeLessThan(all.length);
    expect(hotlines.every((p) => p.startsWith(routes.hotlines))).toBe(true);
  });

  it('browses the directory by province with no search words', async () => {
    const province = routeOf.province(busiestProvince().id);
    const results = await search('', { section: 'directory', province: busiestProvince().id });
    expect(results).toContain(province);
    expect(results.every((p) => p.startsWith(province))).toBe(true);
  });

  it('never shows another language’s copies in Vietnamese search', async () => {
    const results = await search('an toan');
    const others = localeCodes
      .filter((code) => code !== defaultLocale)
      .map((code) => localizePath(code, routes.home));
    expect(results.filter((p) => others.some((home) => p.startsWith(home)))).toEqual([]);
  });

  it('finds untranslated pages from a Korean search page', async () => {
    // A standalone page with no Korean text yet (Korean readers see it in
    // another language), found by the words of its own heading.
    const standalone = readdirSync('content/pages/vi')
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => localizePath('ko', routeOf.page(name.replace(/\.mdx$/, ''))));
    const fallback = builtPages().find(
      (p) =>
        standalone.includes(p.path) && p.doc.querySelector('main')?.getAttribute('lang') !== 'ko',
    );
    expect(fallback, 'a Korean standalone page that falls back').toBeDefined();
    const heading = fallback!.doc.querySelector('h1')!.text.trim();
    const results = await search(heading, { locale: 'ko' });
    expect(results, heading).toContain(fallback!.path);
  });
});

describe('privacy', () => {
  it('takes the words out of the address as soon as it has read them', async () => {
    const results = await search('mua bán người');
    expect(results.length).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe(routes.search);
    expect(new URL(page.url()).search).toBe('');
    // Typing more never writes the words back (the address is set as each input is handled).
    await page.locator('#q').fill('buôn người');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/[^…\s]$/);
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('without JavaScript', () => {
  it('the search page says so and links to the A–Z list', async () => {
    const ctx = await h.context({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${routes.search}?q=x`);
    expect(await p.locator('main').innerText()).toMatch(/JavaScript/);
    await p.locator(`a[href="${routes.siteIndex}"]`).click();
    expect(await p.locator('main li a').count()).toBeGreaterThan(5);
  });
});

describe('search ranks what helps', () => {
  // Closed programmes and provinces listing nothing, from the data (not named here).
  const historic = providers()
    .filter((p) => p.status === 'historic')
    .map((p) => routeOf.provider(p.province, p.id));
  const provincePages = provinces().map((p) => routeOf.province(p.id));
  for (const query of [
    'ho tro',
    'nha tam lanh',
    'tu van tam ly',
    'tro giup phap ly',
    'trung tam',
  ]) {
    it(`"${query}" puts no closed programme or empty province in the first three`, async () => {
      expect(historic.length).toBeGreaterThan(0);
      const top = (await search(query)).slice(0, 3);
      expect(top.length, query).toBeGreaterThan(0);
      const closed = top.filter((p) => historic.includes(p));
      expect(closed, top.join(' ')).toEqual([]);
      for (const path of top.filter((p) => provincePages.includes(p))) {
        expect(readFileSync(`dist${path}index.html`, 'utf8'), path).not.toContain(
          'data-no-providers',
        );
      }
    });
  }
});

describe('the search page on a phone (360 × 640)', () => {
  let phone: Page;
  beforeAll(async () => {
    const ctx = await h.context({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
    phone = await ctx.newPage();
  });

  /** Search on the phone from the address, wait for the count, return the status text. */
  async function phoneSearch(params: Record<string, string>): Promise<string> {
    await phone.goto(`${routes.search}?${new URLSearchParams(params)}`);
    const status = phone.locator('[data-search-status]');
    await expect
      .poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 })
      .toMatch(/[^…\s]$/);
    return (await status.textContent())!;
  }

  it('shows one search box and the first result within the first screen', async () => {
    await phoneSearch({ q: 'ho chieu' });
    expect(await phone.locator('[role="search"]').count()).toBe(1);
    expect(await phone.locator('input[type="search"]:visible').count()).toBe(1);
    const top = await phone.locator('[data-search-results] li').first().boundingBox();
    expect(top, 'a first result').not.toBeNull();
    // Scrolled to the top, as a reader arriving sees it (focus moves to the results heading).
    await phone.evaluate(() => scrollTo(0, 0));
    const { y } = (await phone.locator('[data-search-results] li').first().boundingBox())!;
    console.log(`search page at 360×640: first result starts at ${Math.round(y)} px`);
    expect(y).toBeLessThan(640);
  });

  it('folds the filters away but names them in the count line', async () => {
    const text = await phoneSearch({ q: 'goi', section: 'hotlines' });
    expect(await phone.locator('details[data-search-filters]').getAttribute('open')).toBeNull();
    expect(text).toMatch(
      new RegExp(`^Tìm thấy \\d+ kết quả · ${useStrings('vi')['section.hotlines']}$`),
    );
  });

  it('moves focus to the results when a search arrives with the page', async () => {
    await phoneSearch({ q: 'ho chieu' });
    await expect
      .poll(() => phone.evaluate(() => document.activeElement?.id))
      .toBe('results-heading');
  });

  it('announces a search once it settles, never on each keystroke', async () => {
    await phone.goto(routes.search);
    await phone.evaluate(() => {
      const status = document.querySelector('[data-search-status]')!;
      const w = window as unknown as { said: string[] };
      w.said = [];
      new MutationObserver(() => w.said.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await phone.locator('#q').pressSequentially('ho chieu', { delay: 60 });
    await expect
      .poll(() => phone.evaluate(() => (window as unknown as { said: string[] }).said.at(-1) ?? ''))
      .toMatch(/Tìm thấy \d+ kết quả$/);
    const said = await phone.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.filter((s) => s.endsWith('…'))).toEqual([]);
    expect(said.length).toBeLessThanOrEqual(2);
  });

  it('brings the words and results back after opening a result and pressing Back', async () => {
    await phoneSearch({ q: 'ho chieu', section: 'handbook' });
    const first = phone.locator('[data-search-results] li > a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await phone.waitForURL((url) => url.pathname === href);
    await phone.goBack();
    await phone.waitForURL((url) => url.pathname === routes.search);
    await expect.poll(() => phone.locator('#q').inputValue()).toBe('ho chieu');
    await expect
      .poll(() => phone.locator('[data-search-results] li').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await phone.locator('input[name="section"][value="handbook"]').isChecked()).toBe(true);
    // Read once: the kept words are gone from the tab's storage, and the address never had them.
    expect(await phone.evaluate(() => sessionStorage.length)).toBe(0);
    expect(new URL(phone.url()).search).toBe('');
  });

  it('starts empty when the search page is opened afresh', async () => {
    await phoneSearch({ q: 'ho chieu' });
    await phone.locator('[data-search-results] li > a').first().click();
    await phone.waitForURL((url) => url.pathname !== routes.search);
    await phone.goto(routes.search);
    expect(await phone.locator('#q').inputValue()).toBe('');
    expect(await phone.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
