// Checks over every built page. Each test lists all offenders at once.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../src/i18n/locales.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { findRevealingWords } from '../src/lib/neutral.ts';
import { localizePath, splitLocale } from '../src/lib/paths.ts';
import { telHref } from '../src/lib/phone.ts';
import { routes } from '../src/lib/routes.ts';
import { builtPages, page } from './support/dist.ts';

const pages = builtPages();

describe('every built page', () => {
  it('exists in every locale', () => {
    const byPath = new Map<string, Set<string>>();
    for (const p of pages) {
      const { path } = splitLocale(p.path);
      byPath.set(path, (byPath.get(path) ?? new Set()).add(p.locale));
    }
    const incomplete = [...byPath].filter(([, set]) => set.size !== localeCodes.length);
    expect(pages.length).toBeGreaterThan(20);
    expect(incomplete.map(([path, set]) => `${path}: ${[...set].join(',')}`)).toEqual([]);
  });

  it('has <html lang> of its locale', () => {
    const wrong = pages
      .filter((p) => p.doc.querySelector('html')?.getAttribute('lang') !== locales[p.locale].lang)
      .map((p) => p.path);
    expect(wrong).toEqual([]);
  });

  it('has a title unique within its locale', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const p of pages) {
      const title = p.doc.querySelector('title')?.text.trim() ?? '';
      if (!title) problems.push(`${p.path}: no title`);
      const key = `${p.locale}|${title}`;
      if (seen.has(key)) problems.push(`${p.path}: same title as ${seen.get(key)} ("${title}")`);
      seen.set(key, p.path);
    }
    expect(problems).toEqual([]);
  });

  it('has a description, a canonical link to itself and hreflang alternates with x-default', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const head = p.doc.querySelector('head')!;
      if (!head.querySelector('meta[name="description"]')?.getAttribute('content')) {
        problems.push(`${p.path}: no description`);
      }
      const canonical = head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (new URL(canonical).pathname !== p.path)
        problems.push(`${p.path}: canonical ${canonical}`);
      const alternates = new Map(
        head
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
      const shared = splitLocale(p.path).path;
      for (const code of localeCodes) {
        if (alternates.get(locales[code].lang) !== localizePath(code, shared)) {
          problems.push(
            `${p.path}: hreflang ${locales[code].lang} is ${alternates.get(locales[code].lang)}`,
          );
        }
      }
      if (alternates.get('x-default') !== localizePath('vi', shared)) {
        problems.push(`${p.path}: x-default is ${alternates.get('x-default')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reveals nothing in its path or title', () => {
    const problems = pages.flatMap((p) => {
      const title = p.doc.querySelector('title')?.text ?? '';
      return [...findRevealingWords(p.path), ...findRevealingWords(title)].map(
        (word) => `${p.path}: "${word}"`,
      );
    });
    expect(problems).toEqual([]);
  });

  it('has a call link to 111 and a language switcher for every locale', () => {
    const problems: string[] = [];
    for (const p of pages) {
      if (!p.doc.querySelector('header a[href="tel:111"]'))
        problems.push(`${p.path}: no 111 button`);
      const switcher = p.doc.querySelectorAll('.lang-switcher a[data-locale]');
      if (switcher.length !== localeCodes.length)
        problems.push(`${p.path}: switcher has ${switcher.length}`);
    }
    expect(problems).toEqual([]);
  });

  it('loads nothing from another host', () => {
    const problems: string[] = [];
    for (const p of pages) {
      for (const el of p.doc.querySelectorAll(
        'script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]), img[src], iframe, source[src], video, audio',
      )) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(ref)) problems.push(`${p.path}: ${el.tagName} ${ref}`);
      }
      if (/@import\s+url\(\s*['"]?https?:/.test(p.html)) problems.push(`${p.path}: CSS @import`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the home page', () => {
  it('is Vietnamese at / and English at /en/', () => {
    expect(page(routes.home).doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(
      page(localizePath('en', routes.home)).doc.querySelector('html')?.getAttribute('lang'),
    ).toBe('en');
  });
  it('has the help-now lines as call links to their own numbers, the same in every locale', () => {
    // The lines are the strip's own default (the home page gives it none), read
    // from the Vietnamese page; each must call the number in its data file.
    const lines = (path: string) =>
      page(path)
        .doc.querySelectorAll('.help-now a[data-hotline]')
        .map((a) => ({ id: a.getAttribute('data-hotline')!, href: a.getAttribute('href') }));
    const ids = lines(routes.home).map((line) => line.id);
    expect(ids.length, 'lines in the help-now strip').toBeGreaterThan(0);
    const dial = (id: string) =>
      (parseYaml(readFileSync(`content/hotlines/${id}.yaml`, 'utf8')) as { dial: string }).dial;
    for (const code of localeCodes) {
      expect(lines(localizePath(code, routes.home)), code).toEqual(
        ids.map((id) => ({ id, href: telHref(dial(id)) })),
      );
    }
  });
  it('opens the three doors', () => {
    const hrefs = page(routes.home)
      .doc.querySelectorAll('.doors a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([routes.handbook, routes.migration, routes.directory]);
  });
});

describe('languages and fallback', () => {
  it('shows a notice exactly where a page falls back to another language', () => {
    const problems: string[] = [];
    let fallbacks = 0;
    for (const p of pages) {
      const mainLang = p.doc.querySelector('main')?.getAttribute('lang');
      const notice = p.doc.querySelector('[data-fallback-notice]');
      const isFallback = mainLang !== locales[p.locale].lang;
      if (isFallback) fallbacks += 1;
      if (isFallback && !notice) problems.push(`${p.path}: shows ${mainLang} without a notice`);
      if (!isFallback && notice) problems.push(`${p.path}: notice on a translated page`);
    }
    expect(problems).toEqual([]);
    expect(fallbacks).toBeGreaterThan(0);
  });
  it('says so in Korean on an untranslated Korean page', () => {
    const ko = pages.find(
      (p) => p.locale === 'ko' && p.doc.querySelector('main')?.getAttribute('lang') !== 'ko',
    );
    expect(ko?.doc.querySelector('[data-fallback-notice]')?.text).toMatch(/한국어/);
  });
  it('lists translation status for editors', () => {
    const table = page(routes.organisations).doc.querySelector('[data-translation-status]');
    expect(table).not.toBeNull();
    const cells = table!.querySelectorAll('td[data-locale="ko"]');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((c) => c.getAttribute('data-status') === 'fallback')).toBe(true);
  });
  it('writes a sitemap with alternates for every locale', () => {
    const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
    expect(xml).toContain('<loc>');
    for (const code of localeCodes) expect(xml).toContain(`hreflang="${locales[code].lang}"`);
    expect(xml).not.toContain(`${routes.offline}</loc>`);
  });
});

describe('phone numbers', () => {
  const hotlines = readdirSync('content/hotlines')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      ...(parseYaml(readFileSync(`content/hotlines/${name}`, 'utf8')) as {
        dial: string;
        status: string;
      }),
    }));
  const currentIds = hotlines.filter((h) => h.status === 'current');
  // Several countries share short codes (110, 119…): a dial maps to every line using it.
  const current = new Map<string, Set<string>>();
  for (const h of currentIds) current.set(h.dial, (current.get(h.dial) ?? new Set()).add(h.id));

  // Provider numbers come from content/providers/<id>.mdx, checked by the provider schema.
  const providerDials = (id: string): string[] => {
    const text = readFileSync(`content/providers/${id}.mdx`, 'utf8');
    const { data } = readFrontmatter<{ phones?: { dial: string }[] }>(text);
    return (data.phones ?? []).map((p) => p.dial);
  };

  it('every call link dials a current hotline or a provider number from the data', () => {
    const problems: string[] = [];
    let links = 0;
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href^="tel:"]')) {
        links += 1;
        const dial = a.getAttribute('href')!.slice(4);
        const provider = a.getAttribute('data-provider');
        if (provider) {
          if (!providerDials(provider).includes(dial))
            problems.push(`${p.path}: tel:${dial} is not a number of ${provider}`);
          continue;
        }
        if (!current.has(dial)) problems.push(`${p.path}: tel:${dial}`);
        if (!current.get(dial)?.has(a.getAttribute('data-hotline') ?? '')) {
          problems.push(`${p.path}: tel:${dial} is not drawn from the hotline data`);
        }
      }
    }
    expect(links).toBeGreaterThan(pages.length);
    expect(problems).toEqual([]);
  });

  it('never shows the retired 1800 1567 line', () => {
    const offenders = pages.filter((p) => /1800[\s.\u00a0-]?1567/.test(p.html)).map((p) => p.path);
    expect(offenders).toEqual([]);
  });

  it('shows each number on the hotline page with its source and when it was published', () => {
    for (const code of localeCodes) {
      const cards = page(localizePath(code, routes.hotlines)).doc.querySelectorAll(
        'article.hotline',
      );
      expect(cards.length, code).toBe(currentIds.length);
      const missing = cards
        .filter(
          // A source is a link, or text to copy when its address has a revealing word.
          (c) =>
            !c.querySelector('[data-published]')?.text.trim() ||
            !c.querySelector('.sources a[href^="http"], .sources [data-revealing-url]'),
        )
        .map((c) => c.id);
      expect(missing, code).toEqual([]);
    }
  });
});
