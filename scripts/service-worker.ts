// Bundle src/sw/sw.ts with esbuild, then let workbox-build inject the list of
// files to save at install. Any workbox warning (such as a file too large to
// save) fails the build instead of leaving a silently incomplete offline copy.
import { readFileSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { urlForFile } from '../src/lib/offline-paths.ts';
import { builtDir, routes } from '../src/lib/routes.ts';
import { contentHash } from './lib/content-hash.ts';
import { step } from './lib/step.ts';

/**
 * Pages saved on the first visit, in the reader's language only (the worker
 * chooses: see shellLocales in src/lib/offline-paths.ts): the ones a reader
 * in trouble needs. Every language's are listed, with their revisions.
 */
export const shellPages = [routes.home, routes.hotlines, routes.safety, routes.offline].map(
  builtDir,
);

export function precachePatterns(): string[] {
  const prefixes = localeCodes.map((code) => (code === defaultLocale ? '' : `${code}/`));
  return [
    '_astro/**/*.{css,js}',
    builtDir(routes.icon),
    builtDir(routes.icon192),
    ...prefixes.map((prefix) => `${prefix}manifest.webmanifest`),
    ...prefixes.flatMap((prefix) => shellPages.map((page) => `${prefix}${page}index.html`)),
  ];
}

export async function buildServiceWorker(distDir = 'dist') {
  // A missing shell page would leave readers without it offline: fail instead.
  const missing = [];
  for (const pattern of precachePatterns().filter((p) => !/[*{]/.test(p))) {
    if (!(await stat(`${distDir}/${pattern}`).catch(() => null))) missing.push(pattern);
  }
  if (missing.length > 0)
    throw new Error(`pages to save at install are missing from ${distDir}/: ${missing.join(', ')}`);
  const bundled = '.astro/sw.bundle.js';
  await mkdir('.astro', { recursive: true });
  await build({
    entryPoints: ['src/sw/sw.ts'],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    outfile: bundled,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const result = await injectManifest({
    swSrc: bundled,
    swDest: `${distDir}/sw.js`,
    globDirectory: distDir,
    globPatterns: precachePatterns(),
    maximumFileSizeToCacheInBytes: 512 * 1024,
    manifestTransforms: [
      (entries) => ({
        // Revisions are the offline bundles' content hashes, so the save box
        // can copy a page the worker keeps instead of downloading it again.
        manifest: entries.map((entry) => ({
          ...entry,
          url: urlForFile(entry.url),
          revision: contentHash(readFileSync(`${distDir}/${entry.url}`)),
        })),
        warnings: [],
      }),
    ],
  });
  await rm(bundled);
  if (result.warnings.length > 0) {
    throw new Error(`workbox-build warnings:\n${result.warnings.join('\n')}`);
  }
  const { size: swBytes } = await stat(`${distDir}/sw.js`);
  // What a first visit in Vietnamese downloads: every file but the other languages' shells.
  const shellOf = (prefix: string) =>
    shellPages.map((page) => `${distDir}/${prefix}${page}index.html`);
  const otherShells = localeCodes
    .filter((code) => code !== defaultLocale)
    .flatMap((code) => shellOf(`${code}/`));
  const otherBytes = (await Promise.all(otherShells.map((f) => stat(f)))).reduce(
    (sum, s) => sum + s.size,
    0,
  );
  return {
    files: result.count - otherShells.length,
    bytes: result.size - otherBytes,
    listed: result.count,
    swBytes,
  };
}

if (import.meta.main) {
  await step('service worker', async () => {
    const result = await buildServiceWorker();
    return {
      result,
      summary: `sw.js ${(result.swBytes / 1024).toFixed(1)} KB, lists ${result.listed} files; a first visit in Vietnamese saves ${result.files} of them (${(result.bytes / 1024).toFixed(1)} KB)`,
    };
  });
}
