// Run `astro build` and time it like the other build steps.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { step } from './lib/step.ts';

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}

if (import.meta.main) {
  await step('astro build', async () => {
    // Astro's telemetry would report each build (in CI too): nothing about this project leaves the machine.
    const run = spawnSync('astro', ['build'], {
      stdio: 'inherit',
      shell: false,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (run.status !== 0) throw new Error(`astro build exited with code ${run.status}`);
    const pages = await countPages('dist');
    return { result: pages, summary: `${pages} HTML pages in dist/` };
  });
}
