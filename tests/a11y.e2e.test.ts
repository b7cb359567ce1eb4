// Accessibility over every page template, in Vietnamese and in a fallback
// language: axe with WCAG 2.2 AA rules (and label-in-name), no sideways scrolling at 320 px, and
// focus never hidden under the fixed quick-exit button.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../src/lib/routes.ts';
import { startHarness, type Harness } from './support/browser.ts';
import { templatePathsIn } from './support/templates.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** One page of each template, in vi and ko. */
const paths = templatePathsIn('ko');

async function open(path: string, width = 390): Promise<Page> {
  const ctx = await h.context({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(path, { waitUntil: 'load' });
  // Unfold the province filter so its radios are checked too. (The language
  // menu stays shut: open, it covers the controls below it, as a menu should.)
  await page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('[data-type-filter]'))
      details.open = true;
  });
  return page;
}

describe('accessibility', () => {
  it('covers every template', () => {
    expect(paths.length).toBeGreaterThanOrEqual(30);
  });

  // One test per page, so each has its own time limit and a failure names its page.
  for (const path of paths) {
    it(`has no axe violations (WCAG 2.2 AA) on ${path}`, async () => {
      const page = await open(path);
      const results = await new AxeBuilder({ page })
        // Label in name (WCAG 2.5.3): axe marks this rule experimental and
        // leaves it off unless asked. A call control's name must start with
        // the words it shows ("Gọi 111"), for readers who speak to their phone.
        .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      await page.context().close();
      expect(
        results.violations.map(
          (v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
        ),
      ).toEqual([]);
    });
  }

  it('never scrolls sideways at 320 px', async () => {
    const wide: string[] = [];
    for (const path of paths) {
      const page = await open(path, 320);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
      await page.context().close();
    }
    expect(wide).toEqual([]);
  }, 480_000);

  it('keeps every focused element clear of the quick-exit button', async () => {
    const page = await open(routes.handbook, 320);
    const hidden: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el.matches('[data-quick-exit]') || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const exit = document.querySelector('[data-quick-exit]')!.getBoundingClientRect();
        const overlaps =
          r.bottom > exit.top && r.top < exit.bottom && r.right > exit.left && r.left < exit.right;
        const visible = r.top >= 0 && r.bottom <= innerHeight;
        return overlaps || !visible ? `${el.tagName} ${el.textContent?.trim().slice(0, 30)}` : null;
      });
      if (covered) hidden.push(covered);
    }
    expect(hidden).toEqual([]);
  });
});
