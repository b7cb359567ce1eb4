// Build the Pagefind search index over dist/ through its Node API, so that any
// indexing error or an empty index fails the build (the CLI only logs them).
import { readFile, readdir, rm } from 'node:fs/promises';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { foldedDWords, synonymsFor } from '../src/lib/fold.ts';
import { step } from './lib/step.ts';

/**
 * The words a page should also be found by: its "đ" words folded to "d" and
 * the synonyms of phrases it uses. They go into a metadata field that
 * Pagefind searches but readers never download with the page.
 */
export function searchExtras(html: string): string[] {
  const doc = parse(html);
  const main = doc.querySelector('main');
  // What Pagefind ignores must not bring extra words either.
  main?.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
  const text = main?.text ?? '';
  const title = doc.querySelector('title')?.text ?? '';
  return [...new Set([...foldedDWords(`${title} ${text}`), ...synonymsFor(`${title} ${text}`)])];
}

/** Put the extra words into the page for the indexer only (dist/ is not changed). */
export function withSearchExtras(html: string): string {
  const extras = searchExtras(html);
  if (extras.length === 0) return html;
  const tag = `<span hidden data-pagefind-meta="fold:${extras.join(' ')}"></span>`;
  return html.replace(/<body([^>]*)>/, `<body$1>${tag}`);
}

export async function buildSearchIndex(
  distDir = 'dist',
): Promise<{ pages: number; languages: string[] }> {
  // Start clean: files of an older index would be saved for offline use too.
  await rm(`${distDir}/pagefind`, { recursive: true, force: true });
  const { index, errors: createErrors } = await pagefind.createIndex({});
  try {
    if (!index || createErrors.length > 0)
      throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const files = (await readdir(distDir, { recursive: true }))
      .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
      .sort();
    let pages = 0;
    for (const name of files) {
      const html = await readFile(`${distDir}/${name}`, 'utf8');
      // Pages without data-pagefind-body (offline page, search pages) stay out of search.
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath: name, content: withSearchExtras(html) });
      if (added.errors.length > 0) {
        throw new Error(`Pagefind could not index ${name}:\n${added.errors.join('\n')}`);
      }
      pages += 1;
    }
    if (pages === 0) {
      throw new Error(
        `Pagefind indexed 0 pages in ${distDir}/. Is data-pagefind-body on the pages' <main>?`,
      );
    }
    const written = await index.writeFiles({ outputPath: `${distDir}/pagefind` });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write files:\n${written.errors.join('\n')}`);
    // Our own search UI uses only the JavaScript API: drop Pagefind's bundled UIs.
    for (const unused of unusedPagefindFiles)
      await rm(`${distDir}/pagefind/${unused}`, { force: true });
    const languages = await readLanguages(`${distDir}/pagefind/pagefind-entry.json`);
    return { pages, languages };
  } finally {
    await pagefind.close();
  }
}

const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

async function readLanguages(entryFile: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as {
    languages: Record<string, unknown>;
  };
  return Object.keys(entry.languages).sort();
}

if (import.meta.main) {
  await step('search index', async () => {
    const result = await buildSearchIndex();
    return {
      result,
      summary: `${result.pages} pages indexed in ${result.languages.length} languages (${result.languages.join(', ')})`,
    };
  });
}
