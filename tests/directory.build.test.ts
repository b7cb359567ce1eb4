// The directory over the built site: every province in every language,
// former names shown, and every provider with a source and verified date.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../src/i18n/locales.ts';
import { localizePath } from '../src/lib/paths.ts';
import { builtPages, page } from './support/dist.ts';

const provinces = readdirSync('content/provinces').map((f) => f.replace('.yaml', ''));

describe('the directory', () => {
  it('has a page and a referral sheet for all 34 provinces in every language', () => {
    expect(provinces).toHaveLength(34);
    const missing = localeCodes.flatMap((code) =>
      provinces.flatMap((id) =>
        [`/dich-vu/${id}/`, `/dich-vu/${id}/ban-in/`]
          .map((path) => localizePath(code, path))
          .filter((path) => !builtPages().some((p) => p.path === path)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('lists former provinces under the province they are now part of', () => {
    expect(page('/dich-vu/tuyen-quang/').doc.querySelector('main')!.text).toContain('Hà Giang');
    expect(page('/dich-vu/an-giang/').doc.querySelector('main')!.text).toContain('Kiên Giang');
    const home = page('/dich-vu/').doc;
    const anGiang = home.querySelector('li[data-names*="kien giang"] a');
    expect(anGiang?.getAttribute('href')).toBe('/dich-vu/an-giang/');
  });

  it('points a province with no services to the provinces of its region that have some', () => {
    const links = (path: string) =>
      page(path)
        .doc.querySelectorAll('[data-nearby] a')
        .map((a) => a.getAttribute('href'));
    // Cases come from the data: an empty province, and the listed ones of its region.
    const provinces = readdirSync('content/provinces').map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      ...(parseYaml(readFileSync(`content/provinces/${f}`, 'utf8')) as {
        region: string;
        name: { vi: string };
      }),
    }));
    const listed = (id: string) =>
      page(`/dich-vu/${id}/`).doc.querySelector('[data-provider-card]');
    const empty = provinces.find(
      (p) => !listed(p.id) && provinces.some((q) => q.region === p.region && listed(q.id)),
    )!;
    expect(empty, 'a province with no services beside one with some').toBeDefined();
    const neighbours = provinces
      .filter((q) => q.region === empty.region && listed(q.id))
      .map((q) => ({ path: `/dich-vu/${q.id}/`, name: q.name.vi }));
    expect([...links(`/dich-vu/${empty.id}/`)].sort()).toEqual(
      neighbours.map((n) => n.path).sort(),
    );
    expect([...links(`/en/dich-vu/${empty.id}/`)].sort()).toEqual(
      neighbours.map((n) => `/en${n.path}`).sort(),
    );
    // The printed sheet names them, as paper has no links.
    const sheet = page(`/dich-vu/${empty.id}/ban-in/`).doc.querySelector('[data-nearby]')?.text;
    for (const n of neighbours) expect(sheet).toContain(n.name);
    // A province with its own services needs no detour.
    expect(links(neighbours[0]!.path)).toEqual([]);
  });

  it('tells readers how to be connected where no provider is listed yet', () => {
    const empty = builtPages().filter(
      (p) =>
        /^\/dich-vu\/(?!ban-in\/)[^/]+\/$/.test(p.path) &&
        !p.doc.querySelector('[data-provider-card]'),
    );
    for (const p of empty)
      expect(p.doc.querySelector('[data-no-providers]'), p.path).not.toBeNull();
  });

  it('shows every provider with a verified date and its sources', () => {
    const providerPages = builtPages().filter((p) =>
      /^\/dich-vu\/[^/]+\/(?!ban-in)[^/]+\/$/.test(p.path),
    );
    expect(providerPages.length).toBeGreaterThan(0);
    const problems = providerPages.filter(
      (p) =>
        !p.doc.querySelector('time[datetime]') ||
        p.doc.querySelectorAll('a[rel="noreferrer"][href^="http"]').length === 0,
    );
    expect(problems.map((p) => p.path)).toEqual([]);
  });

  it('flags unconfirmed and old entries on screen and on paper', () => {
    for (const path of ['/dich-vu/can-tho/', '/dich-vu/can-tho/ban-in/', '/en/dich-vu/can-tho/']) {
      const card = page(path).doc.querySelector('[data-provider-card="viet-han-can-tho"]');
      expect(
        card?.querySelector('[data-provider-flags]')?.getAttribute('data-provider-flags'),
        path,
      ).toBe('unverified stale');
    }
  });

  it('keeps past programmes off the province list but explains them on their own page', () => {
    const list = page('/dich-vu/an-giang/').doc;
    expect(list.querySelector('[data-provider-card="nha-nhan-ai-long-xuyen"]')).not.toBeNull();
    expect(list.querySelector('[data-provider-card="trung-tam-danh-gia-an-giang"]')).toBeNull();
    const own = page('/dich-vu/an-giang/trung-tam-danh-gia-an-giang/').doc;
    expect(own.querySelector('[data-flag="historic"]')).not.toBeNull();
  });
});
