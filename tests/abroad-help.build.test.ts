// A reader abroad must find, on every going-abroad page and lesson, a number
// that works where she is: 111, 113 and 115 work only inside Viet Nam. The
// helplines page opens with a jump list by country. Each test lists every
// offender at once.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../src/i18n/locales.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { dictionaries } from '../src/i18n/ui/index.ts';
import { isMission } from '../src/lib/hotlines.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { page } from './support/dist.ts';

function frontmatter(file: string): Record<string, unknown> {
  return readFrontmatter(readFileSync(file, 'utf8')).data;
}

/** Vietnamese migration pages with the countries their help box must cover. */
const migrationPages = readdirSync('content/migration/vi')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const data = frontmatter(`content/migration/vi/${name}`);
    const countries = data.country
      ? [data.country as string]
      : ((data.countries as string[] | undefined) ?? []);
    return { path: routeOf.migrationTopic(name.replace(/\.mdx$/, '')), countries };
  });

const lessonPaths = readdirSync('content/course/vi')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => routeOf.lesson(name.replace(/\.mdx$/, '')));

/** Current hotline ids by country, from content/hotlines/. */
const current = readdirSync('content/hotlines')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    ...(parseYaml(readFileSync(`content/hotlines/${name}`, 'utf8')) as {
      country: string;
      status: string;
    }),
  }))
  .filter((h) => h.status === 'current');

const everyPath = [...migrationPages.map((p) => p.path), ...lessonPaths].flatMap((path) =>
  localeCodes.map((code) => ({ code, path: localizePath(code, path) })),
);

describe('help for readers abroad', () => {
  it('every migration page and lesson has the box with the ministry line and says 111, 113, 115 work only in Viet Nam', () => {
    expect(everyPath.length).toBeGreaterThan(60);
    const problems = everyPath.flatMap(({ code, path }) => {
      const box = page(path).doc.querySelectorAll('main [data-abroad-help]');
      if (box.length !== 1) return [`${path}: ${box.length} abroad-help boxes, expected 1`];
      const found: string[] = [];
      if (!box[0]!.querySelector('a[href^="tel:"][data-hotline="vn-mofa-citizen"]')) {
        found.push(`${path}: no call link to the ministry line`);
      }
      const note = box[0]!.querySelector('[data-vn-only]')?.text ?? '';
      if (note.trim() !== dictionaries[code]['abroad.vnOnly'] || !/111.*113.*115/.test(note)) {
        found.push(`${path}: the note that 111, 113 and 115 work only in Viet Nam is missing`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('a page about a country shows that country’s missions and at least one local number', () => {
    const withCountry = migrationPages.filter((p) =>
      p.countries.some((c) => current.some((h) => h.country === c)),
    );
    // Pages about one country and pages about several, whichever the content has.
    expect(
      withCountry.filter((p) => p.countries.length === 1).length,
      'a migration page about one country with current lines',
    ).toBeGreaterThan(0);
    expect(
      withCountry.filter((p) => p.countries.length > 1).length,
      'a migration page about several countries with current lines',
    ).toBeGreaterThan(0);
    const problems = withCountry.flatMap(({ path, countries }) =>
      localeCodes.flatMap((code) => {
        const url = localizePath(code, path);
        const box = page(url).doc.querySelector('main [data-abroad-help]');
        const shown = new Set(
          (box?.querySelectorAll('a[data-hotline]') ?? []).map((a) =>
            a.getAttribute('data-hotline'),
          ),
        );
        return countries.flatMap((country) => {
          const lines = current.filter((h) => h.country === country);
          if (lines.length === 0) return [];
          const missing = lines.filter((h) => isMission(h) && !shown.has(h.id)).map((h) => h.id);
          const local = lines.some((h) => !isMission(h) && shown.has(h.id));
          return [
            ...missing.map((id) => `${url}: mission ${id} missing from the help box`),
            ...(local ? [] : [`${url}: no local number for ${country} in the help box`]),
          ];
        });
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the helplines page opens with a jump list whose every link lands on a country section', () => {
    const problems = localeCodes.flatMap((code) => {
      const path = localizePath(code, routes.hotlines);
      const doc = page(path).doc;
      const main = doc.querySelector('main');
      const jump = main?.querySelector('nav[data-jump]');
      if (!jump) return [`${path}: no jump list`];
      const found: string[] = [];
      const html = main!.innerHTML;
      if (html.indexOf('data-jump') > html.indexOf('id="country-')) {
        found.push(`${path}: the jump list comes after the first country section`);
      }
      const targets = jump.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
      const sections = main!.querySelectorAll('section h2[id^="country-"]').map((h) => `#${h.id}`);
      if (sections.length < 5) found.push(`${path}: only ${sections.length} country sections`);
      for (const href of targets) {
        if (!href.startsWith('#') || !sections.includes(href)) {
          found.push(`${path}: jump link ${href} has no country section`);
        }
      }
      for (const id of sections) {
        if (!targets.includes(id)) found.push(`${path}: ${id} is not in the jump list`);
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
});
