// `npm run bench:search`: each language's search index size, and the median
// time from typing a query to the first results in Chromium, over a fixed
// list of queries. A benchmark to compare runs, not a test.
import { routes } from '../src/lib/routes.ts';
import { readdir, stat } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { localeCodes, locales } from '../src/i18n/locales.ts';
import { median } from '../src/lib/median.ts';
import { localizePath } from '../src/lib/paths.ts';
import { chromiumArgs } from '../tests/support/browser.ts';
import { chromiumPath } from '../tests/support/require-chromium.ts';
import { serve } from './serve.ts';

const queries: Record<string, string[]> = {
  vi: [
    'duong day nong',
    'đường dây nóng',
    'dang ky khai sinh',
    'tro giup phap ly',
    'ha giang',
    'buon nguoi',
    'suc khoe',
    'ho chieu',
  ],
  en: ['helpline', 'legal aid', 'passport', 'health', 'birth registration'],
  ko: ['상담', 'helpline', 'Korea'],
  zh: ['求助', 'helpline', 'China'],
};
const runs = 3;

async function indexBytes(lang: string): Promise<number> {
  const files = await readdir('dist/pagefind', { recursive: true });
  const mine = files.filter((f) => new RegExp(`(^|/)(pagefind\\.)?${lang}_`).test(f));
  const sizes = await Promise.all(mine.map(async (f) => (await stat(`dist/pagefind/${f}`)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

const server = await serve('dist');
// The browser tests' Chromium and flags, so the benchmark measures what they run.
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  console.log('locale  index size  median first results (ms)  queries');
  for (const locale of localeCodes) {
    const page = await browser.newPage();
    await page.goto(`${server.url}${localizePath(locale, routes.search)}`);
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      for (const query of queries[locale] ?? []) {
        const ms = await page.evaluate(async (q) => {
          const input = document.querySelector<HTMLInputElement>('#q')!;
          const list = document.querySelector('[data-search-results]')!;
          const status = document.querySelector('[data-search-status]')!;
          list.replaceChildren();
          status.textContent = '';
          const start = performance.now();
          input.value = q;
          input.dispatchEvent(new Event('input'));
          await new Promise<void>((done) => {
            const check = () =>
              status.textContent && !/…$/.test(status.textContent)
                ? done()
                : requestAnimationFrame(check);
            check();
          });
          return performance.now() - start;
        }, query);
        times.push(ms);
      }
    }
    const lang = locales[locale].lang.toLowerCase();
    const kb = ((await indexBytes(lang)) / 1024).toFixed(0);
    console.log(
      `${locale.padEnd(6)}  ${`${kb} KB`.padEnd(10)}  ${median(times).toFixed(0).padEnd(27)}  ${(queries[locale] ?? []).length}`,
    );
    await page.close();
  }
  console.log('(Times include the 250 ms pause the search box waits for typing to stop.)');
} finally {
  await browser.close();
  await server.close();
}
