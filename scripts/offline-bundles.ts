// Write dist/offline/<locale>.json: every file "Save for offline" downloads
// for one language (its pages, the site's styles and scripts, and that
// language's search index), with sizes, so the page can show the total first,
// and a hash of each file's content, so an update fetches only what changed.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { parse } from 'node-html-parser';
import { defaultLocale, localeCodes, locales, type Locale } from '../src/i18n/locales.ts';
import { buildDate } from '../src/lib/build-date.ts';
import type { FileEntry, OfflineBundle } from '../src/lib/offline-bundle.ts';
import { isHashedPath, urlForFile } from '../src/lib/offline-paths.ts';
import { builtDir, routeOf, routes } from '../src/lib/routes.ts';
import { contentHash } from './lib/content-hash.ts';
import { step } from './lib/step.ts';

/** The parts of the site saved for offline reading (the directory joins when it exists). */
export const savedSections = [
  routes.handbook,
  routes.migration,
  routes.hotlines,
  routes.safety,
  routes.search,
  routes.directory,
].map(builtDir);

/**
 * A built file's size and content hash (none when its name carries one), and
 * for a page its heading as the reader sees it (entities decoded).
 */
async function entryFor(distDir: string, file: string): Promise<FileEntry> {
  const path = `${distDir}/${file}`;
  const content = await readFile(path);
  const url = urlForFile(file);
  const entry: FileEntry = { url, bytes: content.length };
  if (!isHashedPath(url)) entry.hash = contentHash(content);
  if (file.endsWith('.html')) {
    const title = parse(content.toString('utf8')).querySelector('h1')?.text.trim();
    if (title) entry.title = title.replace(/\s+/g, ' ');
  }
  return entry;
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

/** Which built files belong to a locale's offline bundle. */
export function selectFiles(all: string[], locale: Locale, pagefindLang: string): string[] {
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  const otherPrefixes = localeCodes.filter((c) => c !== defaultLocale).map((c) => `${c}/`);
  const isPage = (file: string) => {
    if (!file.endsWith('index.html') || !file.startsWith(prefix)) return false;
    const rest = file.slice(prefix.length);
    if (locale === defaultLocale && otherPrefixes.some((p) => rest.startsWith(p))) return false;
    // Province pages are saved per province, on request: see provinceOf().
    if (provinceOf(rest)) return false;
    // Print editions are for paper; their chapters are saved one by one.
    if (rest.includes('/ban-in/')) return false;
    return (
      rest === 'index.html' ||
      rest === `${builtDir(routes.offline)}index.html` ||
      savedSections.some((s) => rest.startsWith(s))
    );
  };
  const isSearch = (file: string) =>
    [
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
    ].includes(file) ||
    file.startsWith(`pagefind/pagefind.${pagefindLang}_`) ||
    new RegExp(`^pagefind/(index|filter|fragment)/${pagefindLang}_`).test(file);
  return all.filter(
    (file) =>
      isPage(file) || isSearch(file) || /^_astro\/.*\.(css|js)$/.test(file) || file === 'icon.svg',
  );
}

/** The province a locale-free built file belongs to, e.g. "dich-vu/an-giang/index.html" → "an-giang". */
export function provinceOf(file: string): string | undefined {
  const prefix = builtDir(routes.directory);
  if (!file.startsWith(prefix)) return undefined;
  const [first, ...rest] = file.slice(prefix.length).split('/');
  return rest.length > 0 ? first : undefined;
}

export async function buildOfflineBundles(distDir = 'dist'): Promise<OfflineBundle[]> {
  const all = await filesUnder(distDir);
  const entry = JSON.parse(await readFile(`${distDir}/pagefind/pagefind-entry.json`, 'utf8')) as {
    languages: Record<string, { wasm: string | null }>;
  };
  await mkdir(`${distDir}/offline`, { recursive: true });
  const builtAt = buildDate.toISOString();
  const bundles: OfflineBundle[] = [];
  for (const locale of localeCodes) {
    const pagefindLang = locales[locale].lang.toLowerCase();
    const language = entry.languages[pagefindLang];
    if (!language)
      throw new Error(`No search index for ${pagefindLang}: was the page <html lang> changed?`);
    const chosen = selectFiles(all, locale, pagefindLang);
    chosen.push(`pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`);
    const files = await Promise.all(chosen.map((file) => entryFor(distDir, file)));
    const prefix = locale === defaultLocale ? '' : `${locale}/`;
    const provinces: OfflineBundle['provinces'] = {};
    for (const file of all.filter((f) => f.endsWith('index.html') && f.startsWith(prefix))) {
      const rest = file.slice(prefix.length);
      if (
        locale === defaultLocale &&
        localeCodes.some((c) => c !== defaultLocale && rest.startsWith(`${c}/`))
      )
        continue;
      const province = provinceOf(rest);
      // Referral sheets are for printing, not for reading offline.
      if (!province || rest.includes('/ban-in/')) continue;
      const entry = (provinces[province] ??= { bytes: 0, files: [] });
      const page = await entryFor(distDir, file);
      entry.files.push(page);
      entry.bytes += page.bytes;
    }
    const bundle = {
      locale,
      builtAt,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      files,
      provinces,
    };
    await writeFile(`${distDir}${routeOf.offlineBundle(locale)}`, JSON.stringify(bundle));
    bundles.push(bundle);
  }
  return bundles;
}

if (import.meta.main) {
  await step('offline bundles', async () => {
    const result = await buildOfflineBundles();
    const sizes = result.map((b) => {
      const all = Object.values(b.provinces).reduce((sum, p) => sum + p.bytes, 0);
      return `${b.locale} ${(b.bytes / 1024).toFixed(0)} KB (+${(all / 1024).toFixed(0)} KB for every province)`;
    });
    return { result, summary: sizes.join(', ') };
  });
}
