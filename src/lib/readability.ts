// How hard a page is to read: the length of each sentence a reader meets,
// headings left out. For Vietnamese a
// sentence's length is its syllables (tiếng), which are the space-separated
// words of the text; for English it is its words. A number written with
// <Hotline /> counts as one. Plus glossary coverage: which hard words a page
// uses and whether the first time each appears it is wrapped in <Term>.
// Pure functions: scripts/readability.ts reads the files, tests/ enforce limits.
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';
import { median } from './median.ts';

/**
 * Limits for every Vietnamese chapter and page, in syllables: short sentences
 * for a reader under stress, aiming at a reading age of about 9 to 11.
 */
export const VI_MEDIAN_LIMIT = 14;
export const VI_LONGEST_LIMIT = 35;

export interface Readability {
  /** Every sentence, as plain text, in reading order. */
  sentences: string[];
  /** Median sentence length (syllables for Vietnamese, words for English). */
  median: number;
  /** The longest sentence's length, and the sentence itself. */
  longest: number;
  longestSentence: string;
}

/** Units of one sentence: tokens between spaces that hold a letter or a digit. */
export function countUnits(sentence: string): number {
  return sentence.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** MDX inline markup turned into the words a reader sees (components' own text stays). */
export function plainInline(text: string): string {
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // A phone number from the hotline data reads as one unit.
      .replace(/<(Hotline|CallButton)\b[^>]*\/>/g, ' 0 ')
      .replace(/<[A-Za-z][^>]*\/>/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|\*|`)/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Splits a block of running text into sentences: after . ! ? or … (and any
 * closing quote or bracket) followed by a space.
 */
export function splitSentences(block: string): string[] {
  return block
    .split(/(?<=[.!?…]["”’)»]*)\s+/u)
    .map((s) => s.trim())
    .filter((s) => countUnits(s) > 0);
}

/**
 * The blocks of an MDX body a reader meets as text: paragraphs and list
 * items (each item its own block), with headings, code and import lines left out.
 */
export function textBlocks(body: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = () => {
    if (current.length) blocks.push(plainInline(current.join(' ')));
    current = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    if (line === '' || /^#{1,6}\s/.test(line) || /^(import|export)\s/.test(line)) {
      flush();
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    const quoted = line.replace(/^>\s?/, '');
    if (item) {
      flush();
      current.push(item[1]!);
    } else if (/^<\/?[A-Z][^>]*>$/.test(line)) {
      // A component's own opening or closing line (<Steps>, </Callout>) ends a block.
      flush();
    } else {
      current.push(quoted);
    }
  }
  flush();
  return blocks.filter((b) => b !== '');
}

/** Key points from front matter: the first sentences a reader meets. */
export function keyPointsOf(front: string): string[] {
  const data = (front ? parseYaml(front) : {}) as { keyPoints?: unknown } | null;
  const points = data?.keyPoints;
  return Array.isArray(points) ? points.filter((p): p is string => typeof p === 'string') : [];
}

/** Sentences of an MDX file: its key points, then its body. Headings are left out. */
export function sentencesOf(mdx: string): string[] {
  const { yaml, body } = splitFrontmatter(mdx);
  return [...keyPointsOf(yaml), ...textBlocks(body)].flatMap((b) => splitSentences(b));
}

export function measure(mdx: string): Readability {
  const sentences = sentencesOf(mdx);
  const lengths = sentences.map(countUnits);
  let longest = 0;
  let longestSentence = '';
  lengths.forEach((n, i) => {
    if (n > longest) {
      longest = n;
      longestSentence = sentences[i]!;
    }
  });
  return { sentences, median: median(lengths), longest, longestSentence };
}

/** Sentences over a limit, longest first: what an editor has to split. */
export function sentencesOver(mdx: string, limit: number): { length: number; sentence: string }[] {
  return sentencesOf(mdx)
    .map((sentence) => ({ length: countUnits(sentence), sentence }))
    .filter((s) => s.length > limit)
    .sort((a, b) => b.length - a.length);
}

// ---------------------------------------------------------------------------
// Glossary coverage

export interface GlossaryForms {
  id: string;
  /** The word and the other ways it is written in running text. */
  forms: string[];
}

export interface Coverage {
  /** Ids of glossary words that appear in the page's text (headings left out). */
  used: string[];
  /** Of those, the ids whose first appearance is wrapped in <Term id="…">. */
  wrapped: string[];
}

const letter = '[\\p{L}\\p{M}\\p{N}]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a form first appears as a whole word (case-insensitive), or -1. */
function firstIndex(text: string, form: string): number {
  const re = new RegExp(`(?<!${letter})${escape(form.normalize('NFC'))}(?!${letter})`, 'iu');
  return re.exec(text)?.index ?? -1;
}

/**
 * Which glossary words a page uses, and whether the first appearance of each
 * is inside <Term id="…"> with that word's id. Headings are not searched: a
 * term is explained in the text, not in a heading.
 */
export function glossaryCoverage(mdx: string, terms: GlossaryForms[]): Coverage {
  const { body } = splitFrontmatter(mdx.normalize('NFC'));
  // Blank out headings but keep every other character where it was.
  const text = body.replace(/^#{1,6}\s.*$/gm, (h) => ' '.repeat(h.length));
  const spans = [...text.matchAll(/<Term\s+id="([^"]*)"\s*>([\s\S]*?)<\/Term>/g)].map((m) => ({
    id: m[1]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
  const used: string[] = [];
  const wrapped: string[] = [];
  for (const term of terms) {
    const positions = term.forms.map((f) => firstIndex(text, f)).filter((i) => i >= 0);
    const termSpan = spans.find((s) => s.id === term.id);
    if (positions.length === 0 && !termSpan) continue;
    used.push(term.id);
    const first = Math.min(...positions, termSpan ? termSpan.start : Infinity);
    if (spans.some((s) => s.id === term.id && s.start <= first && first < s.end)) {
      wrapped.push(term.id);
    }
  }
  return { used, wrapped };
}
