// `npm run bench:lighthouse`: Lighthouse 13 in Debian's Chromium, median of 3
// runs, with mobile defaults and with a slow profile (400 ms RTT, 400 Kbps,
// 6× CPU), on the home page, a handbook chapter, a province page and search.
import { routeOf, routes } from '../src/lib/routes.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../src/lib/median.ts';
import { chromiumArgs } from '../tests/support/browser.ts';
import { chromiumPath } from '../tests/support/require-chromium.ts';
import { serve } from './serve.ts';

const pages = [
  routes.home,
  routeOf.chapter('chao-mung'),
  routeOf.province('an-giang'),
  routes.search,
];
const runs = 3;
// The browser tests' flags, so Lighthouse's Chromium behaves as theirs does.
const chromeFlags = chromiumArgs.join(' ');
const profiles: Record<string, string[]> = {
  mobile: [],
  slow: [
    '--throttling-method=simulate',
    '--throttling.rttMs=400',
    '--throttling.throughputKbps=400',
    '--throttling.cpuSlowdownMultiplier=6',
  ],
};

interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

// Asynchronous on purpose: the server answering Lighthouse runs in this process.
const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 've-nha-lh-'));
const server = await serve('dist');
try {
  console.log(
    'profile  page                 perf  a11y  best  seo   LCP ms  TBT ms  CLS    bytes KB',
  );
  for (const [profile, flags] of Object.entries(profiles)) {
    for (const path of pages) {
      const reports: Report[] = [];
      for (let i = 0; i < runs; i += 1) {
        const file = join(out, `r${i}.json`);
        await run(
          'lighthouse',
          [
            `${server.url}${path}`,
            '--quiet',
            '--only-categories=performance,accessibility,best-practices,seo',
            `--chrome-flags=${chromeFlags}`,
            '--output=json',
            `--output-path=${file}`,
            ...flags,
          ],
          {
            env: { ...process.env, CHROME_PATH: chromiumPath },
          },
        );
        reports.push(JSON.parse(readFileSync(file, 'utf8')) as Report);
      }
      const score = (c: string) =>
        String(Math.round(median(reports.map((r) => r.categories[c]!.score)) * 100)).padEnd(4);
      const audit = (a: string) => median(reports.map((r) => r.audits[a]!.numericValue));
      console.log(
        `${profile.padEnd(7)}  ${path.padEnd(19)}  ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')}  ${audit('largest-contentful-paint').toFixed(0).padEnd(6)}  ${audit('total-blocking-time').toFixed(0).padEnd(6)}  ${audit('cumulative-layout-shift').toFixed(3)}  ${(audit('total-byte-weight') / 1024).toFixed(1)}`,
      );
    }
  }
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
