// Reading aids that only a browser can show: the Listen button appears only
// when the phone has a voice for the page's language, and reads numbers digit by digit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useStrings } from '../src/i18n/ui/index.ts';
import { routeOf } from '../src/lib/routes.ts';
import { startHarness, type Harness } from './support/browser.ts';
import { firstChapter, firstChapterWhose } from './support/pick.ts';

const t = useStrings('vi');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Replace the browser's speech engine with one that has these voices and records what it says. */
function fakeSpeech(langs: string[]) {
  return `(() => {
    const voices = ${JSON.stringify(langs)}.map((lang) => ({ lang, name: 'test ' + lang, localService: true }));
    window.__spoken = [];
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } addEventListener() {} };
    Object.defineProperty(window, 'speechSynthesis', { value: {
      speaking: false,
      getVoices: () => voices,
      addEventListener: () => {},
      speak: (u) => window.__spoken.push(u.text),
      cancel: () => {},
    } });
  })();`;
}

describe('the Listen button', () => {
  it('is shown when a Vietnamese voice exists, and reads 111 as one one one', async () => {
    const ctx = await h.context();
    await ctx.addInitScript(fakeSpeech(['en-US', 'vi-VN']));
    const page = await ctx.newPage();
    // A chapter that gives the 111 line, whichever comes first.
    const chapter = firstChapterWhose((body) => body.includes('<Hotline id="vn-111"'), 'gives 111');
    await page.goto(routeOf.chapter(chapter.slug));
    const button = page.locator('[data-listen]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const spoken = (
      await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)
    ).join(' ');
    expect(spoken).toContain('1 1 1');
    expect(spoken).toContain(await page.locator('h2').first().innerText());
    // Its label now says what the next press does, with no pressed state besides.
    expect(await button.innerText()).toBe(t['listen.stop']);
    expect(await button.getAttribute('aria-pressed')).toBeNull();
  });

  it('is absent when no voice speaks the page’s language', async () => {
    const ctx = await h.context();
    await ctx.addInitScript(fakeSpeech(['en-US']));
    const page = await ctx.newPage();
    await page.goto(routeOf.chapter(firstChapter().slug));
    await page.waitForLoadState('load');
    expect(await page.locator('[data-listen]').isVisible()).toBe(false);
  });
});
