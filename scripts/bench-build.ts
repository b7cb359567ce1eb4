// `npm run bench:build [-- 1000,5000]`: build a throwaway copy of the site
// with N synthetic providers (never written into content/) and print the time
// of each stage, the page count and the size of dist/, to see how cost grows.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { providerFile } from '../src/lib/provider-file.ts';
import { copyProject } from './lib/project-copy.ts';
import { serviceTypeIds } from '../src/lib/service-types.ts';
import { providerSchema } from '../src/schemas/provider.ts';

const sizes = (process.argv[2] ?? '1000,5000,10000').split(',').map(Number);
const provinces = readdirSync('content/provinces').map((f) => f.replace('.yaml', ''));

function addProviders(dir: string, n: number): void {
  const out = join(dir, 'content/providers');
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < n; i += 1) {
    const data = providerSchema.parse({
      name: { vi: `Dịch vụ thử nghiệm ${i}`, en: `Synthetic service ${i}` },
      kind: 'ngo',
      province: provinces[i % provinces.length],
      serviceTypes: [serviceTypeIds[i % serviceTypeIds.length]],
      sources: ['https://example.org/benchmark'],
      verified: '2026-11-22',
      status: 'unverified',
    });
    writeFileSync(
      join(out, `bench-${i}.mdx`),
      providerFile(data, `Dịch vụ thử nghiệm số ${i} cho phép đo.`),
    );
  }
}

function du(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

function timed(cwd: string, script: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [`scripts/${script}`], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}` },
  });
  if (run.status !== 0) throw new Error(`${script} failed in ${cwd}`);
  return (performance.now() - started) / 1000;
}

console.log('providers  astro (s)  pagefind (s)  offline+sw (s)  pages  dist/ (MB)');
for (const n of sizes) {
  const dir = copyProject('ve-nha-bench-');
  try {
    addProviders(dir, n);
    const astro = timed(dir, 'astro-build.ts');
    const pagefind = timed(dir, 'search-index.ts');
    const rest = timed(dir, 'offline-bundles.ts') + timed(dir, 'service-worker.ts');
    const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.html'),
    ).length;
    console.log(
      `${String(n).padEnd(9)}  ${astro.toFixed(1).padEnd(9)}  ${pagefind.toFixed(1).padEnd(12)}  ${rest.toFixed(1).padEnd(14)}  ${String(pages).padEnd(5)}  ${(du(join(dir, 'dist')) / 1024 / 1024).toFixed(1)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
