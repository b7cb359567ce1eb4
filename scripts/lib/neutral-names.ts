// File names become addresses, and addresses stay in the phone's history:
// a provider's or a page's file name must not reveal what the site is about.
// Checked before every build (the schema cannot see file names).
import { readdirSync } from 'node:fs';
import { findRevealingWords } from '../../src/lib/neutral.ts';

/** Every content file whose name holds a revealing word, with the fix. */
export function revealingFileNames(dir = 'content'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
    .flatMap((name) => {
      const found = findRevealingWords(name.replace(/\.\w+$/, ''));
      return found.length > 0
        ? [
            `${dir}/${name}: the file name holds ${found.map((w) => `"${w}"`).join(', ')} and becomes the page's address. Rename it with neutral words (e.g. "tro-giup-phap-ly-ha-noi").`,
          ]
        : [];
    });
}
