// Search as people really type Vietnamese: without tone marks, "d" for "đ",
// other words for the same thing; narrowing by section; and offline.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/browser.ts';

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
  options: { locale?: string; section?: string; province?: string } = {},
) {
  const prefix = options.locale && options.locale !== 'vi' ? `/${options.locale}` : '';
  const params = new URLSearchParams(query ? { q: query } : {});
  if (options.section) params.set('section', options.section);
  if (options.province) params.set('province', options.province);
  await page.goto(`${prefix}/tim-kiem/?${params}`);
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
        results.slice(0, 3).some((p) => p.startsWith('/duong-day-nong/')),
        results.join(' '),
      ).toBe(true);
    });
  }

  // Typed without marks, as on most phones: the right chapter is among the first three.
  const chapterQueries: [string, string[]][] = [
    ['dang ky khai sinh', ['/so-tay/giay-to/', '/so-tay/tre-em/']],
    ['tro giup phap ly', ['/so-tay/giay-to/', '/so-tay/quyen-loi/']],
    ['kham suc khoe', ['/so-tay/suc-khoe/']],
    ['ac mong xau ho', ['/so-tay/cam-xuc/']],
    ['hoc nghe vay von', ['/so-tay/viec-lam/', '/so-tay/quyen-loi/']],
  ];
  for (const [query, expected] of chapterQueries) {
    it(`"${query}" finds ${expected.join(' or ')} among the first three`, async () => {
      const top = (await search(query)).slice(0, 3);
      expect(
        top.some((p) => expected.includes(p)),
        top.join(' '),
      ).toBe(true);
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
    expect(await search('canh sat')).toContain('/duong-day-nong/');
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
    expect(hotlines.every((p) => p.startsWith('/duong-day-nong/'))).toBe(true);
  });

  it('browses the directory by province with no search words', async () => {
    const results = await search('', { section: 'directory', province: 'an-giang' });
    expect(results).toContain('/dich-vu/an-giang/');
    expect(results.every((p) => p.startsWith('/dich-vu/an-giang/'))).toBe(true);
  });

  it('never shows another language’s copies in Vietnamese search', async () => {
    const results = await search('an toan');
    expect(results.every((p) => !/^\/(en|ko|zh)\//.test(p))).toBe(true);
  });

  it('finds untranslated pages from a Korean search page', async () => {
    // The safety page has no Korean text yet: Korean readers see it in English.
    const results = await search('incognito', { locale: 'ko' });
    expect(results).toContain('/ko/an-toan/');
  });
});

describe('privacy', () => {
  it('takes the words out of the address as soon as it has read them', async () => {
    const results = await search('mua bán người');
    expect(results.length).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/tim-kiem/');
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
    await p.goto('/tim-kiem/?q=x');
    expect(await p.locator('main').innerText()).toMatch(/JavaScript/);
    await p.locator('a[href="/tim-kiem/muc-luc/"]').click();
    expect(await p.locator('main li a').count()).toBeGreaterThan(5);
  });
});

describe('search ranks what helps', () => {
  // Closed programmes and provinces listing nothing, from the data (not named here).
  const historic = readdirSync('content/providers')
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => /^status: historic$/m.test(readFileSync(`content/providers/${f}`, 'utf8')))
    .map((f) => f.replace('.mdx', ''));
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
      const closed = top.filter((p) => historic.some((id) => p.endsWith(`/${id}/`)));
      expect(closed, top.join(' ')).toEqual([]);
      for (const path of top.filter((p) => /^\/dich-vu\/[^/]+\/$/.test(p))) {
        expect(readFileSync(`dist${path}index.html`, 'utf8'), path).not.toContain(
          'data-no-providers',
        );
      }
    });
  }
});
