// `npm start`: build when dist/ is missing or older than the sources, then serve it.
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './serve.ts';

const sources = ['src', 'content', 'public', 'scripts', 'astro.config.ts', 'package-lock.json'];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const names = await readdir(path, { recursive: true });
  const times = await Promise.all(
    names.map(async (name) => (await stat(join(path, name))).mtimeMs),
  );
  return Math.max(info.mtimeMs, ...times);
}

const built = (await stat('dist/sw.js').catch(() => null))?.mtimeMs ?? 0;
const changed = Math.max(...(await Promise.all(sources.map(newestMtime))));
if (built < changed) {
  console.log(
    built === 0
      ? 'No build found: building the site…'
      : 'Sources changed since the last build: rebuilding…',
  );
  const run = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
const port = Number(process.env.PORT ?? 4321);
const running = await serve('dist', port, process.env.HOST ?? '127.0.0.1');
console.log(`\nVề Nhà is being served at http://localhost:${running.port}/ (Ctrl+C to stop)`);
