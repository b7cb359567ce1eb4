// The directory in a browser: finding a province by its former name, and
// the referral sheet on paper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/browser.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { builtPages } from './support/dist.ts';
import {
  busiestProvince,
  formerNames,
  need,
  provinces,
  provincesMatching,
  withoutMarks,
} from './support/pick.ts';

let h: Harness;
const out = mkdtempSync(join(tmpdir(), 've-nha-sheet-'));
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('finding a province', () => {
  // A former name of one word or more, letters only, from the data.
  const former = need(
    formerNames().find(({ name }) => /^[\p{L} ]+$/u.test(name)),
    'former province name',
  );
  const typed = withoutMarks(former.name);

  it('by a former name typed without marks, on the directory home', async () => {
    const page = await (await h.context()).newPage();
    await page.goto(routes.directory);
    await page.locator('#province-filter').fill(typed);
    const visible = await page
      .locator('li[data-names]:visible a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = provincesMatching(typed).map((p) => routeOf.province(p.id));
    expect(expected).toContain(routeOf.province(former.province.id));
    expect(expected.length).toBeLessThan(provinces().length);
    expect(visible.sort()).toEqual(expected.sort());
  });

  it('by a former name in site search', async () => {
    const page = await (await h.context()).newPage();
    await page.goto(`${routes.search}?${new URLSearchParams({ q: typed.toLowerCase() })}`);
    await expect
      .poll(() => page.locator('[data-search-results] li > a').first().getAttribute('href'), {
        timeout: 15_000,
      })
      .toBeTruthy();
    const top = await page
      .locator('[data-search-results] li > a')
      .evaluateAll((links) =>
        links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
    expect(top, typed).toContain(routeOf.province(former.province.id));
  });
});

describe('filtering a province page by service', () => {
  const shownCards = (page: import('playwright-core').Page) =>
    page
      .locator('[data-provider-card]:visible')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-provider-card')).sort());

  // The province listing the most places, and a service some of them offer but not all.
  const province = busiestProvince();
  for (const javaScriptEnabled of [false, true]) {
    it(`shows only the places offering it, with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const page = await (await h.context({ javaScriptEnabled })).newPage();
      await page.goto(routeOf.province(province.id));
      const all = await shownCards(page);
      expect(all.length).toBeGreaterThan(1);
      const offered = await page
        .locator('[data-directory] [data-provider-card]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-types')!.split(' ')));
      const type = need(
        [...new Set(offered.flat())]
          .sort()
          .find((t) => offered.some((o) => !o.includes(t)) && offered.some((o) => o.includes(t))),
        `service offered by some places in ${province.id} but not all`,
      );
      // Folded away at first, so the places come first on a small screen.
      await expect.poll(() => page.getByRole('radio', { name: /^Tất cả/ }).isVisible()).toBe(false);
      await page.getByText('Lọc theo loại dịch vụ').click();
      await page.locator(`input[name="type"][value="${type}"]`).check();
      const some = await shownCards(page);
      expect(some.length).toBeGreaterThan(0);
      expect(some.length).toBeLessThan(all.length);
      const types = await page
        .locator('[data-provider-card]:visible')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-types')));
      expect(types.every((t) => t!.split(' ').includes(type))).toBe(true);
      // A group whose places all lack the service disappears with its heading.
      const emptyGroups = await page
        .locator('section[data-group]:visible')
        .evaluateAll(
          (groups) =>
            groups.filter(
              (g) =>
                ![...g.querySelectorAll('[data-provider-card]')].some((c) => c.checkVisibility()),
            ).length,
        );
      expect(emptyGroups).toBe(0);
      if (javaScriptEnabled) {
        await expect
          .poll(() => page.locator('[data-filter-status]').textContent())
          .toBe(`Đang hiện ${some.length} nơi`);
      }
      // Folding the filter away shows every place again: no filter stays on unseen.
      await page.getByText('Lọc theo loại dịch vụ').click();
      expect(await shownCards(page)).toEqual(all);
      await page.getByText('Lọc theo loại dịch vụ').click();
      await page.getByRole('radio', { name: /^Tất cả/ }).check();
      expect(await shownCards(page)).toEqual(all);
    });
  }
});

describe('the referral sheet', () => {
  // The sheet with the most services is the one that could outgrow two pages.
  const sheets = provinces().map((p) => routeOf.provincePrint(p.id));
  const busiest = builtPages()
    .filter((p) => sheets.includes(p.path))
    .map((p) => ({ page: p, cards: p.doc.querySelectorAll('[data-provider-card]').length }))
    .sort((a, b) => b.cards - a.cards)[0]!;

  it('prints on one or two A4 pages with no navigation, even for the busiest province', async () => {
    expect(busiest.cards).toBeGreaterThan(1);
    const page = await (await h.context()).newPage();
    await page.goto(busiest.page.path);
    await page.emulateMedia({ media: 'print' });
    const file = join(out, 'sheet.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages, `${busiest.page.path} (${busiest.cards} services)`).toBeGreaterThanOrEqual(1);
    expect(pages, `${busiest.page.path} (${busiest.cards} services)`).toBeLessThanOrEqual(2);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const heading = busiest.page.doc.querySelector('h1')!.text.trim();
    expect(text.replace(/\s+/g, ' ')).toContain(heading.replace(/\s+/g, ' '));
    expect(text).not.toContain('Thoát nhanh');
  });
});

describe('the tile map', () => {
  it('is reached and followed with the keyboard, without JavaScript', async () => {
    const page = await (await h.context({ javaScriptEnabled: false })).newPage();
    await page.goto(routes.directory);
    const first = page.locator('[data-tile-map] a[data-tile]').first();
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tile'))).toBe(
      await first.getAttribute('data-tile'),
    );
    // Tab moves tile to tile, in the order of the list.
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-tile'));
    expect(second).toBe(
      await page.locator('[data-tile-map] a[data-tile]').nth(1).getAttribute('data-tile'),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === routeOf.province(second!));
  });

  it('prints with every tile', async () => {
    const page = await (await h.context()).newPage();
    await page.goto(routes.directory);
    const pdf = join(out, 'map.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', [pdf, '-']).toString();
    // Tile labels are split over two lines; each tile's first line is in the printed text.
    const firstLines = await page
      .locator('[data-tile-map] a[data-tile] text.name:first-of-type')
      .allTextContents();
    expect(firstLines).toHaveLength(provinces().length);
    const missing = firstLines.filter((line) => !text.includes(line.trim()));
    expect(missing).toEqual([]);
  });
});
