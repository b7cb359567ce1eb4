// Every handbook chapter, standalone page, safe-migration page and course
// lesson in dist ends with its sources,
// and no source address with a revealing word is a link anywhere: tapping
// one would put it in the phone's history. Each test lists every offender.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../src/i18n/locales.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { findRevealingWordsInUrl } from '../src/lib/neutral.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { builtPages, page } from './support/dist.ts';

/** Slugs of the Vietnamese files in a content folder: every locale shows each one. */
function slugs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}

/** Every source address in content/: pages' and chapters' sources, hotlines' and providers'. */
function sourceUrls(): string[] {
  const files = [
    'content/handbook',
    'content/pages',
    'content/migration',
    'content/course',
    'content/hotlines',
    'content/providers',
  ].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(mdx|yaml)$/.test(name))
      .map((name) => `${dir}/${name}`),
  );
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const data: unknown = file.endsWith('.yaml') ? parseYaml(text) : readFrontmatter(text).data;
    const sources = ((data ?? {}) as { sources?: unknown[] }).sources ?? [];
    return sources.map((s) => (typeof s === 'string' ? s : ((s as { url?: string }).url ?? '')));
  });
}

const revealingSources = new Set(
  sourceUrls().filter((url) => url && findRevealingWordsInUrl(url).length > 0),
);

const contentPaths = [
  ...slugs('content/handbook/vi').map(routeOf.chapter),
  ...slugs('content/pages/vi').map(routeOf.page),
  ...slugs('content/migration/vi').map(routeOf.migrationTopic),
  ...slugs('content/course/vi').map(routeOf.lesson),
].flatMap((path) => localeCodes.map((code) => localizePath(code, path)));

describe('sources on content pages', () => {
  it('every chapter, standalone page, migration page and lesson ends with its sources and a reviewed date', () => {
    expect(contentPaths.length).toBeGreaterThan(120);
    const problems = contentPaths.flatMap((path) => {
      const section = page(path).doc.querySelector('main [data-sources]');
      if (!section) return [`${path}: no sources section`];
      const found: string[] = [];
      if (!section.querySelector('details.sources > summary')?.text.trim()) {
        found.push(`${path}: the sources are not in a <details> with a summary`);
      }
      if (section.querySelector('details.sources')?.hasAttribute('open')) {
        found.push(`${path}: the sources should be closed on screen`);
      }
      if (section.querySelectorAll('details.sources li').length === 0) {
        found.push(`${path}: the sources list is empty`);
      }
      if (!section.querySelector('.reviewed time[datetime]')) {
        found.push(`${path}: no reviewed date`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('the printed booklet shows every chapter’s sources open', () => {
    const problems = localeCodes.flatMap((code) =>
      [routes.handbookPrint, routes.handbookPrintA5].flatMap((p) => {
        const path = localizePath(code, p);
        const chapters = page(path).doc.querySelectorAll('[data-print-chapter]');
        return chapters
          .filter((c) => !c.querySelector('[data-sources] details.sources[open] li'))
          .map((c) => `${path}#${c.getAttribute('id')}: sources missing or closed`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('no source address with a revealing word is a link on any page', () => {
    expect(revealingSources.size).toBeGreaterThan(0);
    const problems = builtPages().flatMap((p) =>
      p.doc
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => revealingSources.has(href))
        .map((href) => `${p.path}: ${href}`),
    );
    expect(problems).toEqual([]);
  });

  it('no link to another site anywhere reveals what was read (content, websites, sources)', () => {
    const problems = builtPages().flatMap((p) =>
      p.doc
        .querySelectorAll('a[href^="http"]')
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => findRevealingWordsInUrl(href).length > 0)
        .map((href) => `${p.path}: ${href}`),
    );
    expect(problems).toEqual([]);
  });

  it('shows revealing source addresses as text to copy', () => {
    const shown = builtPages().flatMap((p) =>
      p.doc.querySelectorAll('[data-revealing-url]').map((el) => el.text.trim()),
    );
    // The 111 page cites press reports whose addresses name the subject.
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((url) => findRevealingWordsInUrl(url).length === 0)).toEqual([]);
  });
});
