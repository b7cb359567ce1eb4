import { words } from './fold.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** Words a reader under stress reads in a minute; slower than the usual 200–250 on purpose. */
export const WORDS_PER_MINUTE = 160;

/** Minutes to read an MDX body, ignoring markup and components. Never less than 1. */
export function readingMinutes(mdx: string): number {
  const text = splitFrontmatter(mdx)
    .body.replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return Math.max(1, Math.round(words(text).length / WORDS_PER_MINUTE));
}
