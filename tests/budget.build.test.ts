// Weight budgets over dist/: a reader on prepaid data pays for every byte.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { localizePath } from '../src/lib/paths.ts';
import { chosenFiles, type OfflineBundle } from '../src/lib/offline-bundle.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { builtPages, distDir } from './support/dist.ts';

/** The folder of Pagefind's files. */
const pagefindDir = routes.pagefind.replace(/[^/]+$/, '');

const KB = 1024;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The bytes a page costs before the reader does anything: HTML, its CSS, its start-up JS. */
function firstView(path: string) {
  const page = builtPages().find((p) => p.path === path)!;
  const css = page.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => `${distDir}${l.getAttribute('href')}`);
  const js = page.doc
    .querySelectorAll('script[src]')
    .map((s) => `${distDir}${s.getAttribute('src')}`);
  const jsBytes = js.reduce((sum, f) => sum + gz(f), 0);
  return { total: gz(page.file) + css.reduce((sum, f) => sum + gz(f), 0) + jsBytes, js: jsBytes };
}

describe('byte budgets', () => {
  // Print editions are meant to be heavy: they hold the whole handbook.
  const pages = builtPages().filter((p) => !p.path.includes('/ban-in/'));
  const views = pages.map((p) => ({ path: p.path, ...firstView(p.path) }));

  it('every page’s first view is at most 40 KB gzipped', () => {
    const largest = [...views].sort((a, b) => b.total - a.total).slice(0, 5);
    console.log(
      'largest first views (gzipped):',
      largest.map((v) => `${v.path} ${(v.total / KB).toFixed(1)} KB`).join(', '),
    );
    expect(views.filter((v) => v.total > 40 * KB).map((v) => v.path)).toEqual([]);
  });

  // On one bar of signal each stylesheet in <head> is a round trip before any
  // text shows. The site ships one (vite.build.cssCodeSplit: false).
  it('no page links more than one stylesheet before its content', () => {
    const counts = builtPages().map((p) => {
      const beforeMain = p.html.split(/<main[\s>]/)[0]!;
      return {
        path: p.path,
        sheets: (beforeMain.match(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/g) ?? []).length,
        imports: (beforeMain.match(/@import\b/g) ?? []).length,
      };
    });
    const many = counts.filter((c) => c.sheets + c.imports > 1);
    expect(many.map((c) => `${c.path}: ${c.sheets} stylesheets, ${c.imports} @import`)).toEqual([]);
    // And it can fail: the test reads the links pages really have.
    expect(counts.every((c) => c.sheets === 1)).toBe(true);
  });

  it('JavaScript loaded at start is at most 15 KB gzipped on every page', () => {
    expect(views.filter((v) => v.js > 15 * KB).map((v) => `${v.path}: ${v.js}`)).toEqual([]);
  });

  // Each script file is a request, and on a 400 ms round trip thirteen small
  // ones cost more than their bytes: every page loads the one site script
  // (src/client/site.ts), which pulls in no further file.
  it('every page loads one script file at start, which imports no other', () => {
    const scripts = builtPages().map((p) => ({
      path: p.path,
      src: p.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    }));
    expect(
      scripts.filter((s) => s.src.length !== 1).map((s) => `${s.path}: ${s.src.join(', ')}`),
    ).toEqual([]);
    const files = [...new Set(scripts.flatMap((s) => s.src))];
    expect(files).toHaveLength(1);
    const code = readFileSync(`${distDir}${files[0]}`, 'utf8');
    // A static import of another chunk would be a second round trip.
    expect(code.match(/\bimport\s*(?:[\w{}*\s,]+from\s*)?["'][^"']+["']/g) ?? []).toEqual([]);
  });

  // The base bundle is what most readers save; every province is for caseworkers.
  // Raised on 2026-11-29 (1.5 → 1.75 MB, 2 → 3 MB) when every page gained its dated
  // sources, the word list and its meanings, the help box for readers abroad, the
  // national block on each province page, printed full addresses, and the directory
  // grew from 15 to 40 places. Most of that is content readers need; the printed
  // addresses (a data attribute on every link) are the first thing to take back.
  it('"Save for offline" downloads under 1.75 MB for Vietnamese, 3 MB with every province', () => {
    const bundle = JSON.parse(
      readFileSync(`${distDir}${routeOf.offlineBundle('vi')}`, 'utf8'),
    ) as OfflineBundle;
    const most = chosenFiles(bundle, '*').reduce((sum, f) => sum + f.bytes, 0);
    console.log(
      `Save for offline (vi): ${(bundle.bytes / KB).toFixed(0)} KB; with every province ${(most / KB).toFixed(0)} KB`,
    );
    expect(bundle.bytes).toBeLessThan(1.75 * 1024 * KB);
    expect(most).toBeLessThan(3 * 1024 * KB);
    expect(bundle.files.some((f) => f.url.startsWith(pagefindDir))).toBe(true);
    expect(Object.keys(bundle.provinces)).toHaveLength(34);
  });

  it('each language’s offline bundle holds only that language’s pages', () => {
    const others = localeCodes
      .filter((code) => code !== defaultLocale)
      .map((code) => localizePath(code, routes.home));
    for (const code of localeCodes) {
      const bundle = JSON.parse(
        readFileSync(`${distDir}${routeOf.offlineBundle(code)}`, 'utf8'),
      ) as {
        files: { url: string }[];
      };
      const pagesOf = bundle.files.filter((f) => f.url.endsWith('/')).map((f) => f.url);
      const foreign = pagesOf.filter((url) =>
        code === defaultLocale
          ? others.some((home) => url.startsWith(home))
          : !url.startsWith(localizePath(code, routes.home)),
      );
      expect(foreign, code).toEqual([]);
    }
  });
});
