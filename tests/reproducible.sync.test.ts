// Builds that change only what changed. Two copies of the project, in two
// different folders, are built at once with the README's build (its content
// check aside, which writes nothing): every file of the two dist/ folders
// must be byte-identical. Then one Vietnamese chapter gains a sentence and
// one copy is built again: what "Save for offline" and the service worker
// would download must be that chapter's page, the pages that link to it and
// the search index, nothing else.
//
// Slow by nature (three full builds, about three minutes on two cores), so
// it is one test that reuses its builds.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../scripts/lib/project-copy.ts';
import type { OfflineBundle } from '../src/lib/offline-bundle.ts';
import { routeOf } from '../src/lib/routes.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copy(prefix: string): string {
  const dir = copyProject(prefix);
  made.push(dir);
  cpSync('deploy', join(dir, 'deploy'), { recursive: true });
  return dir;
}

/** The build steps of `npm run build`, without the content check (it only reports). */
const steps = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }
).scripts.build
  .split('&&')
  .map((s) => s.trim())
  .filter((s) => !s.includes('check-content'));

/** Run the build in a copy; resolves with its log, rejects with its end. */
function build(dir: string): Promise<string> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The build's date must come from the content, as in CI.
  delete env.SOURCE_DATE_EPOCH;
  return new Promise((done, fail) => {
    const child = spawn(steps.join(' && '), { cwd: dir, env, shell: true });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? done(log) : fail(new Error(`build in ${dir} failed:\n${log.slice(-4000)}`)),
    );
  });
}

/** Every file under dist/ with a hash of its bytes. */
function hashes(dir: string): Map<string, string> {
  const dist = join(dir, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dist, file)))
        .digest('hex'),
    ]),
  );
}

/** Files that differ, appeared or went between two hash maps. */
function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

const bundleOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'dist', routeOf.offlineBundle('vi')), 'utf8')) as OfflineBundle;

/** What an update of the saved Vietnamese bundle downloads: new files and changed hashes. */
function toDownload(before: OfflineBundle, after: OfflineBundle): string[] {
  const old = new Map(before.files.map((f) => [f.url, f.hash]));
  return after.files
    .filter((f) => !old.has(f.url) || old.get(f.url) !== f.hash)
    .map((f) => f.url)
    .sort();
}

/** The service worker's list of files with their revisions. */
function precacheList(dir: string): Map<string, string | null> {
  const sw = readFileSync(join(dir, 'dist/sw.js'), 'utf8');
  const list = [...sw.matchAll(/\{[^{}]*?"?url"?:\s*"([^"]+)"[^{}]*?\}/g)].map((m) => {
    const revision = /"?revision"?:\s*(?:"([^"]*)"|null)/.exec(m[0]);
    return [m[1]!, revision?.[1] ?? null] as const;
  });
  return new Map(list);
}

describe('two builds of the same sources', () => {
  it('are identical, and a one-chapter change reaches only that page, what lists it, and search', async () => {
    const [first, second] = [copy('ve-nha-repro-a-'), copy('ve-nha-repro-b-')];
    await Promise.all([build(first), build(second)]);
    const a = hashes(first);
    const b = hashes(second);
    expect(a.size).toBeGreaterThan(500);
    expect(changed(a, b), 'files that differ between two builds of the same sources').toEqual([]);

    // One chapter gains a sentence (its dates untouched), and the site is rebuilt.
    const chapters = readdirSync(join(second, 'content/handbook/vi'))
      .filter((f) => f.endsWith('.mdx'))
      .sort();
    const slug = chapters[0]!.replace(/\.mdx$/, '');
    const source = join(second, 'content/handbook/vi', chapters[0]!);
    writeFileSync(source, `${readFileSync(source, 'utf8').trimEnd()}\n\nMột câu mới để thử.\n`);
    await build(second);
    const c = hashes(second);
    const page = routeOf.chapter(slug);
    const pageFile = `${page.slice(1)}index.html`;
    const differing = changed(a, c);
    console.log(`after changing ${slug}: ${differing.length} files differ`, differing);
    expect(differing).toContain(pageFile);

    // Every changed page is the chapter or links to it; the rest is the search index.
    const linksTo = (file: string) =>
      readFileSync(join(first, 'dist', file), 'utf8').includes(`href="${page}"`);
    const unexpected = differing.filter(
      (file) =>
        file !== pageFile &&
        !file.startsWith('pagefind/') &&
        !(file.endsWith('.html') && a.has(file) && linksTo(file)) &&
        // The lists of what to download, which must say what changed.
        !file.startsWith('offline/') &&
        file !== 'sw.js',
    );
    expect(unexpected, 'files changed that neither are nor list the chapter').toEqual([]);

    // What Save for offline's Update downloads: the chapter, what lists it, search files.
    const download = toDownload(bundleOf(first), bundleOf(second));
    console.log(
      `Update of the Vietnamese bundle: ${download.length} of ${bundleOf(second).files.length} files`,
      download,
    );
    expect(download).toContain(page);
    expect(
      download.filter(
        (url) => url.endsWith('/') && url !== page && !linksTo(`${url.slice(1)}index.html`),
      ),
    ).toEqual([]);
    expect(download.length).toBeLessThan(bundleOf(second).files.length / 4);

    // The service worker's list: only changed files have a new revision.
    const before = precacheList(first);
    const after = precacheList(second);
    expect(before.size).toBeGreaterThan(10);
    const revised = [...after].filter(([url, rev]) => before.get(url) !== rev).map(([url]) => url);
    for (const url of revised) {
      expect(differing, `${url} has a new revision but did not change`).toContain(
        url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1),
      );
    }
  }, 900_000);
});
