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
    // Its own list: the national block on every page holds cards too.
    const listed = (id: string) =>
      page(`/dich-vu/${id}/`).doc.querySelector('[data-directory] [data-provider-card]');
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
        !p.doc.querySelector('[data-directory] [data-provider-card]'),
    );
    expect(empty.length).toBeGreaterThan(0);
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

describe('no province is a dead end', () => {
  const provinceIds = readdirSync('content/provinces').map((f) => f.replace('.yaml', ''));
  it('every province page and referral sheet shows the national block, with its lines and nationwide places', () => {
    const lines = ['vn-111', 'vn-mofa-citizen'].map(
      (id) =>
        `tel:${(parseYaml(readFileSync(`content/hotlines/${id}.yaml`, 'utf8')) as { dial: string }).dial}`,
    );
    const nationwide = readdirSync('content/providers')
      .filter((f) => f.endsWith('.mdx'))
      .filter((f) => /^nationwide: true$/m.test(readFileSync(`content/providers/${f}`, 'utf8')))
      .map((f) => f.replace('.mdx', ''));
    expect(nationwide.length).toBeGreaterThan(0);
    const problems = provinceIds.flatMap((id) =>
      [`/dich-vu/${id}/`, `/dich-vu/${id}/ban-in/`, `/en/dich-vu/${id}/`].flatMap((path) => {
        const block = page(path).doc.querySelector('[data-national]');
        if (!block) return [`${path}: no national block`];
        const missing = lines.filter((href) => !block.querySelector(`a[href="${href}"]`));
        // A province's own nationwide places are in its own list, not repeated.
        const places = nationwide.filter(
          (p) => !page(path).html.includes(`data-provider-card="${p}"`),
        );
        return [
          ...missing.map((m) => `${path}: no ${m}`),
          ...places.map((p) => `${path}: nationwide place ${p} missing`),
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the referral sheet has blanks for the referrer and the appointment, and the site address as text', () => {
    const sheet = page(`/dich-vu/${provinceIds[0]}/ban-in/`);
    expect(sheet.doc.querySelectorAll('[data-referral-blanks] .blank')).toHaveLength(3);
    expect(sheet.doc.querySelector('.online')?.text).toMatch(
      new RegExp(`https?://[^ ]+/dich-vu/${provinceIds[0]}/`),
    );
  });

  it('every province and provider page links to the editors to report a mistake', () => {
    const missing = builtPages()
      .filter((p) =>
        /^\/(?:[a-z]{2}\/)?dich-vu\/(?!ban-in\/)[^/]+\/(?:(?!ban-in\/)[^/]+\/)?$/.test(p.path),
      )
      .filter((p) => !p.doc.querySelector('a[data-report]'))
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('the call sheet lists every unconfirmed or old listed place, oldest evidence first', () => {
    const sheet = page('/to-chuc/goi-xac-nhan/');
    const listed = sheet.doc
      .querySelectorAll('[data-call]')
      .map((li) => li.getAttribute('data-call')!);
    const files = readdirSync('content/providers')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const front = readFileSync(`content/providers/${f}`, 'utf8');
        return {
          id: f.replace('.mdx', ''),
          status: /^status: (\w+)$/m.exec(front)?.[1],
          verified: /^verified: (\S+)$/m.exec(front)?.[1] ?? '',
        };
      });
    const due = files.filter((f) => f.status === 'unverified');
    expect(due.length).toBeGreaterThan(0);
    for (const f of due) expect(listed, f.id).toContain(f.id);
    expect(listed.some((id) => files.find((f) => f.id === id)?.status === 'historic')).toBe(false);
    const dates = listed.map((id) => files.find((f) => f.id === id)!.verified);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('the tile map', () => {
  it('shows all 34 provinces as links with their counts, as a list, in every language', () => {
    for (const locale of localeCodes) {
      const home = page(localizePath(locale, '/dich-vu/'));
      const tiles = home.doc.querySelectorAll(
        '[data-tile-map] svg[role=list] [role=listitem] a[data-tile]',
      );
      expect(tiles, locale).toHaveLength(provinces.length);
      for (const tile of tiles) {
        const id = tile.getAttribute('data-tile')!;
        expect(tile.getAttribute('href')).toBe(localizePath(locale, `/dich-vu/${id}/`));
        const count = tile.querySelector('.count')!.text.trim();
        // The count is the province page's own list.
        const listed = page(localizePath(locale, `/dich-vu/${id}/`)).doc.querySelectorAll(
          '[data-directory] [data-provider-card]',
        ).length;
        expect(Number(count), id).toBe(listed);
        expect(tile.getAttribute('aria-label')).toContain(count);
      }
    }
  });
});
