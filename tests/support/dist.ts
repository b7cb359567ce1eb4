// Read the built site for build-output tests.
import { readFileSync, readdirSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { localeCodes, defaultLocale, type Locale } from '../../src/i18n/locales.ts';

export const distDir = 'dist';

export interface BuiltPage {
  /** The URL path, e.g. "/en/so-tay/". */
  path: string;
  /** The locale the path belongs to. */
  locale: Locale;
  file: string;
  html: string;
  doc: HTMLElement;
}

let cache: BuiltPage[] | undefined;

/** Every HTML page in dist/ (Pagefind's own files excluded). */
export function builtPages(): BuiltPage[] {
  cache ??= readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .sort()
    .map((name) => {
      const file = `${distDir}/${name}`;
      const html = readFileSync(file, 'utf8');
      // A language's 404 page is built as /404/ and moved to /404.html for hosts.
      const path = `/${name}`.replace(/index\.html$/, '').replace(/404\.html$/, '404/');
      const first = path.split('/')[1] ?? '';
      const locale = (localeCodes as string[]).includes(first) ? (first as Locale) : defaultLocale;
      return { path, locale, file, html, doc: parse(html) };
    });
  return cache;
}

export function page(path: string): BuiltPage {
  const found = builtPages().find((p) => p.path === path);
  if (!found) throw new Error(`No built page at ${path}`);
  return found;
}
