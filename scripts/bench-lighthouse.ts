// `npm run bench:lighthouse`: Lighthouse 13 in Debian's Chromium, median of 3
// runs per page (`-- --runs=N` to change), in one run of the script:
//   1. the slow profile (400 ms RTT, 400 Kbps, 6× CPU: a cheap phone on one
//      bar of signal) for each page type (home, a chapter, a province, search,
//      hotlines) and for a bare copy of the same chapter that this script makes
//      itself (the chapter's own HTML with no CSS and no JS), side by side with
//      each page's gap to the bare copy: the floor no styling can beat;
//   2. the default mobile profile's four category scores for each page type.
// The machine's load average is printed before and after, since Lighthouse's
// simulated figures still rest on measured CPU time.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { median } from '../src/lib/median.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { chromiumArgs } from '../tests/support/browser.ts';
import { chromiumPath } from '../tests/support/require-chromium.ts';
import { HASHES_FILE } from './security-headers.ts';
import { serve } from './serve.ts';

const chapter = routeOf.chapter('nhung-ngay-dau');
const pages: [string, string][] = [
  ['home', routes.home],
  ['chapter', chapter],
  ['province', routeOf.province('ha-noi')],
  ['search', routes.search],
  ['hotlines', routes.hotlines],
];
// `-- --runs=1` for a quick look; the figures to report are the median of 3.
const runs = Number(/^--runs=(\d+)$/.exec(process.argv[2] ?? '')?.[1] ?? 3);
// The browser tests' flags, so Lighthouse's Chromium behaves as theirs does.
const chromeFlags = chromiumArgs.join(' ');
const slow = [
  '--throttling-method=simulate',
  '--throttling.rttMs=400',
  '--throttling.throughputKbps=400',
  '--throttling.cpuSlowdownMultiplier=6',
];

interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

/**
 * The chapter as bare HTML: its <main> with every script, style, stylesheet
 * and style attribute taken out, under a minimal head (charset, viewport,
 * title). What is left is the text a reader came for and nothing else.
 */
function bareCopy(distFile: string): string {
  const doc = parse(readFileSync(distFile, 'utf8'));
  const main = doc.querySelector('main');
  if (!main) throw new Error(`${distFile} has no <main>: cannot make the bare copy.`);
  for (const el of main.querySelectorAll('script, style, link, noscript')) el.remove();
  for (const el of main.querySelectorAll('[style]')) el.removeAttribute('style');
  const lang = doc.querySelector('html')?.getAttribute('lang') ?? 'vi';
  const title = doc.querySelector('title')?.text ?? '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${main.outerHTML}</body></html>`;
}

// Asynchronous on purpose: the servers answering Lighthouse run in this process.
const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 've-nha-lh-'));
const bareDir = join(out, 'bare');
mkdirSync(bareDir);
writeFileSync(join(bareDir, 'index.html'), bareCopy(`dist${chapter}index.html`));
writeFileSync(join(bareDir, HASHES_FILE), JSON.stringify({ scripts: [], styles: [] }));

async function lighthouse(url: string, flags: string[]): Promise<Report[]> {
  const reports: Report[] = [];
  for (let i = 0; i < runs; i += 1) {
    const file = join(out, `r${i}.json`);
    const args = [
      url,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags}`,
      '--output=json',
      `--output-path=${file}`,
      ...flags,
    ];
    // On a loaded machine Lighthouse now and then loses its trace (NO_NAVSTART,
    // "Please run Lighthouse again"): run it again, up to twice.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await run('lighthouse', args, { env: { ...process.env, CHROME_PATH: chromiumPath } });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        console.log(`  (Lighthouse failed on ${url}, attempt ${attempt}; running it again)`);
      }
    }
    reports.push(JSON.parse(readFileSync(file, 'utf8')) as Report);
  }
  return reports;
}

const audit = (reports: Report[], id: string) =>
  median(reports.map((r) => r.audits[id]!.numericValue));
const score = (reports: Report[], id: string) =>
  Math.round(median(reports.map((r) => r.categories[id]!.score)) * 100);
const signed = (n: number, digits: number) => `${n >= 0 ? '+' : ''}${n.toFixed(digits)}`;
const cell = (value: string | number, width: number) => String(value).padStart(width);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const server = await serve('dist');
const bareServer = await serve(bareDir);
try {
  console.log(`Load average before: ${load()} (2 cores shared)`);
  const started = Date.now();

  interface Slow {
    name: string;
    lcp: number;
    fcp: number;
    tbt: number;
    kb: number;
  }
  const slowRows: Slow[] = [];
  const slowRow = (name: string, reports: Report[]): Slow => ({
    name,
    lcp: audit(reports, 'largest-contentful-paint'),
    fcp: audit(reports, 'first-contentful-paint'),
    tbt: audit(reports, 'total-blocking-time'),
    kb: audit(reports, 'total-byte-weight') / 1024,
  });
  for (const [name, path] of pages)
    slowRows.push(slowRow(`${name} ${path}`, await lighthouse(`${server.url}${path}`, slow)));
  const bare = slowRow(
    `bare chapter (${chapter}, no CSS/JS)`,
    await lighthouse(`${bareServer.url}/`, slow),
  );

  const width = Math.max(...[...slowRows, bare].map((r) => r.name.length));
  console.log(
    `\nSlow profile (400 ms RTT, 400 Kbps, 6× CPU), median of ${runs}; gap = page − bare chapter`,
  );
  console.log(
    `${'page'.padEnd(width)}  ${cell('LCP ms', 7)}  ${cell('FCP ms', 7)}  ${cell('TBT ms', 7)}  ${cell('KB', 6)}  ${cell('LCP gap', 8)}  ${cell('FCP gap', 8)}  ${cell('KB gap', 7)}  LCP ≤ bare + 300 ms`,
  );
  const line = (r: Slow, gaps: boolean) =>
    console.log(
      `${r.name.padEnd(width)}  ${cell(r.lcp.toFixed(0), 7)}  ${cell(r.fcp.toFixed(0), 7)}  ${cell(r.tbt.toFixed(0), 7)}  ${cell(r.kb.toFixed(1), 6)}  ${
        gaps
          ? `${cell(signed(r.lcp - bare.lcp, 0), 8)}  ${cell(signed(r.fcp - bare.fcp, 0), 8)}  ${cell(signed(r.kb - bare.kb, 1), 7)}  ${r.lcp - bare.lcp <= 300 ? 'yes' : 'no'}`
          : `${cell('', 8)}  ${cell('', 8)}  ${cell('', 7)}`
      }`,
    );
  for (const r of slowRows) line(r, true);
  line(bare, false);

  console.log(`\nDefault mobile profile (Lighthouse's own throttling), median of ${runs}`);
  console.log(
    `${'page'.padEnd(width)}  ${cell('perf', 4)}  ${cell('a11y', 4)}  ${cell('best', 4)}  ${cell('seo', 4)}`,
  );
  for (const [name, path] of pages) {
    const reports = await lighthouse(`${server.url}${path}`, []);
    console.log(
      `${`${name} ${path}`.padEnd(width)}  ${cell(score(reports, 'performance'), 4)}  ${cell(score(reports, 'accessibility'), 4)}  ${cell(score(reports, 'best-practices'), 4)}  ${cell(score(reports, 'seo'), 4)}`,
    );
  }
  console.log(
    `\nLoad average after: ${load()}; ${((Date.now() - started) / 60_000).toFixed(1)} min`,
  );
} finally {
  await server.close();
  await bareServer.close();
  rmSync(out, { recursive: true, force: true });
}
