// Build the Pagefind search index over dist/ through its Node API, so that any
// indexing error or an empty index fails the build (the CLI only logs them).
import * as pagefind from 'pagefind';
import { isMain, step } from './lib/step.ts';

export async function buildSearchIndex(
  distDir = 'dist',
): Promise<{ pages: number; languages: string[] }> {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  try {
    if (!index || createErrors.length > 0)
      throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
    const added = await index.addDirectory({ path: distDir });
    if (added.errors.length > 0)
      throw new Error(`Pagefind indexing errors:\n${added.errors.join('\n')}`);
    if (added.page_count === 0) {
      throw new Error(
        `Pagefind indexed 0 pages in ${distDir}/. Is data-pagefind-body on the pages' <main>?`,
      );
    }
    const written = await index.writeFiles({ outputPath: `${distDir}/pagefind` });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write files:\n${written.errors.join('\n')}`);
    const languages = await readLanguages(`${distDir}/pagefind/pagefind-entry.json`);
    return { pages: added.page_count, languages };
  } finally {
    await pagefind.close();
  }
}

async function readLanguages(entryFile: string): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as {
    languages: Record<string, unknown>;
  };
  return Object.keys(entry.languages).sort();
}

if (isMain(import.meta.url)) {
  await step('search index', async () => {
    const result = await buildSearchIndex();
    return {
      result,
      summary: `${result.pages} pages indexed in ${result.languages.length} languages (${result.languages.join(', ')})`,
    };
  });
}
