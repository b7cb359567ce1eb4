// File names become addresses, and addresses stay in the phone's history:
// a provider's or a page's file name must not reveal what the site is about.
// Checked before every build (the schema cannot see file names).
import { readFileSync, readdirSync } from 'node:fs';
import { findRevealingWords, findRevealingWordsInUrl } from '../../src/lib/neutral.ts';

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

/**
 * Links in content bodies whose address holds a revealing word. Such an
 * address must be cited in the page's `sources` (shown as text to copy by
 * SourceUrl) or written as text, never as a link: tapping it would put the
 * address in the phone's history, where quick exit cannot reach it.
 */
export function revealingLinks(dir = 'content'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .flatMap((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---/, (front) =>
        front.replace(/[^\n]/g, ''),
      );
      return body.split('\n').flatMap((line, i) =>
        [
          ...line.matchAll(
            /\]\((https?:\/\/[^)\s]+)|<(https?:\/\/[^>\s]+)>|href="(https?:\/\/[^"]+)"/g,
          ),
        ]
          .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
          .filter((url) => findRevealingWordsInUrl(url).length > 0)
          .map(
            (url) =>
              `${dir}/${name}:${i + 1}: the link ${url} would put a revealing address in the phone's history. Cite it in "sources" (it is then shown as text to copy), or write it as plain text.`,
          ),
      );
    });
}
