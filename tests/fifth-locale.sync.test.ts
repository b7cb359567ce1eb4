// Adding a language is one registry entry and one UI dictionary: nothing
// else. A copy of the project gets a throwaway locale "xx" (French tags, so
// nothing real is claimed) by those two edits alone, is built with
// `astro build`, and must then have every Vietnamese page under /xx/, tagged
// with the new language, with the fallback notice on every content page (xx
// has no content of its own). If this fails, the error names the file that
// still had to change.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../scripts/lib/project-copy.ts';
import { localeCodes } from '../src/i18n/locales.ts';
import { routeOf } from '../src/lib/routes.ts';

const code = 'xx';
const entry = `  ${code}: {
    lang: 'fr',
    label: 'Test',
    short: 'XX',
    dir: 'ltr',
    fallback: ['en', 'vi'],
    quickExit: 'https://example.org/',
  },
`;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The project copy with the new locale added by text insertion, touching only two files. */
function projectWithFifthLocale(): string {
  const dir = copyProject('ve-nha-locale-');
  made.push(dir);
  const registry = join(dir, 'src/i18n/locales.ts');
  const end = '} as const satisfies Record<string, LocaleInfo>;';
  const text = readFileSync(registry, 'utf8');
  expect(text, `${registry} no longer ends its registry with "${end}"`).toContain(end);
  writeFileSync(registry, text.replace(end, `${entry}${end}`));
  const english = readFileSync(join(dir, 'src/i18n/ui/en.ts'), 'utf8');
  expect(english).toMatch(/export const en\b/);
  writeFileSync(
    join(dir, `src/i18n/ui/${code}.ts`),
    english.replace(/export const en\b/, `export const ${code}`),
  );
  return dir;
}

/** Every HTML file under dist/, as a path relative to it. */
function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort();
}

const slugs = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''));

describe('a fifth locale', () => {
  it('builds from its registry entry and UI dictionary alone, with fallbacks everywhere', () => {
    const dir = projectWithFifthLocale();
    const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    // The end of the log names the page and the file that failed.
    expect(run.status, output.slice(-4000)).toBe(0);

    const dist = join(dir, 'dist');
    const files = htmlFiles(dist);
    const others = new Set<string>([...localeCodes, code]);
    const vietnamese = files.filter((file) => !others.has(file.split('/')[0]!));
    const fifth = files
      .filter((file) => file.startsWith(`${code}/`))
      .map((file) => file.slice(code.length + 1));
    expect(vietnamese.length).toBeGreaterThan(100);
    expect({
      missing: vietnamese.filter((file) => !fifth.includes(file)),
      extra: fifth.filter((file) => !vietnamese.includes(file)),
    }).toEqual({ missing: [], extra: [] });

    const html = (path: string) => readFileSync(join(dist, code, path), 'utf8');
    const untagged = fifth.filter((file) => !/<html[^>]* lang="fr"/.test(html(file)));
    expect(untagged).toEqual([]);

    // Content pages: the reader is told the page is shown in another language.
    const contentPaths = [
      ...slugs('content/handbook/vi').map(routeOf.chapter),
      ...slugs('content/pages/vi').map(routeOf.page),
      ...slugs('content/migration/vi').map(routeOf.migrationTopic),
      ...slugs('content/course/vi').map(routeOf.lesson),
    ].map((path) => `${path.slice(1)}index.html`);
    expect(contentPaths.length).toBeGreaterThan(30);
    const noNotice = contentPaths.filter(
      (file) => !existsSync(join(dist, code, file)) || !html(file).includes('data-fallback-notice'),
    );
    expect(noNotice).toEqual([]);

    // The other pages know of it: hreflang, the language switcher and the sitemap.
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toMatch(new RegExp(`<link rel="alternate" hreflang="fr" href="[^"]*/${code}/"`));
    expect(home).toContain(`data-locale="${code}"`);
    const sitemaps = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
    expect(
      sitemaps.some((name) => readFileSync(join(dist, name), 'utf8').includes(`/${code}/</loc>`)),
    ).toBe(true);
  }, 1_200_000);
});
