import { describe, expect, it } from 'vitest';
import {
  isHashedPath,
  mayKeepFile,
  mayKeepVisit,
  offlinePathFor,
  precacheLookupPath,
  shellLocales,
  urlForFile,
  visitsToDrop,
} from './offline-paths.ts';

describe('service worker paths', () => {
  it("drops Pagefind's cache-busting ts parameter only", () => {
    expect(precacheLookupPath(new URL('http://x/pagefind/pagefind-entry.json?ts=123'))).toBe(
      '/pagefind/pagefind-entry.json',
    );
    expect(precacheLookupPath(new URL('http://x/a/?q=1&ts=2'))).toBe('/a/?q=1');
  });
  it('finds the offline page in the language asked for', () => {
    expect(offlinePathFor('/ko/so-tay/x/')).toBe('/ko/ngoai-tuyen/');
    expect(offlinePathFor('/so-tay/x/')).toBe('/ngoai-tuyen/');
    expect(offlinePathFor('/english/')).toBe('/ngoai-tuyen/');
  });
  it('maps built files to the URLs readers use', () => {
    expect(urlForFile('en/so-tay/index.html')).toBe('/en/so-tay/');
    expect(urlForFile('index.html')).toBe('/');
    expect(urlForFile('_astro/a.css')).toBe('/_astro/a.css');
  });
  it('knows which files never change under the same name', () => {
    expect(isHashedPath('/_astro/BaseLayout.abc.css')).toBe(true);
    expect(isHashedPath('/pagefind/fragment/vi_3b6aea0.pf_fragment')).toBe(true);
    expect(isHashedPath('/pagefind/pagefind.vi_c8b121d348.pf_meta')).toBe(true);
    expect(isHashedPath('/pagefind/pagefind-entry.json')).toBe(false);
    expect(isHashedPath('/icon.svg')).toBe(false);
  });
});

describe('what the worker keeps', () => {
  it('keeps a page read online by its path only, never a query or the search page', () => {
    expect(mayKeepVisit(new URL('http://x/so-tay/chao-mung/'))).toBe(true);
    expect(mayKeepVisit(new URL('http://x/so-tay/?a=1'))).toBe(false);
    expect(mayKeepVisit(new URL('http://x/tim-kiem/'))).toBe(false);
    expect(mayKeepVisit(new URL('http://x/en/tim-kiem/'))).toBe(false);
    expect(mayKeepVisit(new URL('http://x/tim-kiem/?q=nha+tam+lanh'))).toBe(false);
  });
  it('keeps the site’s own assets at run time, never a search index file', () => {
    expect(mayKeepFile('/_astro/index.abc.css')).toBe(true);
    expect(mayKeepFile('/icon-192.png')).toBe(true);
    expect(mayKeepFile('/pagefind/fragment/vi_abc.pf_fragment')).toBe(false);
    expect(mayKeepFile('/pagefind/pagefind.js')).toBe(false);
    expect(mayKeepFile('/offline/vi.json')).toBe(false);
  });
  it('drops visits older than the limit, then the oldest beyond the count', () => {
    const day = 24 * 60 * 60 * 1000;
    const now = 100 * day;
    const visits = [
      { key: 'old', storedAt: now - 31 * day },
      { key: 'a', storedAt: now - 3 * day },
      { key: 'b', storedAt: now - 2 * day },
      { key: 'c', storedAt: now - 1 * day },
    ];
    expect(visitsToDrop(visits, now, { pages: 2, days: 30 })).toEqual(['old', 'a']);
    expect(visitsToDrop(visits, now, { pages: 60, days: 30 })).toEqual(['old']);
    expect(visitsToDrop([{ key: 'unknown', storedAt: 0 }], now)).toEqual(['unknown']);
  });
});

describe('shellLocales', () => {
  it('keeps the language of the first visit only', () => {
    expect(shellLocales([], ['/en/so-tay/'])).toEqual(['en']);
    expect(shellLocales([], ['/dich-vu/'])).toEqual(['vi']);
  });
  it('keeps what it kept, whatever is read later', () => {
    expect(shellLocales(['/', '/an-toan/'], ['/ko/'])).toEqual(['vi']);
    expect(shellLocales(['/en/', '/zh/'], [])).toEqual(['en', 'zh']);
  });
  it('falls back to Vietnamese with nothing kept and nothing open', () => {
    expect(shellLocales([], [])).toEqual(['vi']);
  });
});
