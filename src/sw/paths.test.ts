import { describe, expect, it } from 'vitest';
import { isHashedPath, offlinePathFor, precacheLookupPath, urlForFile } from './paths.ts';

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
