import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeOf, routes } from './routes.ts';

/**
 * Code files outside the route table, where a site path must not be written
 * out. Unit tests may write paths (they feed path helpers made-up input);
 * build and browser tests under tests/ may not, as they check the real site.
 */
function codeFiles(dir: string, withTests = false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : codeFiles(path, withTests);
    return /\.(ts|astro|mjs|js)$/.test(name) && (withTests || !name.endsWith('.test.ts'))
      ? [path]
      : [];
  });
}

// The first folder of every route, e.g. "so-tay" from "/so-tay/ban-in/".
const firstSegments = [
  ...new Set(
    Object.values(routes)
      .map((p) => p.split('/')[1])
      .filter((s): s is string => Boolean(s)),
  ),
].map((s) => s.replace(/[.]/g, '\\.'));
// A quoted string or template that starts with one of those folders.
const literal = new RegExp(`['"\`]/(?:${firstSegments.join('|')})(?=[/'"\`]|$)`);

describe('route table', () => {
  it('is the only code that writes a site path out', () => {
    const offenders: string[] = [];
    for (const file of [
      ...codeFiles('src'),
      ...codeFiles('scripts'),
      ...codeFiles('tests', true),
      'astro.config.ts',
    ]) {
      if (file.endsWith(join('lib', 'routes.ts'))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          // Comments may show an example path; code may not.
          if (/^(\/\/|\/?\*)/.test(code)) return;
          if (literal.test(code)) offenders.push(`${file}:${i + 1}: ${code}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('finds a path literal when one is written (so the check above can fail)', () => {
    expect(literal.test(`href={'/so-tay/'}`)).toBe(true);
    expect(literal.test('const x = `/dich-vu/${id}/`;')).toBe(true);
    expect(literal.test(`'/sw.js'`)).toBe(true);
    expect(literal.test(`'/so-tayx/'`)).toBe(false);
  });

  it('ends every page path in a slash, so offline lookups match the built index.html', () => {
    const pages = Object.entries(routes).filter(([, p]) => !/\.[a-z]+$/.test(p));
    expect(pages.filter(([, p]) => !p.endsWith('/'))).toEqual([]);
    expect(routeOf.provider('ha-noi', 'x')).toBe(`${routes.directory}ha-noi/x/`);
    expect(routeOf.chapter('a')).toBe(`${routes.handbook}a/`);
  });
});
