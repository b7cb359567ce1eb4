import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A throwaway copy of the project's sources in a temporary folder, sharing
 * node_modules, for builds that must not touch the real content/ or dist/.
 */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'astro.config.ts',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(item, join(dir, item), { recursive: true });
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}
