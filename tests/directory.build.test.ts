// The directory over the built site: every province in every language,
// former names shown, and every provider with a source and verified date.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../src/i18n/locales.ts';
import { buildDate } from '../src/lib/build-date.ts';
import { fold } from '../src/lib/fold.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { providerFlags } from '../src/lib/stale.ts';
import { builtPages, page } from './support/dist.ts';
import {
  formerNames,
  listedIn,
  providerWithFlag,
  providers as providerCases,
  provinces as provinceCases,
} from './support/pick.ts';

const provinces = readdirSync('content/provinces').map((f) => f.replace('.yaml', ''));

describe('the directory', () => {
  it('has a page and a referral sheet for all 34 provinces in every language', () => {
    expect(provinces).toHaveLength(34);
    const missing = localeCodes.flatMap((code) =>
      provinces.flatMap((id) =>
        [routeOf.province(id), routeOf.provincePrint(id)]
          .map((path) => localizePath(code, path))
          .filter((path) => !builtPages().some((p) => p.path === path)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('lists former provinces under the province they are now part of', () => {
    const former = formerNames();
    expect(former.length, 'provinces with former names in content/provinces/').toBeGreaterThan(0);
    const home = page(routes.directory).doc;
    const problems = former.flatMap(({ name, province }) => {
      const found: string[] = [];
      const main = page(routeOf.province(province.id)).doc.querySelector('main')!.text;
      if (!main.includes(name)) found.push(`${province.id}: former name ${name} not shown`);
      // The directory home finds it by the former name, typed without marks.
      const link = home.querySelector(`li[data-names*="${fold(name)}"] a`);
      if (link?.getAttribute('href') !== routeOf.province(province.id))
        found.push(`${routes.directory}: ${fold(name)} does not lead to ${province.id}`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('points a province with no services to the provinces of its region that have some', () => {
    const links = (path: string) =>
      page(path)
        .doc.querySelectorAll('[data-nearby] a')
        .map((a) => a.getAttribute('href'));
    // Cases come from the data: an empty province, and the listed ones of its region.
    const provinces = provinceCases();
    // Its own list: the national block on every page holds cards too.
    const listed = (id: string) =>
      page(routeOf.province(id)).doc.querySelector('[data-directory] [data-provider-card]');
    const empty = provinces.find(
      (p) => !listed(p.id) && provinces.some((q) => q.region === p.region && listed(q.id)),
    );
    // Since Bắc Ninh gained its first entry, every province lists a place: then
    // no page shows the detour (NoProviders is rendered from made-up provinces
    // in src/components/content/content.container.test.ts), and this checks that.
    if (!empty) {
      expect(provinces.filter((p) => !listed(p.id)).map((p) => p.id)).toEqual([]);
      expect(provinces.flatMap((p) => links(routeOf.province(p.id)))).toEqual([]);
      return;
    }
    const neighbours = provinces
      .filter((q) => q.region === empty.region && listed(q.id))
      .map((q) => ({ path: routeOf.province(q.id), name: q.name.vi }));
    expect([...links(routeOf.province(empty.id))].sort()).toEqual(
      neighbours.map((n) => n.path).sort(),
    );
    expect([...links(localizePath('en', routeOf.province(empty.id)))].sort()).toEqual(
      neighbours.map((n) => localizePath('en', n.path)).sort(),
    );
    // The printed sheet names them, as paper has no links.
    const sheet = page(routeOf.provincePrint(empty.id)).doc.querySelector('[data-nearby]')?.text;
    for (const n of neighbours) expect(sheet).toContain(n.name);
    // A province with its own services needs no detour.
    expect(links(neighbours[0]!.path)).toEqual([]);
  });

  it('tells readers how to be connected where no provider is listed yet', () => {
    const pages = provinces.map((id) => page(routeOf.province(id)));
    const empty = pages.filter(
      (p) => !p.doc.querySelector('[data-directory] [data-provider-card]'),
    );
    for (const p of empty)
      expect(p.doc.querySelector('[data-no-providers]'), p.path).not.toBeNull();
    // And only there: a province that lists places does not say it lists none.
    const listing = pages.filter((p) => !empty.includes(p));
    expect(listing.length).toBeGreaterThan(0);
    for (const p of listing) expect(p.doc.querySelector('[data-no-providers]'), p.path).toBeNull();
  });

  it('shows every provider with a verified date and its sources', () => {
    const providerPages = providerCases().map((p) => page(routeOf.provider(p.province, p.id)));
    expect(providerPages.length).toBeGreaterThan(0);
    const problems = providerPages.filter(
      (p) =>
        !p.doc.querySelector('time[datetime]') ||
        p.doc.querySelectorAll('a[rel="noreferrer"][href^="http"]').length === 0,
    );
    expect(problems.map((p) => p.path)).toEqual([]);
  });

  it('flags unconfirmed and old entries on screen and on paper', () => {
    // One provider for each flag, chosen from the data; their flags as of the build date.
    const now = buildDate;
    for (const flag of ['unverified', 'stale'] as const) {
      const provider = providerWithFlag(flag, now);
      const expected = providerFlags(provider, now).join(' ');
      for (const path of [
        routeOf.province(provider.province),
        routeOf.provincePrint(provider.province),
        localizePath('en', routeOf.province(provider.province)),
      ]) {
        const card = page(path).doc.querySelector(`[data-provider-card="${provider.id}"]`);
        expect(
          card?.querySelector('[data-provider-flags]')?.getAttribute('data-provider-flags'),
          `${flag}: ${provider.id} on ${path}`,
        ).toBe(expected);
      }
    }
  });

  it('keeps past programmes off the province list but explains them on their own page', () => {
    const historic = providerWithFlag('historic');
    const list = page(routeOf.province(historic.province)).doc;
    expect(list.querySelector(`[data-provider-card="${historic.id}"]`)).toBeNull();
    // The province's current places are still listed.
    for (const current of listedIn(historic.province))
      expect(list.querySelector(`[data-provider-card="${current.id}"]`), current.id).not.toBeNull();
    const own = page(routeOf.provider(historic.province, historic.id)).doc;
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
      [
        routeOf.province(id),
        routeOf.provincePrint(id),
        localizePath('en', routeOf.province(id)),
      ].flatMap((path) => {
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
    const sheet = page(routeOf.provincePrint(provinceIds[0]!));
    expect(sheet.doc.querySelectorAll('[data-referral-blanks] .blank')).toHaveLength(3);
    expect(sheet.doc.querySelector('.online')?.text).toMatch(
      new RegExp(`https?://[^ ]+${routeOf.province(provinceIds[0]!)}`),
    );
  });

  it('every province and provider page links to the editors to report a mistake', () => {
    const paths = [
      ...provinceIds.map((id) => routeOf.province(id)),
      ...providerCases().map((p) => routeOf.provider(p.province, p.id)),
    ].flatMap((path) => localeCodes.map((code) => localizePath(code, path)));
    const missing = paths.filter((path) => !page(path).doc.querySelector('a[data-report]'));
    expect(missing).toEqual([]);
  });

  it('the call sheet lists every unconfirmed or old listed place, oldest evidence first', () => {
    const sheet = page(routes.callSheet);
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
      const home = page(localizePath(locale, routes.directory));
      const tiles = home.doc.querySelectorAll(
        '[data-tile-map] svg[role=list] [role=listitem] a[data-tile]',
      );
      expect(tiles, locale).toHaveLength(provinces.length);
      for (const tile of tiles) {
        const id = tile.getAttribute('data-tile')!;
        expect(tile.getAttribute('href')).toBe(localizePath(locale, routeOf.province(id)));
        const count = tile.querySelector('.count')!.text.trim();
        // The count is the province page's own list.
        const listed = page(localizePath(locale, routeOf.province(id))).doc.querySelectorAll(
          '[data-directory] [data-provider-card]',
        ).length;
        expect(Number(count), id).toBe(listed);
        expect(tile.getAttribute('aria-label')).toContain(count);
      }
    }
  });
});
